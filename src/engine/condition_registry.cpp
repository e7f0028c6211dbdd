// The one place condition kinds are registered, and the compiler that
// dispatches on them.
#include <algorithm>

#include "engine/condition_kinds.h"
#include "framework/fields.h"

namespace rightscheck {

const std::vector<ConditionKind>& condition_kinds() {
  static const std::vector<ConditionKind> kinds = {
      {"match", compile_match},   {"near", compile_near},         {"modality", compile_modality},
      {"unless_nearby", compile_unless_nearby},                    {"all", compile_all},
      {"any", compile_any},       {"not", compile_not},           {"inside", compile_inside},
      {"sentence", compile_sentence},
  };
  return kinds;
}

namespace {

std::string kind_list() {
  std::string names;
  for (const ConditionKind& kind : condition_kinds()) names += (names.empty() ? "" : ", ") + std::string(kind.name);
  return names;
}

// Rules are written by people; 32 levels is far beyond any sensible rule
// and keeps hostile files from exhausting the stack.
constexpr int kMaxDepth = 32;

}  // namespace

Result<ConditionPtr> ConditionCompiler::compile(const RuleValue& rule) {
  if (rule.shape != RuleValue::Shape::map || rule.entries.size() != 1) {
    return rule_error(rule.location, "a condition in " + indicator_ + " must be a map with exactly one kind (" +
                                         kind_list() + ")");
  }
  // Named references, not a structured binding: clang 14 cannot capture a
  // binding in the lambda below.
  const std::string& name = rule.entries.front().first;
  const RuleValue& argument = rule.entries.front().second;
  auto kinds = condition_kinds();
  auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const ConditionKind& k) { return name == k.name; });
  if (kind == kinds.end()) {
    return rule_error(argument.location, "unknown condition '" + name + "' in " + indicator_ + " (expected " +
                                             kind_list() + ")");
  }
  if (depth_ >= kMaxDepth) return rule_error(rule.location, "conditions in " + indicator_ + " nest deeper than 32");
  ++depth_;
  Result<ConditionPtr> compiled = kind->compile(argument, *this);
  --depth_;
  return compiled;
}

Result<ConditionPtr> ConditionCompiler::compile_subject(const RuleValue& subject) {
  if (subject.shape == RuleValue::Shape::scalar) {
    RuleValue as_match;
    as_match.shape = RuleValue::Shape::map;
    as_match.location = subject.location;
    as_match.entries.emplace_back("match", subject);
    return compile(as_match);
  }
  return compile(subject);
}

Result<int> ConditionCompiler::term_set(const RuleValue& name) const {
  Result<std::string> text = text_of(name, "a term-set name");
  if (!text.is_ok()) return text.status();
  int index = terms_.find(text.value());
  if (index < 0) return rule_error(name.location, "unknown term set '" + text.value() + "' in " + indicator_);
  return index;
}

Result<std::size_t> ConditionCompiler::word_count(const RuleValue& value, const char* what) const {
  Result<int> number = integer_of(value, 0, 1000, what);
  if (!number.is_ok()) return number.status();
  return static_cast<std::size_t>(number.value());
}

std::vector<Evidence> merge_evidence(std::vector<Evidence> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Evidence& a, const Evidence& b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
  std::vector<Evidence> merged;
  for (const Evidence& span : spans) {
    if (!merged.empty() && span.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

}  // namespace rightscheck
