// Test fixture for engine tests: frameworks written inline as YAML and
// documents with hand-made provisions. Used only by *_test.cpp files.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rightscheck/engine.h"
#include "rightscheck/framework.h"

namespace rightscheck::testing {

inline const char* kTestManifest = R"(id: test
version: "1"
title: Test framework
recommendations:
  - {number: 1, text: One}
  - {number: 4, text: Four}
  - {number: 5, text: Five}
  - {number: 8, text: Eight}
)";

// Parses a framework from indicator and term YAML; fails the test on error.
inline Result<Framework> parse_rules(const std::string& indicators, const std::string& terms = "") {
  std::vector<FrameworkFile> files = {{"framework.yaml", kTestManifest}, {"indicators/test.yaml", indicators}};
  if (!terms.empty()) files.push_back({"terms/common.yaml", terms});
  return parse_framework(files, "test");
}

inline CompiledFramework compile_rules(const std::string& indicators, const std::string& terms = "") {
  Result<Framework> framework = parse_rules(indicators, terms);
  EXPECT_TRUE(framework.is_ok()) << framework.status().message();
  Result<CompiledFramework> compiled = compile(framework.value());
  EXPECT_TRUE(compiled.is_ok()) << compiled.status().message();
  return compiled.value();
}

// One risk indicator "R1.rule" with the given term sets and detect rule
// (both YAML, indented as the value of their field).
inline std::string rule(const std::string& terms, const std::string& detect, const std::string& extra = "") {
  return "- id: R1.rule\n  recommendations: [1]\n  kind: risk\n  severity: high\n  message: m\n  rationale: r\n"
         "  suggestion: s\n  terms:\n" + terms + "  detect:\n" + detect + extra;
}

// Whether R1.rule (or `id`) is found when `text` is a one-provision document.
inline bool fires(const CompiledFramework& framework, const std::string& text, const std::string& id = "R1.rule") {
  Document document = example_document(text);
  Assessment assessment = evaluate(framework, document);
  for (const Finding& finding : assessment.findings) {
    if (finding.indicator == id) return true;
  }
  return false;
}

// A document whose provisions are added by quoting their text.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(std::string text) { document_.text.utf8 = std::move(text); document_.path = "test"; }

  // Adds a provision spanning the first occurrence of `quote` at or after the
  // parent's start; returns its index.
  int add(const std::string& anchor, const std::string& unit, const std::string& quote, int parent = -1) {
    std::size_t from = parent >= 0 ? document_.provisions[parent].start : 0;
    std::size_t at = document_.text.utf8.find(quote, from);
    EXPECT_NE(at, std::string::npos) << quote;
    Provision provision;
    provision.anchor = anchor;
    provision.unit = unit;
    provision.start = at;
    provision.end = at + quote.size();
    provision.parent = parent;
    provision.depth = parent >= 0 ? document_.provisions[parent].depth + 1 : 0;
    document_.provisions.push_back(provision);
    return static_cast<int>(document_.provisions.size()) - 1;
  }

  void define(const std::string& quote) {
    std::size_t at = document_.text.utf8.find(quote);
    EXPECT_NE(at, std::string::npos) << quote;
    Definition definition;
    definition.start = at;
    definition.end = at + quote.size();
    document_.definitions.push_back(definition);
  }

  const Document& document() const { return document_; }

 private:
  Document document_;
};

// "ID@provision" for every finding (provision index, -1 for none), sorted.
inline std::vector<std::string> found(const Assessment& assessment) {
  std::vector<std::string> ids;
  for (const Finding& finding : assessment.findings) ids.push_back(finding.indicator + "@" + std::to_string(finding.provision));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

inline const Finding* finding_of(const Assessment& assessment, const std::string& id) {
  for (const Finding& finding : assessment.findings) {
    if (finding.indicator == id) return &finding;
  }
  return nullptr;
}

inline std::string quote(const Document& document, const Evidence& evidence) {
  return document.text.utf8.substr(evidence.start, evidence.end - evidence.start);
}

}  // namespace rightscheck::testing
