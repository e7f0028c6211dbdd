// Small behaviours of the Framework value types: names, positions, look-ups.
#include <algorithm>

#include "rightscheck/framework.h"

namespace rightscheck {

std::string SourceLocation::to_string() const {
  if (line <= 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

Status rule_error(const SourceLocation& where, const std::string& reason) {
  return Status::error(Status::Code::invalid_input, where.to_string(), reason);
}

const RuleValue* RuleValue::find(std::string_view key) const {
  if (shape != Shape::map) return nullptr;
  for (const auto& [name, value] : entries) {
    if (name == key) return &value;
  }
  return nullptr;
}

const char* indicator_kind_name(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::risk: return "risk";
    case IndicatorKind::safeguard: return "safeguard";
    case IndicatorKind::gap: return "gap";
  }
  return "risk";
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
  }
  return "medium";
}

const char* safeguard_effect_name(SafeguardEffect effect) {
  return effect == SafeguardEffect::remove ? "remove" : "lower";
}

const Indicator* Framework::find_indicator(std::string_view wanted) const {
  for (const Indicator& indicator : indicators) {
    if (indicator.id == wanted) return &indicator;
  }
  return nullptr;
}

const Recommendation* Framework::find_recommendation(int number) const {
  for (const Recommendation& recommendation : recommendations) {
    if (recommendation.number == number) return &recommendation;
  }
  return nullptr;
}

const std::string& Framework::base_language() const {
  static const std::string kEnglish = "en";
  return languages.empty() ? kEnglish : languages.front();
}

bool Framework::has_language(std::string_view language) const {
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

const std::string& Recommendation::text_in(std::string_view language) const {
  auto it = translations.find(language);
  return it == translations.end() ? text : it->second;
}

Framework Framework::in_language(std::string_view language) const {
  Framework copy = *this;
  for (Recommendation& recommendation : copy.recommendations) recommendation.text = recommendation.text_in(language);
  for (Indicator& indicator : copy.indicators) {
    IndicatorText text = indicator.text_in(language);
    indicator.message = std::move(text.message);
    indicator.rationale = std::move(text.rationale);
    indicator.suggestion = std::move(text.suggestion);
  }
  return copy;
}

IndicatorText Indicator::text_in(std::string_view language) const {
  auto it = translations.find(language);
  if (it != translations.end()) return it->second;
  return {message, rationale, suggestion};
}

}  // namespace rightscheck
