// Fuzz target: term patterns through the reader that plans how they are
// matched (engine/pattern_shape.h) and through PatternSet itself.
//
// The input is one term as a framework author would write it. Whatever it
// is, reading must not crash, reversal must be an involution on what it
// accepts, and literal forms must be usable literals. When Vectorscan
// accepts the term and it is matched by the new paths (as literals, or as
// a regular expression with a reversed twin), PatternSet's matches on a
// fixed text must equal a reference: the same expression compiled with
// Vectorscan's own start-of-match tracking, reduced the same way (the
// longest match per start, nested matches dropped).
#include <hs/hs.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/pattern_set.h"
#include "engine/pattern_shape.h"
#include "engine/scan_text.h"
#include "invariants.h"

namespace {

using rightscheck::fuzz::require;

// Short words (no run of word characters near the 48-byte bound) and
// under PatternSet's 600-byte start window, so neither limit applies.
constexpr std::string_view kText =
    "The Minister may issue a warrant to intercept communications data held by any provider; "
    "no person shall be required to disclose keys. Data-sharing isn't x1 y_2 (a) [b] 12.3 - end. "
    "L\xE2\x80\x99" "autorit\xC3\xA9 peut ordonner le d\xC3\xA9" "chiffrement; la ley no podr\xC3\xA1 exigir.";

using Span = std::pair<std::size_t, std::size_t>;

// Vectorscan with start-of-match tracking, on the folded text, in
// original offsets, reduced like PatternSet::scan.
bool reference_matches(const std::string& expression, std::vector<Span>& out) {
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile(expression.c_str(), HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST, HS_MODE_BLOCK, nullptr, &database,
                 &error) != HS_SUCCESS) {
    hs_free_compile_error(error);
    return false;
  }
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(database, &scratch);
  const rightscheck::ScanText folded(kText);
  const std::string_view text = folded.text();
  std::vector<Span> found;
  hs_scan(database, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
          [](unsigned, unsigned long long from, unsigned long long to, unsigned, void* context) {
            static_cast<std::vector<Span>*>(context)->emplace_back(from, to);
            return 0;
          },
          &found);
  hs_free_scratch(scratch);
  hs_free_database(database);
  for (Span& span : found) span = {folded.original_start(span.first), folded.original_end(span.second)};
  std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  std::size_t reach = 0;
  bool any = false;
  for (const Span& span : found) {
    if (any && span.second <= reach) continue;
    any = true;
    reach = std::max(reach, span.second);
    out.push_back(span);
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rightscheck;
  if (size > 200) return 0;  // terms are short; long ones only slow the compiler down
  const std::string term(reinterpret_cast<const char*>(data), size);
  const std::string expression = PatternSet::expression_for(term);

  if (auto forms = literal_forms(expression, 64)) {
    require(!forms->empty() && forms->size() <= 64, "literal forms outside their limit");
    for (const LiteralForm& form : *forms) {
      require(!form.text.empty(), "an empty literal");
      require(!form.stem || is_ascii_word_byte(form.text.back()), "a stem that does not end in a word character");
    }
  }
  (void)longest_match(term, 48);
  if (auto once = reversed_expression(term)) {
    auto twice = reversed_expression(*once);
    require(twice.has_value(), "a reversal that cannot be read back");
    auto thrice = reversed_expression(*twice);
    require(thrice.has_value() && *thrice == *once, "reversing twice does not give the pattern back");
  }

  const std::optional<std::string_view> body = PatternSet::body_of(expression);
  const bool new_path = literal_forms(expression, 4096).has_value() || (body && reversed_expression(*body).has_value());
  PatternError error;
  auto set = PatternSet::compile({expression}, error);
  if (!set) return 0;
  PatternScratch scratch;
  std::vector<TermMatch> matches;
  require(set->scan(kText, scratch, 10000, matches).is_ok(), "a scan of a compiled pattern failed");
  for (const TermMatch& m : matches) require(m.start <= m.end && m.end <= kText.size(), "a match outside the text");
  std::vector<Span> expected;
  if (!new_path || !reference_matches(expression, expected)) return 0;
  std::vector<Span> got;
  for (const TermMatch& m : matches) got.emplace_back(m.start, m.end);
  require(got == expected, "PatternSet disagrees with Vectorscan's own start-of-match tracking");
  return 0;
}
