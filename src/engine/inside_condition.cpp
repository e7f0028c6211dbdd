// `inside: {scope: provision|section|part|document, where: C}` — C holds on
// the wider text around the window: the whole provision, its section, its
// Part (or Chapter, Title...), or the whole document. Context, not
// evidence: the outcome carries none, so that a finding still quotes its
// own provision.
#include "engine/condition_kinds.h"
#include "engine/provision_scope.h"
#include "framework/fields.h"

namespace rightscheck {
namespace {

class InsideCondition final : public Condition {
 public:
  InsideCondition(ProvisionScope scope, ConditionPtr where) : scope_(scope), where_(std::move(where)) {}
  Outcome test(const Window& window) const override {
    Evidence span = scope_span(window.document(), window.provision(), scope_);
    if (span.end <= span.start) return Outcome::fails();
    return where_->test(window.with_span(span)).holds ? Outcome::passes() : Outcome::fails();
  }
  bool yields_evidence() const override { return false; }

 private:
  ProvisionScope scope_;
  ConditionPtr where_;
};

}  // namespace

Result<ConditionPtr> compile_inside(const RuleValue& argument, ConditionCompiler& compiler) {
  Status fields = expect_fields(argument, {"scope", "where"}, "inside");
  if (!fields.is_ok()) return fields;
  Result<const RuleValue*> scope_field = required_field(argument, "scope", "inside");
  if (!scope_field.is_ok()) return scope_field.status();
  Result<std::string> name = choice_of(*scope_field.value(), {"provision", "section", "part", "document"}, "inside.scope");
  if (!name.is_ok()) return name.status();
  ProvisionScope scope = ProvisionScope::provision;
  parse_provision_scope(name.value(), scope);
  Result<const RuleValue*> where = required_field(argument, "where", "inside");
  if (!where.is_ok()) return where.status();
  Result<ConditionPtr> inner = compiler.compile(*where.value());
  if (!inner.is_ok()) return inner.status();
  return ConditionPtr(std::make_shared<InsideCondition>(scope, std::move(inner).value()));
}

}  // namespace rightscheck
