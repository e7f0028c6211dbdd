// `all: [C1, C2, ...]` — every condition holds; the evidence is theirs together.
#include "engine/condition_kinds.h"

namespace rightscheck {
namespace {

class AllCondition final : public Condition {
 public:
  explicit AllCondition(std::vector<ConditionPtr> parts) : parts_(std::move(parts)) {}
  Outcome test(const Window& window) const override {
    std::vector<Evidence> evidence;
    for (const ConditionPtr& part : parts_) {
      Outcome outcome = part->test(window);
      if (!outcome.holds) return Outcome::fails();
      evidence.insert(evidence.end(), outcome.evidence.begin(), outcome.evidence.end());
    }
    return Outcome::passes(merge_evidence(std::move(evidence)));
  }
  // Every part must hold, so any part's triggers will do: the narrowest.
  std::optional<std::vector<int>> triggers() const override {
    std::optional<std::vector<int>> best;
    for (const ConditionPtr& part : parts_) {
      std::optional<std::vector<int>> sets = part->triggers();
      if (sets && (!best || sets->size() < best->size())) best = std::move(sets);
    }
    return best;
  }
  bool yields_evidence() const override {
    for (const ConditionPtr& part : parts_) {
      if (part->yields_evidence()) return true;
    }
    return false;
  }

 private:
  std::vector<ConditionPtr> parts_;
};

}  // namespace

Result<std::vector<ConditionPtr>> compile_condition_list(const RuleValue& argument, ConditionCompiler& compiler,
                                                         const char* kind) {
  if (argument.shape != RuleValue::Shape::list || argument.items.empty()) {
    return rule_error(argument.location, std::string(kind) + " in " + compiler.indicator() + " must be a non-empty list of conditions");
  }
  std::vector<ConditionPtr> parts;
  for (const RuleValue& item : argument.items) {
    Result<ConditionPtr> part = compiler.compile(item);
    if (!part.is_ok()) return part.status();
    parts.push_back(std::move(part).value());
  }
  return parts;
}

Result<ConditionPtr> compile_all(const RuleValue& argument, ConditionCompiler& compiler) {
  Result<std::vector<ConditionPtr>> parts = compile_condition_list(argument, compiler, "all");
  if (!parts.is_ok()) return parts.status();
  return ConditionPtr(std::make_shared<AllCondition>(std::move(parts).value()));
}

}  // namespace rightscheck
