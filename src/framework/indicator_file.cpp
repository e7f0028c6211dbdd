// indicators/*.yaml: each file a list of indicators.
#include <algorithm>
#include <regex>

#include "framework/fields.h"
#include "framework/rule_files.h"

namespace rightscheck {
namespace {

Status read_text_field(const RuleValue& map, const char* key, bool required, std::string& target) {
  const RuleValue* field = map.find(key);
  if (field == nullptr) {
    if (!required) return Status::ok();
    return required_field(map, key, "indicator").status();
  }
  Result<std::string> text = text_of(*field, key);
  if (!text.is_ok()) return text.status();
  target = std::move(text).value();
  return Status::ok();
}

// Folded YAML scalars (">") end with a line break; reports want the text.
void trim_end(std::string& text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
}

Status read_id_list(const RuleValue& map, const char* key, std::vector<std::string>& target) {
  const RuleValue* field = map.find(key);
  if (field == nullptr) return Status::ok();
  Result<std::vector<std::string>> ids = text_list_of(*field, key);
  if (!ids.is_ok()) return ids.status();
  target = std::move(ids).value();
  return Status::ok();
}

Status read_examples(const RuleValue& map, const std::string& language, Indicator& indicator) {
  const RuleValue* examples = map.find("examples");
  if (examples == nullptr) return Status::ok();
  Status fields = expect_fields(*examples, {"must_match", "must_not_match"}, "examples");
  if (!fields.is_ok()) return fields;
  for (auto [key, target] : {std::pair{"must_match", &indicator.must_match},
                             std::pair{"must_not_match", &indicator.must_not_match}}) {
    const RuleValue* list = examples->find(key);
    if (list == nullptr) continue;
    if (list->shape != RuleValue::Shape::list) return rule_error(list->location, std::string(key) + " must be a list of sentences");
    for (const RuleValue& item : list->items) {
      Result<std::string> text = text_of(item, std::string("each sentence of ") + key);
      if (!text.is_ok()) return text.status();
      target->push_back({std::move(text).value(), item.location, language});
    }
  }
  return Status::ok();
}

// Ids read "R8.decryption-order": letters and a number, a dot, a lower-case
// slug. When the number is there it must be the primary recommendation, so
// that an id never misleads a reader about where its findings are reported.
Status check_id_names_primary(const Indicator& indicator, const RuleValue& map) {
  static const std::regex shape(R"(([A-Za-z]+)([0-9]{1,3})?\.[a-z0-9]+(-[a-z0-9]+)*)");
  std::smatch parts;
  const RuleValue* id = map.find("id");
  if (!std::regex_match(indicator.id, parts, shape)) {
    return rule_error(id->location, "bad indicator id '" + indicator.id +
                                        "': expected a prefix such as R8, a dot and a lower-case slug (R8.decryption-order)");
  }
  if (parts[2].matched && std::stoi(parts[2].str()) != indicator.recommendations.front()) {
    return rule_error(id->location, "indicator id '" + indicator.id + "' names recommendation " + parts[2].str() +
                                        " but its first (primary) recommendation is " +
                                        std::to_string(indicator.recommendations.front()));
  }
  return Status::ok();
}

Result<Indicator> read_indicator(const RuleValue& map, const Framework& framework) {
  Status fields = expect_fields(map,
                                {"id", "recommendations", "kind", "severity", "confidence", "message", "rationale",
                                 "suggestion", "terms", "detect", "lowered_by", "effect", "when_any", "unless_any",
                                 "examples"},
                                "indicator");
  if (!fields.is_ok()) return fields;

  Indicator indicator;
  indicator.location = map.location;
  for (auto [key, target] : {std::pair{"id", &indicator.id}, std::pair{"message", &indicator.message},
                             std::pair{"rationale", &indicator.rationale},
                             std::pair{"suggestion", &indicator.suggestion}}) {
    Status read = read_text_field(map, key, true, *target);
    if (!read.is_ok()) return read;
    trim_end(*target);
  }

  Result<const RuleValue*> recommendations = required_field(map, "recommendations", "indicator");
  if (!recommendations.is_ok()) return recommendations.status();
  const RuleValue& numbers = *recommendations.value();
  if (numbers.shape != RuleValue::Shape::list || numbers.items.empty()) {
    return rule_error(numbers.location, "recommendations must be a non-empty list of numbers, the primary one first");
  }
  for (const RuleValue& number : numbers.items) {
    Result<int> value = integer_of(number, 1, 999, "a recommendation number");
    if (!value.is_ok()) return value.status();
    if (framework.find_recommendation(value.value()) == nullptr) {
      return rule_error(number.location, "unknown recommendation " + number.scalar + " in indicator " + indicator.id +
                                             ": framework " + framework.id + " has no such recommendation");
    }
    indicator.recommendations.push_back(value.value());
  }
  Status id_check = check_id_names_primary(indicator, map);
  if (!id_check.is_ok()) return id_check;

  Result<const RuleValue*> kind = required_field(map, "kind", "indicator");
  if (!kind.is_ok()) return kind.status();
  Result<std::string> kind_text = choice_of(*kind.value(), {"risk", "safeguard", "gap"}, "kind");
  if (!kind_text.is_ok()) return kind_text.status();
  indicator.kind = kind_text.value() == "risk"        ? IndicatorKind::risk
                   : kind_text.value() == "safeguard" ? IndicatorKind::safeguard
                                                      : IndicatorKind::gap;

  Result<const RuleValue*> severity = required_field(map, "severity", "indicator");
  if (!severity.is_ok()) return severity.status();
  Result<std::string> severity_text = choice_of(*severity.value(), {"high", "medium", "low"}, "severity");
  if (!severity_text.is_ok()) return severity_text.status();
  indicator.severity = severity_text.value() == "high"     ? Severity::high
                       : severity_text.value() == "medium" ? Severity::medium
                                                           : Severity::low;

  if (const RuleValue* confidence = map.find("confidence")) {
    Result<double> value = number_of(*confidence, 0.0, 1.0, "confidence");
    if (!value.is_ok()) return value.status();
    indicator.confidence = value.value();
  }
  if (const RuleValue* effect = map.find("effect")) {
    Result<std::string> value = choice_of(*effect, {"remove", "lower"}, "effect");
    if (!value.is_ok()) return value.status();
    indicator.effect = value.value() == "remove" ? SafeguardEffect::remove : SafeguardEffect::lower;
  }
  if (const RuleValue* terms = map.find("terms")) {
    Result<std::vector<TermSet>> sets = read_term_sets(*terms, "terms", framework.base_language());
    if (!sets.is_ok()) return sets.status();
    indicator.term_sets = std::move(sets).value();
  }
  if (const RuleValue* detect = map.find("detect")) indicator.detect = *detect;

  for (auto [key, target] : {std::pair{"lowered_by", &indicator.lowered_by}, std::pair{"when_any", &indicator.when_any},
                             std::pair{"unless_any", &indicator.unless_any}}) {
    Status read = read_id_list(map, key, *target);
    if (!read.is_ok()) return read;
  }
  Status examples = read_examples(map, framework.base_language(), indicator);
  if (!examples.is_ok()) return examples;
  return indicator;
}

// One entry of <lang>/indicators/*.yaml: an indicator of the base files
// said again in another language.
Status read_layer_entry(const RuleValue& map, const std::string& language, Framework& framework) {
  Status fields = expect_fields(map, {"id", "message", "rationale", "suggestion", "terms", "examples"},
                                "indicator in language " + language);
  if (!fields.is_ok()) return fields;
  std::string id;
  Status read_id = read_text_field(map, "id", true, id);
  if (!read_id.is_ok()) return read_id;
  Indicator* indicator = nullptr;
  for (Indicator& candidate : framework.indicators) {
    if (candidate.id == id) indicator = &candidate;
  }
  if (indicator == nullptr) {
    return rule_error(map.find("id")->location, "unknown indicator '" + id + "': a language layer can only translate "
                                                    "indicators of the base files");
  }
  if (indicator->translations.count(language) > 0) {
    return rule_error(map.location, "indicator " + id + " is already given in language " + language);
  }
  IndicatorText text;
  for (auto [key, target] : {std::pair{"message", &text.message}, std::pair{"rationale", &text.rationale},
                             std::pair{"suggestion", &text.suggestion}}) {
    Status read = read_text_field(map, key, true, *target);
    if (!read.is_ok()) return read;
    trim_end(*target);
  }
  indicator->translations.emplace(language, std::move(text));
  if (const RuleValue* terms = map.find("terms")) {
    Result<std::vector<TermSet>> sets = read_term_sets(*terms, "terms", language);
    if (!sets.is_ok()) return sets.status();
    merge_term_sets(std::move(sets).value(), indicator->term_sets);
  }
  return read_examples(map, language, *indicator);
}

}  // namespace

void merge_term_sets(std::vector<TermSet> sets, std::vector<TermSet>& into) {
  for (TermSet& set : sets) {
    auto same = std::find_if(into.begin(), into.end(), [&](const TermSet& t) { return t.name == set.name; });
    if (same == into.end()) {
      into.push_back(std::move(set));
      continue;
    }
    for (Term& term : set.terms) same->terms.push_back(std::move(term));
  }
}

Status read_layer_indicator_file(const RuleValue& root, const std::string& language, Framework& framework) {
  if (root.shape != RuleValue::Shape::list) {
    return rule_error(root.location, "an indicators file must be a list of indicators");
  }
  for (const RuleValue& entry : root.items) {
    Status read = read_layer_entry(entry, language, framework);
    if (!read.is_ok()) return read;
  }
  return Status::ok();
}

Result<std::vector<Indicator>> read_indicator_file(const RuleValue& root, const Framework& framework) {
  if (root.shape != RuleValue::Shape::list) {
    return rule_error(root.location, "an indicators file must be a list of indicators");
  }
  std::vector<Indicator> indicators;
  for (const RuleValue& entry : root.items) {
    Result<Indicator> indicator = read_indicator(entry, framework);
    if (!indicator.is_ok()) return indicator.status();
    indicators.push_back(std::move(indicator).value());
  }
  return indicators;
}

}  // namespace rightscheck
