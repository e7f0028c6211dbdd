#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

TEST(MatchCondition, FindsTermsAsEvidence) {
  CompiledFramework framework = compile_rules(rule("    keys: ['(?:decryption )?keys?']\n", "    match: keys\n"));
  Document document = example_document("Hand over the decryption key and the spare keys.");
  Assessment assessment = evaluate(framework, document);
  ASSERT_EQ(assessment.findings.size(), 1u);
  const Finding& finding = assessment.findings[0];
  ASSERT_EQ(finding.evidence.size(), 2u);
  EXPECT_EQ(quote(document, finding.evidence[0]), "decryption key");
  EXPECT_EQ(quote(document, finding.evidence[1]), "keys");
  EXPECT_FALSE(fires(framework, "The keyboard is missing."));
}

TEST(MatchCondition, MatchesInsideDefinitionsDoNotCount) {
  CompiledFramework framework = compile_rules(rule("    keys: ['keys?']\n", "    match: keys\n"));
  DocumentBuilder builder("\"key\" means a code. The operator keeps records.");
  builder.add("s. 1", "section", builder.document().text.utf8);
  builder.define("\"key\" means a code.");
  EXPECT_TRUE(evaluate(framework, builder.document()).findings.empty());
}

}  // namespace
}  // namespace rightscheck
