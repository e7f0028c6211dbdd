// lowered_by: which safeguards govern which risks, at each level of scope.
#include "engine/safeguard_scope.h"

#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

std::string rules(const char* effect) {
  return std::string(R"(- id: R4.power
  recommendations: [4]
  kind: risk
  severity: high
  message: m
  rationale: r
  suggestion: s
  terms:
    intercept: ['intercept\w*']
  detect: {modality: {of: intercept, is: [power]}}
  lowered_by: [R4.warrant]
  effect: )") + effect + R"(
- id: R4.warrant
  recommendations: [4]
  kind: safeguard
  severity: high
  message: m
  rationale: r
  suggestion: s
  terms:
    judicial_warrant: ['warrant issued by a judge']
  detect: {match: judicial_warrant}
)";
}

// The severity of R4.power in provision p, "removed", or "none".
std::string risk_at(const Assessment& assessment, int p) {
  for (const Finding& f : assessment.findings) {
    if (f.indicator == "R4.power" && f.provision == p) return severity_name(f.severity);
  }
  for (const Finding& f : assessment.removed) {
    if (f.indicator == "R4.power" && f.provision == p) return "removed";
  }
  return "none";
}

struct Statute {
  DocumentBuilder builder;
  int s1_1, s2, s4, s6;
};

Statute statute(const std::string& part2_safeguard) {
  Statute st{DocumentBuilder(
      "Part 1\n1. (1) The police may intercept messages.\n(2) Such interception requires a warrant issued by a judge.\n"
      "2. The police may intercept messages of suspects.\n"
      "Part 2\n3. " + part2_safeguard + "\n4. The Agency may intercept messages.\n"
      "Part 3\n6. The Service may intercept messages.\n"), 0, 0, 0, 0};
  DocumentBuilder& b = st.builder;
  const std::string& text = b.document().text.utf8;
  int part1 = b.add("Part 1", "part", text.substr(0, text.find("Part 2")));
  int s1 = b.add("s. 1", "section", "1. (1) The police may intercept messages.\n(2) Such interception requires a warrant issued by a judge.", part1);
  st.s1_1 = b.add("s. 1(1)", "subsection", "(1) The police may intercept messages.", s1);
  b.add("s. 1(2)", "subsection", "(2) Such interception requires a warrant issued by a judge.", s1);
  st.s2 = b.add("s. 2", "section", "2. The police may intercept messages of suspects.", part1);
  int part2 = b.add("Part 2", "part", text.substr(text.find("Part 2"), text.find("Part 3") - text.find("Part 2")));
  b.add("s. 3", "section", "3. " + part2_safeguard, part2);
  st.s4 = b.add("s. 4", "section", "4. The Agency may intercept messages.", part2);
  int part3 = b.add("Part 3", "part", text.substr(text.find("Part 3")));
  st.s6 = b.add("s. 6", "section", "6. The Service may intercept messages.", part3);
  return st;
}

TEST(SafeguardScope, SameProvisionLowersTheRisk) {
  CompiledFramework framework = compile_rules(rules("lower"));
  Document document = example_document("The police may intercept messages only under a warrant issued by a judge.");
  Assessment assessment = evaluate(framework, document);
  EXPECT_EQ(risk_at(assessment, 0), "medium");
  EXPECT_EQ(finding_of(assessment, "R4.power")->governed_by, (std::vector<std::string>{"R4.warrant"}));
}

TEST(SafeguardScope, SameSectionGovernsButASectionDoesNotReachItsNeighbour) {
  CompiledFramework framework = compile_rules(rules("lower"));
  Statute st = statute("The Agency shall keep records.");
  Assessment assessment = evaluate(framework, st.builder.document());
  EXPECT_EQ(risk_at(assessment, st.s1_1), "medium");  // s. 1(2) governs s. 1(1)
  EXPECT_EQ(risk_at(assessment, st.s2), "high");      // s. 1 does not say "this Part"
  EXPECT_EQ(risk_at(assessment, st.s4), "high");
}

TEST(SafeguardScope, UnderThisPartReachesThePartOnly) {
  CompiledFramework framework = compile_rules(rules("lower"));
  Statute st = statute("Any power under this Part needs a warrant issued by a judge.");
  Assessment assessment = evaluate(framework, st.builder.document());
  EXPECT_EQ(risk_at(assessment, st.s4), "medium");
  EXPECT_EQ(risk_at(assessment, st.s2), "high");
  EXPECT_EQ(risk_at(assessment, st.s6), "high");
}

TEST(SafeguardScope, UnderThisActReachesTheWholeDocument) {
  CompiledFramework framework = compile_rules(rules("lower"));
  Statute st = statute("Every power under this Act needs a warrant issued by a judge.");
  Assessment assessment = evaluate(framework, st.builder.document());
  EXPECT_EQ(risk_at(assessment, st.s2), "medium");
  EXPECT_EQ(risk_at(assessment, st.s4), "medium");
  EXPECT_EQ(risk_at(assessment, st.s6), "medium");
}

TEST(SafeguardScope, RemoveEffectMovesTheRiskToRemoved) {
  CompiledFramework framework = compile_rules(rules("remove"));
  Statute st = statute("Any power under this Part needs a warrant issued by a judge.");
  Assessment assessment = evaluate(framework, st.builder.document());
  EXPECT_EQ(risk_at(assessment, st.s4), "removed");
  EXPECT_EQ(risk_at(assessment, st.s1_1), "removed");
  EXPECT_EQ(risk_at(assessment, st.s6), "high");
  for (const Finding& f : assessment.removed) EXPECT_EQ(f.governed_by, (std::vector<std::string>{"R4.warrant"}));
}

TEST(SafeguardScope, UnstructuredTextIsOneScope) {
  CompiledFramework framework = compile_rules(rules("lower"));
  Document document;
  document.text.utf8 = "The police may intercept messages. Elsewhere: a warrant issued by a judge is needed.";
  EXPECT_EQ(risk_at(evaluate(framework, document), -1), "medium");
}

}  // namespace
}  // namespace rightscheck
