// Term sets: named lists of regular-expression fragments.
#include <cctype>

#include "framework/fields.h"
#include "framework/rule_files.h"

namespace rightscheck {
namespace {

// Names are referred to from conditions and from "$name" terms, so they are
// kept simple: lower-case words joined by spaces, '-' or '_'.
bool is_term_set_name(const std::string& name) {
  if (name.empty() || !std::islower(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name) {
    bool allowed = std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                   c == ' ' || c == '-' || c == '_';
    if (!allowed) return false;
  }
  return true;
}

}  // namespace

Result<std::vector<TermSet>> read_term_sets(const RuleValue& map, const std::string& what, const std::string& language) {
  if (map.shape != RuleValue::Shape::map) {
    return rule_error(map.location, what + " must be a map of term-set name to a list of terms");
  }
  std::vector<TermSet> sets;
  for (const auto& [name, list] : map.entries) {
    if (!is_term_set_name(name)) {
      return rule_error(list.location, "bad term-set name '" + name +
                                           "': use lower-case letters, digits, spaces, '-' or '_', starting with a letter");
    }
    if (list.shape != RuleValue::Shape::list || list.items.empty()) {
      return rule_error(list.location, "term set '" + name + "' must be a non-empty list of terms");
    }
    TermSet set;
    set.name = name;
    set.location = list.location;
    for (const RuleValue& item : list.items) {
      Result<std::string> pattern = text_of(item, "a term of '" + name + "'");
      if (!pattern.is_ok()) return pattern.status();
      set.terms.push_back({std::move(pattern).value(), item.location, language});
    }
    sets.push_back(std::move(set));
  }
  return sets;
}

Result<std::vector<TermSet>> read_term_file(const RuleValue& root, const std::string& language) {
  return read_term_sets(root, "a terms file", language);
}

}  // namespace rightscheck
