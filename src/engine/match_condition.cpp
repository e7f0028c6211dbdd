// `match: TERMSET` — the window contains a match of the term set.
#include "engine/condition_kinds.h"

namespace rightscheck {
namespace {

class MatchCondition final : public Condition {
 public:
  explicit MatchCondition(int term_set) : term_set_(term_set) {}
  Outcome test(const Window& window) const override {
    std::vector<Evidence> spans = window.matches_of(term_set_);
    if (spans.empty()) return Outcome::fails();
    return Outcome::passes(std::move(spans));
  }
  bool yields_evidence() const override { return true; }
  std::optional<std::vector<int>> triggers() const override { return std::vector<int>{term_set_}; }

 private:
  int term_set_;
};

}  // namespace

Result<ConditionPtr> compile_match(const RuleValue& argument, ConditionCompiler& compiler) {
  Result<int> term_set = compiler.term_set(argument);
  if (!term_set.is_ok()) return term_set.status();
  return ConditionPtr(std::make_shared<MatchCondition>(term_set.value()));
}

}  // namespace rightscheck
