// YAML -> RuleValue. yaml-cpp throws; this is the boundary that turns its
// exceptions into Status values.
#include "framework/yaml_reader.h"

#include <yaml-cpp/yaml.h>

namespace rightscheck {
namespace {

SourceLocation location_of(const YAML::Mark& mark, const std::string& file) {
  SourceLocation where;
  where.file = file;
  if (!mark.is_null()) {
    where.line = mark.line + 1;
    where.column = mark.column + 1;
  }
  return where;
}

// Rule files are small and written by people, so a deep tree is an error,
// not a reason to recurse without bound.
constexpr int kMaxDepth = 64;

Result<RuleValue> convert(const YAML::Node& node, const std::string& file, int depth) {
  RuleValue value;
  value.location = location_of(node.Mark(), file);
  if (depth > kMaxDepth) return rule_error(value.location, "nesting is deeper than 64 levels");
  switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
      value.shape = RuleValue::Shape::scalar;
      return value;
    case YAML::NodeType::Scalar:
      value.shape = RuleValue::Shape::scalar;
      value.scalar = node.Scalar();
      return value;
    case YAML::NodeType::Sequence:
      value.shape = RuleValue::Shape::list;
      for (const YAML::Node& item : node) {
        Result<RuleValue> converted = convert(item, file, depth + 1);
        if (!converted.is_ok()) return converted;
        value.items.push_back(std::move(converted).value());
      }
      return value;
    case YAML::NodeType::Map:
      value.shape = RuleValue::Shape::map;
      for (const auto& entry : node) {
        SourceLocation key_at = location_of(entry.first.Mark(), file);
        if (!entry.first.IsScalar()) return rule_error(key_at, "a field name must be plain text");
        std::string key = entry.first.Scalar();
        if (value.find(key) != nullptr) return rule_error(key_at, "duplicate field '" + key + "'");
        Result<RuleValue> converted = convert(entry.second, file, depth + 1);
        if (!converted.is_ok()) return converted;
        RuleValue field = std::move(converted).value();
        // A null value has no useful mark of its own; point at its key.
        if (field.shape == RuleValue::Shape::scalar && field.scalar.empty()) field.location = key_at;
        value.entries.emplace_back(std::move(key), std::move(field));
      }
      return value;
  }
  return value;
}

}  // namespace

Result<RuleValue> read_yaml(const std::string& contents, const std::string& file) {
  try {
    YAML::Node root = YAML::Load(contents);
    return convert(root, file, 0);
  } catch (const YAML::Exception& error) {
    return rule_error(location_of(error.mark, file), "YAML syntax error: " + error.msg);
  } catch (const std::exception& error) {
    return rule_error(SourceLocation{file, 0, 0}, std::string("cannot read YAML: ") + error.what());
  }
}

}  // namespace rightscheck
