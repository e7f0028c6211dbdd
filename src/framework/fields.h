// Reading the fields of a rule-file map strictly: unknown fields, missing
// fields and values of the wrong shape are errors with their position.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "rightscheck/framework.h"

namespace rightscheck {

// ok when value is a map whose every key is in known. `what` names the map
// in messages ("indicator", "framework.yaml").
Status expect_fields(const RuleValue& value, std::initializer_list<std::string_view> known, std::string_view what);

// The field `key` of map, or an error "missing required field 'key' in WHAT"
// at the map's position.
Result<const RuleValue*> required_field(const RuleValue& map, std::string_view key, std::string_view what);

// A non-empty scalar.
Result<std::string> text_of(const RuleValue& value, std::string_view what);
// A whole number in [low, high].
Result<int> integer_of(const RuleValue& value, int low, int high, std::string_view what);
// A number in [low, high].
Result<double> number_of(const RuleValue& value, double low, double high, std::string_view what);
// A list of non-empty scalars (a single scalar is not accepted: one way to write it).
Result<std::vector<std::string>> text_list_of(const RuleValue& value, std::string_view what);
// One of choices, or "bad value 'x' for WHAT: expected a, b or c".
Result<std::string> choice_of(const RuleValue& value, std::initializer_list<std::string_view> choices, std::string_view what);

}  // namespace rightscheck
