// `near: {terms: [A, B], within: N}` — a match of A and a match of B in the
// same sentence with at most N words between them.
#include <algorithm>

#include "engine/condition_kinds.h"
#include "engine/sentences.h"
#include "framework/fields.h"

namespace rightscheck {
namespace {

class NearCondition final : public Condition {
 public:
  NearCondition(int first, int second, std::size_t within) : first_(first), second_(second), within_(within) {}

  Outcome test(const Window& window) const override {
    std::vector<Evidence> a = window.matches_of(first_);
    if (a.empty()) return Outcome::fails();
    std::vector<Evidence> b = window.matches_of(second_);
    if (b.empty()) return Outcome::fails();
    const std::vector<Evidence>& sentences = window.sentences();
    auto sentence_index = [&](const Evidence& span) {
      auto it = std::upper_bound(sentences.begin(), sentences.end(), span.start,
                                 [](std::size_t at, const Evidence& s) { return at < s.start; });
      return static_cast<long>(it - sentences.begin()) - 1;
    };
    std::vector<Evidence> evidence;
    for (const Evidence& x : a) {
      long sx = sentence_index(x);
      for (const Evidence& y : b) {
        if (x == y || sentence_index(y) != sx) continue;
        if (words_between(window.text(), x, y) > within_) continue;
        evidence.push_back(x);
        evidence.push_back(y);
      }
    }
    if (evidence.empty()) return Outcome::fails();
    return Outcome::passes(merge_evidence(std::move(evidence)));
  }
  bool yields_evidence() const override { return true; }
  std::optional<std::vector<int>> triggers() const override { return std::vector<int>{first_}; }

 private:
  int first_;
  int second_;
  std::size_t within_;
};

}  // namespace

Result<ConditionPtr> compile_near(const RuleValue& argument, ConditionCompiler& compiler) {
  Status fields = expect_fields(argument, {"terms", "within"}, "near");
  if (!fields.is_ok()) return fields;
  Result<const RuleValue*> terms = required_field(argument, "terms", "near");
  if (!terms.is_ok()) return terms.status();
  if (terms.value()->shape != RuleValue::Shape::list || terms.value()->items.size() != 2) {
    return rule_error(terms.value()->location, "near.terms in " + compiler.indicator() + " must list exactly two term sets");
  }
  Result<int> first = compiler.term_set(terms.value()->items[0]);
  if (!first.is_ok()) return first.status();
  Result<int> second = compiler.term_set(terms.value()->items[1]);
  if (!second.is_ok()) return second.status();
  Result<const RuleValue*> within = required_field(argument, "within", "near");
  if (!within.is_ok()) return within.status();
  Result<std::size_t> words = compiler.word_count(*within.value(), "near.within");
  if (!words.is_ok()) return words.status();
  return ConditionPtr(std::make_shared<NearCondition>(first.value(), second.value(), words.value()));
}

}  // namespace rightscheck
