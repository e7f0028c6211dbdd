#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kTerms = "    block: [block\\w*]\n    website: ['websites?']\n";

TEST(AllCondition, EveryPartMustHoldAndEvidenceIsCombined) {
  CompiledFramework framework = compile_rules(rule(kTerms, "    all:\n      - match: block\n      - match: website\n"));
  Document document = example_document("The Authority may block any website.");
  Assessment assessment = evaluate(framework, document);
  ASSERT_EQ(assessment.findings.size(), 1u);
  EXPECT_EQ(assessment.findings[0].evidence.size(), 2u);
  EXPECT_FALSE(fires(framework, "The Authority may block any payment."));
}

TEST(AllCondition, EmptyListIsAnError) {
  Result<Framework> framework = parse_rules(rule(kTerms, "    all: []\n"));
  ASSERT_TRUE(framework.is_ok());
  EXPECT_EQ(compile(framework.value()).status().message(),
            "test/indicators/test.yaml:12:10: all in R1.rule must be a non-empty list of conditions");
}

}  // namespace
}  // namespace rightscheck
