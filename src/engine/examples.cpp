// Running the example sentences of indicators: the test suite and
// `frameworks validate` both use this, so an indicator's examples are its
// executable specification.
#include "rightscheck/engine.h"

namespace rightscheck {

Document example_document(const std::string& text, const std::string& language) {
  Document document;
  document.path = "example";
  document.language = language;
  document.text.utf8 = text;
  Provision provision;
  provision.anchor = "example";
  provision.unit = "section";
  provision.number = "1";
  provision.start = 0;
  provision.end = text.size();
  document.provisions.push_back(provision);
  return document;
}

std::string ExampleFailure::message() const {
  std::string what = expected_match ? "must_match sentence yields no finding"
                                    : "must_not_match sentence yields a finding";
  return example.location.to_string() + ": " + indicator + ": " + what + ": \"" + example.text + "\"";
}

std::vector<ExampleFailure> check_examples(const CompiledFramework& framework) {
  std::vector<ExampleFailure> failures;
  Scratch scratch(framework);
  for (const Indicator& indicator : framework.framework().indicators) {
    for (bool expected : {true, false}) {
      for (const Example& example : expected ? indicator.must_match : indicator.must_not_match) {
        Document document = example_document(example.text, example.language.empty() ? "en" : example.language);
        Assessment assessment = evaluate(framework, document, scratch);
        bool found = false;
        for (const Finding& finding : assessment.findings) found = found || finding.indicator == indicator.id;
        if (found != expected) failures.push_back({indicator.id, example, expected});
      }
    }
  }
  return failures;
}

}  // namespace rightscheck
