// The compile function of each kind of condition (one file each).
#pragma once

#include "engine/condition.h"

namespace rightscheck {

Result<ConditionPtr> compile_match(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_near(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_modality(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_unless_nearby(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_all(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_any(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_not(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_inside(const RuleValue& argument, ConditionCompiler& compiler);
Result<ConditionPtr> compile_sentence(const RuleValue& argument, ConditionCompiler& compiler);

// A non-empty list of conditions (the argument of `all` and `any`).
Result<std::vector<ConditionPtr>> compile_condition_list(const RuleValue& argument, ConditionCompiler& compiler,
                                                         const char* kind);

}  // namespace rightscheck
