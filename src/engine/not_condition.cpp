// `not: C` — holds when C does not; carries no evidence of its own.
#include "engine/condition_kinds.h"

namespace rightscheck {
namespace {

class NotCondition final : public Condition {
 public:
  explicit NotCondition(ConditionPtr inner) : inner_(std::move(inner)) {}
  Outcome test(const Window& window) const override {
    return inner_->test(window).holds ? Outcome::fails() : Outcome::passes();
  }
  bool yields_evidence() const override { return false; }

 private:
  ConditionPtr inner_;
};

}  // namespace

Result<ConditionPtr> compile_not(const RuleValue& argument, ConditionCompiler& compiler) {
  Result<ConditionPtr> inner = compiler.compile(argument);
  if (!inner.is_ok()) return inner.status();
  return ConditionPtr(std::make_shared<NotCondition>(std::move(inner).value()));
}

}  // namespace rightscheck
