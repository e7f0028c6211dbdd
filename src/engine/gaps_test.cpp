// Gap indicators: decided on the whole document from what was detected.
#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kRules = R"(- id: R4.power
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
  effect: remove
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
- id: R4.no-warrant-anywhere
  recommendations: [4, 5]
  kind: gap
  severity: high
  message: Powers without a judge
  rationale: r
  suggestion: s
  when_any: [R4.power]
  unless_any: [R4.warrant]
)";

TEST(Gaps, PresentWhenPowersLackTheSafeguardEverywhere) {
  CompiledFramework framework = compile_rules(kRules);
  DocumentBuilder builder("1. The police may intercept messages.\n2. The Agency may intercept calls.\n");
  builder.add("s. 1", "section", "1. The police may intercept messages.");
  builder.add("s. 2", "section", "2. The Agency may intercept calls.");
  Assessment assessment = evaluate(framework, builder.document());
  std::vector<const Finding*> gaps;
  for (const Finding& f : assessment.findings) {
    if (f.kind == IndicatorKind::gap) gaps.push_back(&f);
  }
  ASSERT_EQ(gaps.size(), 2u);  // once under R4, once under R5
  EXPECT_EQ(gaps[0]->recommendation, 4);
  EXPECT_EQ(gaps[1]->recommendation, 5);
  EXPECT_EQ(gaps[0]->provision, -1);
  ASSERT_EQ(gaps[0]->evidence.size(), 2u);  // both powers are shown
  EXPECT_EQ(quote(builder.document(), gaps[0]->evidence[1]), "intercept");
  EXPECT_EQ(assessment.findings.back().kind, IndicatorKind::gap);  // gaps come last
  EXPECT_EQ(finding_id(*gaps[0], builder.document()), "R4.no-warrant-anywhere");
}

TEST(Gaps, AbsentWhenTheSafeguardIsAnywhere) {
  CompiledFramework framework = compile_rules(kRules);
  DocumentBuilder builder("1. The police may intercept messages.\n9. Records of a warrant issued by a judge are kept.\n");
  builder.add("s. 1", "section", "1. The police may intercept messages.");
  builder.add("s. 9", "section", "9. Records of a warrant issued by a judge are kept.");
  Assessment assessment = evaluate(framework, builder.document());
  EXPECT_EQ(finding_of(assessment, "R4.no-warrant-anywhere"), nullptr);
  EXPECT_NE(finding_of(assessment, "R4.power"), nullptr);  // s. 9 does not govern s. 1
}

TEST(Gaps, AbsentWithoutTheTriggeringPowers) {
  CompiledFramework framework = compile_rules(kRules);
  EXPECT_FALSE(fires(framework, "Providers shall protect personal data.", "R4.no-warrant-anywhere"));
}

}  // namespace
}  // namespace rightscheck
