// `unless_nearby: {of: SUBJECT, terms: T, within: N}` — keeps the subject's
// evidence that has no match of T within N words (anywhere in the window
// when `within` is left out).
#include "engine/condition_kinds.h"
#include "engine/sentences.h"
#include "framework/fields.h"

namespace rightscheck {
namespace {

class UnlessNearbyCondition final : public Condition {
 public:
  UnlessNearbyCondition(ConditionPtr subject, int term_set, long within)
      : subject_(std::move(subject)), term_set_(term_set), within_(within) {}

  Outcome test(const Window& window) const override {
    Outcome subject = subject_->test(window);
    if (!subject.holds) return Outcome::fails();
    std::vector<Evidence> cancelling = window.matches_of(term_set_);
    std::vector<Evidence> kept;
    for (const Evidence& span : subject.evidence) {
      bool cancelled = false;
      for (const Evidence& other : cancelling) {
        if (within_ < 0 || words_between(window.text(), span, other) <= static_cast<std::size_t>(within_)) {
          cancelled = true;
          break;
        }
      }
      if (!cancelled) kept.push_back(span);
    }
    if (kept.empty()) return Outcome::fails();
    return Outcome::passes(std::move(kept));
  }
  bool yields_evidence() const override { return true; }
  std::optional<std::vector<int>> triggers() const override { return subject_->triggers(); }

 private:
  ConditionPtr subject_;
  int term_set_;
  long within_;  // -1: anywhere in the window
};

}  // namespace

Result<ConditionPtr> compile_unless_nearby(const RuleValue& argument, ConditionCompiler& compiler) {
  Status fields = expect_fields(argument, {"of", "terms", "within"}, "unless_nearby");
  if (!fields.is_ok()) return fields;
  Result<const RuleValue*> of = required_field(argument, "of", "unless_nearby");
  if (!of.is_ok()) return of.status();
  Result<ConditionPtr> subject = compiler.compile_subject(*of.value());
  if (!subject.is_ok()) return subject.status();
  if (!subject.value()->yields_evidence()) {
    return rule_error(of.value()->location, "unless_nearby.of in " + compiler.indicator() + " must yield evidence");
  }
  Result<const RuleValue*> terms = required_field(argument, "terms", "unless_nearby");
  if (!terms.is_ok()) return terms.status();
  Result<int> term_set = compiler.term_set(*terms.value());
  if (!term_set.is_ok()) return term_set.status();
  long within = -1;
  if (const RuleValue* words = argument.find("within")) {
    Result<std::size_t> count = compiler.word_count(*words, "unless_nearby.within");
    if (!count.is_ok()) return count.status();
    within = static_cast<long>(count.value());
  }
  return ConditionPtr(std::make_shared<UnlessNearbyCondition>(std::move(subject).value(), term_set.value(), within));
}

}  // namespace rightscheck
