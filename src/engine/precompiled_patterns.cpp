// Looking up a pattern database serialized at build time.
#include "engine/precompiled_patterns.h"

#include <string_view>

namespace rightscheck {
namespace {

const RightscheckPrecompiledPatterns* embedded(std::size_t& count) {
  count = 0;
  if (rightscheck_precompiled_patterns == nullptr) return nullptr;  // linked without the generated source
  return rightscheck_precompiled_patterns(&count);
}

}  // namespace

std::shared_ptr<const PatternSet> precompiled_pattern_set(const LanguagePatterns& patterns) {
  std::size_t count = 0;
  const RightscheckPrecompiledPatterns* sets = embedded(count);
  if (count == 0) return nullptr;
  const std::string wanted = PatternSet::fingerprint(patterns.expressions, patterns.ids);
  for (std::size_t i = 0; i < count; ++i) {
    const RightscheckPrecompiledPatterns& set = sets[i];
    if (wanted != set.fingerprint || set.pattern_count != patterns.expressions.size()) continue;
    return PatternSet::deserialize({reinterpret_cast<const char*>(set.bytes), set.size}, patterns.expressions,
                                   patterns.ids);
  }
  return nullptr;
}

bool has_precompiled_pattern_set(const LanguagePatterns& patterns) {
  std::size_t count = 0;
  const RightscheckPrecompiledPatterns* sets = embedded(count);
  if (count == 0) return false;
  const std::string wanted = PatternSet::fingerprint(patterns.expressions, patterns.ids);
  for (std::size_t i = 0; i < count; ++i) {
    if (wanted == sets[i].fingerprint && sets[i].pattern_count == patterns.expressions.size()) return true;
  }
  return false;
}

std::size_t precompiled_pattern_set_count() {
  std::size_t count = 0;
  embedded(count);
  return count;
}

}  // namespace rightscheck
