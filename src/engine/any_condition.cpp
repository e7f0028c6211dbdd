// `any: [C1, C2, ...]` — at least one condition holds; the evidence is that
// of every condition that holds.
#include "engine/condition_kinds.h"

namespace rightscheck {

namespace {

class AnyCondition final : public Condition {
 public:
  explicit AnyCondition(std::vector<ConditionPtr> parts) : parts_(std::move(parts)) {}
  Outcome test(const Window& window) const override {
    bool holds = false;
    std::vector<Evidence> evidence;
    for (const ConditionPtr& part : parts_) {
      Outcome outcome = part->test(window);
      if (!outcome.holds) continue;
      holds = true;
      evidence.insert(evidence.end(), outcome.evidence.begin(), outcome.evidence.end());
    }
    if (!holds) return Outcome::fails();
    return Outcome::passes(merge_evidence(std::move(evidence)));
  }
  // Every branch must yield evidence, or a finding could hold with none.
  // One part must hold: the union of every part's triggers, when each has some.
  std::optional<std::vector<int>> triggers() const override {
    std::vector<int> all;
    for (const ConditionPtr& part : parts_) {
      std::optional<std::vector<int>> sets = part->triggers();
      if (!sets) return std::nullopt;
      all.insert(all.end(), sets->begin(), sets->end());
    }
    return all;
  }
  bool yields_evidence() const override {
    for (const ConditionPtr& part : parts_) {
      if (!part->yields_evidence()) return false;
    }
    return true;
  }

 private:
  std::vector<ConditionPtr> parts_;
};

}  // namespace

Result<ConditionPtr> compile_any(const RuleValue& argument, ConditionCompiler& compiler) {
  Result<std::vector<ConditionPtr>> parts = compile_condition_list(argument, compiler, "any");
  if (!parts.is_ok()) return parts.status();
  return ConditionPtr(std::make_shared<AnyCondition>(std::move(parts).value()));
}

}  // namespace rightscheck
