// Strict field reading for rule files.
#include "framework/fields.h"

#include <charconv>
#include <cstdlib>

namespace rightscheck {
namespace {

std::string shape_name(const RuleValue& value) {
  switch (value.shape) {
    case RuleValue::Shape::scalar: return value.scalar.empty() ? "nothing" : "a single value";
    case RuleValue::Shape::list: return "a list";
    case RuleValue::Shape::map: return "a map";
  }
  return "a value";
}

std::string join_choices(std::initializer_list<std::string_view> choices) {
  std::string joined;
  std::size_t i = 0;
  for (std::string_view choice : choices) {
    if (i > 0) joined += (i + 1 == choices.size()) ? " or " : ", ";
    joined += choice;
    ++i;
  }
  return joined;
}

}  // namespace

Status expect_fields(const RuleValue& value, std::initializer_list<std::string_view> known, std::string_view what) {
  if (value.shape != RuleValue::Shape::map) {
    return rule_error(value.location, std::string(what) + " must be a map of fields, found " + shape_name(value));
  }
  for (const auto& [key, field] : value.entries) {
    bool is_known = false;
    for (std::string_view name : known) is_known = is_known || key == name;
    if (!is_known) {
      // The key's own position is the value's when the value is null; both
      // are on the same line, which is what a reader needs.
      return rule_error(field.location, "unknown field '" + key + "' in " + std::string(what) +
                                            " (expected " + join_choices(known) + ")");
    }
  }
  return Status::ok();
}

Result<const RuleValue*> required_field(const RuleValue& map, std::string_view key, std::string_view what) {
  const RuleValue* field = map.find(key);
  if (field == nullptr) {
    return rule_error(map.location, "missing required field '" + std::string(key) + "' in " + std::string(what));
  }
  return field;
}

Result<std::string> text_of(const RuleValue& value, std::string_view what) {
  if (value.shape != RuleValue::Shape::scalar || value.scalar.empty()) {
    return rule_error(value.location, std::string(what) + " must be a non-empty text, found " + shape_name(value));
  }
  return value.scalar;
}

Result<int> integer_of(const RuleValue& value, int low, int high, std::string_view what) {
  Result<std::string> text = text_of(value, what);
  if (!text.is_ok()) return text.status();
  int number = 0;
  const std::string& s = text.value();
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), number);
  if (error != std::errc() || end != s.data() + s.size() || number < low || number > high) {
    return rule_error(value.location, "bad value '" + s + "' for " + std::string(what) + ": expected a whole number from " +
                                          std::to_string(low) + " to " + std::to_string(high));
  }
  return number;
}

Result<double> number_of(const RuleValue& value, double low, double high, std::string_view what) {
  Result<std::string> text = text_of(value, what);
  if (!text.is_ok()) return text.status();
  const std::string& s = text.value();
  char* end = nullptr;
  double number = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !(number >= low && number <= high)) {
    return rule_error(value.location, "bad value '" + s + "' for " + std::string(what) + ": expected a number from " +
                                          std::to_string(low).substr(0, 3) + " to " + std::to_string(high).substr(0, 3));
  }
  return number;
}

Result<std::vector<std::string>> text_list_of(const RuleValue& value, std::string_view what) {
  if (value.shape != RuleValue::Shape::list) {
    return rule_error(value.location, std::string(what) + " must be a list, found " + shape_name(value));
  }
  std::vector<std::string> texts;
  for (const RuleValue& item : value.items) {
    Result<std::string> text = text_of(item, std::string("each entry of ") + std::string(what));
    if (!text.is_ok()) return text.status();
    texts.push_back(std::move(text).value());
  }
  return texts;
}

Result<std::string> choice_of(const RuleValue& value, std::initializer_list<std::string_view> choices, std::string_view what) {
  Result<std::string> text = text_of(value, what);
  if (!text.is_ok()) return text;
  for (std::string_view choice : choices) {
    if (text.value() == choice) return text;
  }
  return rule_error(value.location, "bad value '" + text.value() + "' for " + std::string(what) + ": expected " +
                                        join_choices(choices));
}

}  // namespace rightscheck
