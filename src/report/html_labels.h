// The words of the HTML page itself — headings, labels, explanations — in
// the report's language (English, French, Spanish). Findings bring their own
// words from the framework (Framework::in_language).
//
// html_report() sets the language for the thread it runs on (LabelLanguage,
// a scope guard); label() then answers in it. An unknown language or a word
// without a translation reads in English.
#pragma once

#include <string_view>

namespace rightscheck {

class LabelLanguage {
 public:
  explicit LabelLanguage(std::string_view language);
  ~LabelLanguage();
  LabelLanguage(const LabelLanguage&) = delete;
  LabelLanguage& operator=(const LabelLanguage&) = delete;

 private:
  int previous_;
};

// english in the current label language.
std::string_view label(std::string_view english);

}  // namespace rightscheck
