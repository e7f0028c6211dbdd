#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kTerms = "    warrant: ['warrants?']\n    judge: ['judges?']\n";
const char* kNear = "    near: {terms: [warrant, judge], within: 4}\n";

TEST(NearCondition, BothTermsWithinNWordsInEitherOrder) {
  CompiledFramework framework = compile_rules(rule(kTerms, kNear));
  EXPECT_TRUE(fires(framework, "A warrant issued by a judge."));
  EXPECT_TRUE(fires(framework, "A judge shall sign the warrant."));
  EXPECT_FALSE(fires(framework, "A warrant, once issued and served on the provider, binds any judge."));
}

TEST(NearCondition, TermsMustShareASentence) {
  CompiledFramework framework = compile_rules(rule(kTerms, kNear));
  EXPECT_FALSE(fires(framework, "Apply for a warrant. A judge decides."));
}

TEST(NearCondition, EvidenceQuotesBothTerms) {
  CompiledFramework framework = compile_rules(rule(kTerms, kNear));
  Document document = example_document("A warrant issued by a judge.");
  Assessment assessment = evaluate(framework, document);
  ASSERT_EQ(assessment.findings.size(), 1u);
  ASSERT_EQ(assessment.findings[0].evidence.size(), 2u);
  EXPECT_EQ(quote(document, assessment.findings[0].evidence[1]), "judge");
}

}  // namespace
}  // namespace rightscheck
