// evaluate(): units, reporting under each recommendation, ordering, sharing.
#include <gtest/gtest.h>

#include <thread>

#include "engine/rule_fixture.h"
#include "engine/text_units.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kRules = R"(- id: R8.decrypt
  recommendations: [8, 4]
  kind: risk
  severity: high
  confidence: 0.9
  message: Decryption order
  rationale: why
  suggestion: instead
  terms:
    decrypt: ['decrypt\w*']
  detect: {modality: {of: decrypt, is: [power, duty]}}
)";

TEST(Evaluate, ReportsOnceUnderEachRecommendation) {
  CompiledFramework framework = compile_rules(kRules);
  Document document = example_document("The Minister may order a provider to decrypt messages.");
  Assessment assessment = evaluate(framework, document);
  ASSERT_EQ(assessment.findings.size(), 2u);
  EXPECT_EQ(assessment.findings[0].recommendation, 4);
  EXPECT_EQ(assessment.findings[1].recommendation, 8);
  for (const Finding& f : assessment.findings) {
    EXPECT_EQ(f.indicator, "R8.decrypt");
    EXPECT_EQ(f.kind, IndicatorKind::risk);
    EXPECT_EQ(f.severity, Severity::high);
    EXPECT_DOUBLE_EQ(f.confidence, 0.9);
    EXPECT_EQ(f.provision, 0);
    EXPECT_EQ(f.message, "Decryption order");
    EXPECT_EQ(quote(document, f.evidence.at(0)), "decrypt");
  }
  EXPECT_EQ(assessment.document, &document);
  EXPECT_EQ(finding_id(assessment.findings[0], document), "R8.decrypt@example");
  EXPECT_TRUE(assessment.status.is_ok());
}

TEST(Evaluate, UnitsCoverLeadInsItemsAndTextOutsideProvisions) {
  DocumentBuilder builder("PREAMBLE text\n5. The Minister may—\n(a) order decryption; or\n(b) seize keys.\nAfterword\n");
  int s5 = builder.add("s. 5", "section", "5. The Minister may—\n(a) order decryption; or\n(b) seize keys.");
  builder.add("s. 5(a)", "paragraph", "(a) order decryption; or", s5);
  builder.add("s. 5(b)", "paragraph", "(b) seize keys.", s5);
  std::vector<TextUnit> units = text_units(builder.document());
  std::vector<std::string> pieces;
  for (const TextUnit& unit : units) {
    pieces.push_back(std::to_string(unit.provision) + ":" + quote(builder.document(), unit.span));
  }
  EXPECT_EQ(pieces, (std::vector<std::string>{"-1:PREAMBLE text\n", "0:5. The Minister may—\n", "1:(a) order decryption; or",
                                              "2:(b) seize keys.", "-1:\nAfterword\n"}));
  CompiledFramework framework = compile_rules(kRules);
  EXPECT_EQ(found(evaluate(framework, builder.document())), (std::vector<std::string>{"R8.decrypt@1"}));
}

TEST(Evaluate, EmptyDocumentAndFrameworkWithoutPatterns) {
  CompiledFramework framework = compile_rules(kRules);
  Document empty;
  EXPECT_TRUE(evaluate(framework, empty).findings.empty());
}

TEST(Evaluate, MalformedProvisionTreeIsSurvived) {
  CompiledFramework framework = compile_rules(kRules);
  Document document = example_document("The Minister may order decryption.");
  document.provisions[0].end = 10'000;  // beyond the text
  document.provisions[0].parent = 0;    // its own parent: a cycle
  Provision stray;
  stray.start = 50'000;
  stray.end = 40'000;
  stray.parent = 7;  // no such provision
  document.provisions.push_back(stray);
  EXPECT_FALSE(evaluate(framework, document).findings.empty());
}

TEST(Evaluate, OneCompiledFrameworkServesManyThreads) {
  CompiledFramework framework = compile_rules(kRules);
  Document document = example_document("The Minister may order a provider to decrypt messages. A provider shall decrypt.");
  std::vector<std::size_t> counts(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t] {
      Scratch scratch(framework);
      for (int i = 0; i < 50; ++i) counts[t] += evaluate(framework, document, scratch).findings.size();
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t count : counts) EXPECT_EQ(count, 100u);
}

TEST(Evaluate, CheckExamplesReportsMisbehavingSentences) {
  std::string rules = std::string(kRules) +
                      "  examples:\n    must_match: [The Minister may decrypt., Nothing here.]\n"
                      "    must_not_match: [The Minister shall decrypt.]\n";
  CompiledFramework framework = compile_rules(rules);
  std::vector<ExampleFailure> failures = check_examples(framework);
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_EQ(failures[0].message(),
            "test/indicators/test.yaml:13:45: R8.decrypt: must_match sentence yields no finding: \"Nothing here.\"");
  EXPECT_FALSE(failures[1].expected_match);
}

}  // namespace
}  // namespace rightscheck
