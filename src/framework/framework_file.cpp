// framework.yaml: who the framework is and what it judges against.
#include "framework/fields.h"
#include "framework/rule_files.h"

namespace rightscheck {

Status read_framework_file(const RuleValue& root, Framework& framework) {
  const char* what = "framework.yaml";
  Status fields = expect_fields(root, {"id", "version", "title", "description", "languages", "recommendations"}, what);
  if (!fields.is_ok()) return fields;

  for (auto [key, target] : {std::pair{"id", &framework.id}, std::pair{"version", &framework.version},
                             std::pair{"title", &framework.title}}) {
    Result<const RuleValue*> field = required_field(root, key, what);
    if (!field.is_ok()) return field.status();
    Result<std::string> text = text_of(*field.value(), key);
    if (!text.is_ok()) return text.status();
    *target = std::move(text).value();
  }

  framework.languages = {"en"};
  if (const RuleValue* languages = root.find("languages")) {
    Result<std::vector<std::string>> list = text_list_of(*languages, "languages");
    if (!list.is_ok()) return list.status();
    framework.languages = std::move(list).value();
  }

  Result<const RuleValue*> recommendations = required_field(root, "recommendations", what);
  if (!recommendations.is_ok()) return recommendations.status();
  const RuleValue& list = *recommendations.value();
  if (list.shape != RuleValue::Shape::list || list.items.empty()) {
    return rule_error(list.location, "recommendations must be a non-empty list of {number, text}");
  }
  for (const RuleValue& entry : list.items) {
    Status entry_fields = expect_fields(entry, {"number", "text", "translations"}, "recommendation");
    if (!entry_fields.is_ok()) return entry_fields;
    Result<const RuleValue*> number = required_field(entry, "number", "recommendation");
    if (!number.is_ok()) return number.status();
    Result<int> value = integer_of(*number.value(), 1, 999, "recommendation number");
    if (!value.is_ok()) return value.status();
    if (framework.find_recommendation(value.value()) != nullptr) {
      return rule_error(number.value()->location, "duplicate recommendation number " + std::to_string(value.value()));
    }
    Result<const RuleValue*> text = required_field(entry, "text", "recommendation");
    if (!text.is_ok()) return text.status();
    Result<std::string> words = text_of(*text.value(), "recommendation text");
    if (!words.is_ok()) return words.status();
    Recommendation recommendation{value.value(), std::move(words).value(), {}};
    if (const RuleValue* translations = entry.find("translations")) {
      if (translations->shape != RuleValue::Shape::map) {
        return rule_error(translations->location, "translations must map a language (fr, es) to the recommendation's text in it");
      }
      for (const auto& [language, translated] : translations->entries) {
        if (!framework.has_language(language) || language == framework.base_language()) {
          return rule_error(translated.location, "translation into '" + language +
                                                     "', which is not one of the other languages listed in languages");
        }
        Result<std::string> text_in = text_of(translated, "a translated recommendation text");
        if (!text_in.is_ok()) return text_in.status();
        recommendation.translations.emplace(language, std::move(text_in).value());
      }
    }
    framework.recommendations.push_back(std::move(recommendation));
  }
  return Status::ok();
}

}  // namespace rightscheck
