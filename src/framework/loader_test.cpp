// Every kind of rule-file error is a value whose message says FILE:LINE:COLUMN.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/rule_fixture.h"
#include "rightscheck/framework.h"

namespace rightscheck {
namespace {

using testing::parse_rules;

// A valid indicator, to be broken one field at a time.
const char* kIndicator = R"(- id: R8.test-order
  recommendations: [8]
  kind: risk
  severity: high
  message: m
  rationale: r
  suggestion: s
  terms:
    decrypt: [decrypt\w*]
  detect:
    match: decrypt
)";

std::string message_of(const std::string& indicators, const std::string& terms = "") {
  Result<Framework> framework = parse_rules(indicators, terms);
  if (!framework.is_ok()) return framework.status().message();
  Result<CompiledFramework> compiled = compile(framework.value());
  return compiled.is_ok() ? "ok" : compiled.status().message();
}

TEST(FrameworkLoader, AcceptsAValidIndicator) {
  EXPECT_EQ(message_of(kIndicator), "ok");
  Result<Framework> framework = parse_rules(kIndicator);
  ASSERT_TRUE(framework.is_ok());
  const Indicator& indicator = framework->indicators.at(0);
  EXPECT_EQ(indicator.id, "R8.test-order");
  EXPECT_EQ(indicator.severity, Severity::high);
  EXPECT_EQ(indicator.location.to_string(), "test/indicators/test.yaml:1:3");
}

TEST(FrameworkLoader, YamlSyntaxErrorHasPosition) {
  EXPECT_EQ(message_of("- id: R8.x\n  kind: [risk\n"), "test/indicators/test.yaml:3:1: YAML syntax error: end of sequence flow not found");
}

TEST(FrameworkLoader, UnknownFieldIsRejected) {
  std::string text = std::string(kIndicator) + "  severty: low\n";
  EXPECT_EQ(message_of(text).substr(0, 66), "test/indicators/test.yaml:12:12: unknown field 'severty' in indica");
}

TEST(FrameworkLoader, UnknownFieldInsideAConditionIsRejected) {
  std::string text = kIndicator;
  text.replace(text.find("match: decrypt"), 14, "near: {terms: [decrypt, decrypt], within: 3, inside: 2}");
  // The position is the offending entry's value, on the line a reader fixes.
  EXPECT_EQ(message_of(text).substr(0, 62), "test/indicators/test.yaml:11:58: unknown field 'inside' in nea");
}

TEST(FrameworkLoader, MissingRequiredField) {
  std::string text = kIndicator;
  text.erase(text.find("  message: m\n"), 13);
  EXPECT_EQ(message_of(text), "test/indicators/test.yaml:1:3: missing required field 'message' in indicator");
}

TEST(FrameworkLoader, BadPatternNamesIndicatorAndPattern) {
  std::string text = kIndicator;
  text.replace(text.find("decrypt\\w*]"), 11, "'decrypt(?<=x)']");
  std::string message = message_of(text);
  EXPECT_EQ(message.substr(0, 109),
            "test/indicators/test.yaml:9:15: bad pattern 'decrypt(?<=x)' in term set 'decrypt' of indicator R8.test-order:");
  EXPECT_GT(message.size(), 110u);  // Vectorscan's reason follows
}

TEST(FrameworkLoader, UnknownRecommendation) {
  std::string text = kIndicator;
  text.replace(text.find("[8]"), 3, "[8, 14]");
  EXPECT_EQ(message_of(text),
            "test/indicators/test.yaml:2:24: unknown recommendation 14 in indicator R8.test-order: framework test has no "
            "such recommendation");
}

TEST(FrameworkLoader, DuplicateIndicatorId) {
  std::string text = std::string(kIndicator) + kIndicator;
  EXPECT_EQ(message_of(text), "test/indicators/test.yaml:12:3: duplicate indicator id 'R8.test-order' (first defined at "
                              "test/indicators/test.yaml:1:3)");
}

TEST(FrameworkLoader, BadEnumValue) {
  std::string text = kIndicator;
  text.replace(text.find("high"), 4, "severe");
  EXPECT_EQ(message_of(text), "test/indicators/test.yaml:4:13: bad value 'severe' for severity: expected high, medium or low");
}

TEST(FrameworkLoader, IdMustNameThePrimaryRecommendation) {
  std::string text = kIndicator;
  text.replace(text.find("[8]"), 3, "[4, 8]");
  EXPECT_EQ(message_of(text), "test/indicators/test.yaml:1:7: indicator id 'R8.test-order' names recommendation 8 but its "
                              "first (primary) recommendation is 4");
}

TEST(FrameworkLoader, UnknownTermSetAndUnknownCondition) {
  std::string text = kIndicator;
  text.replace(text.find("match: decrypt"), 14, "match: encrypt");
  EXPECT_EQ(message_of(text), "test/indicators/test.yaml:11:12: unknown term set 'encrypt' in R8.test-order");
  text = kIndicator;
  text.replace(text.find("match: decrypt"), 14, "matches: decrypt");
  EXPECT_EQ(message_of(text).substr(0, 81), "test/indicators/test.yaml:11:14: unknown condition 'matches' in R8.test-order (ex");
}

TEST(FrameworkLoader, RuleThatCannotQuoteTextIsRejected) {
  std::string text = kIndicator;
  text.replace(text.find("match: decrypt"), 14, "not: {match: decrypt}");
  EXPECT_EQ(message_of(text).substr(0, 72), "test/indicators/test.yaml:11:5: detect of R8.test-order can hold without");
}

TEST(FrameworkLoader, ReferencesBetweenIndicatorsAreChecked) {
  std::string text = std::string(kIndicator) + "  lowered_by: [R8.nothing]\n";
  EXPECT_EQ(message_of(text), "test/indicators/test.yaml:1:3: lowered_by of R8.test-order names unknown indicator 'R8.nothing'");
  std::string gap = std::string(kIndicator) +
                    "- {id: R8.gap, recommendations: [8], kind: gap, severity: low, message: m, rationale: r, "
                    "suggestion: s, when_any: [R8.test-order], detect: {match: x}}\n";
  EXPECT_EQ(message_of(gap).substr(0, 72), "test/indicators/test.yaml:12:140: gap R8.gap is decided by when_any/unle");
}

TEST(FrameworkLoader, SharedTermSetsAndIncludes) {
  std::string text = kIndicator;
  text.replace(text.find("decrypt: [decrypt\\w*]"), 21, "decrypt: [decrypt\\w*, $keys, 'hand over $keys']");
  EXPECT_EQ(message_of(text, "keys:\n  - keys?\n"), "ok");
  EXPECT_EQ(message_of(text, ""), "test/indicators/test.yaml:9:27: unknown term set 'keys' included in 'decrypt'");
  EXPECT_EQ(message_of(text, "keys: [$keys]\n"), "test/terms/common.yaml:1:7: term set 'keys' includes itself");
  EXPECT_EQ(message_of(text, "decrypt: [x]\n").substr(0, 59), "test/indicators/test.yaml:9:14: term set 'decrypt' of indic");
}

TEST(FrameworkLoader, ReadsAFolderAndReportsAMissingOne) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("rightscheck-loader-" + std::to_string(::getpid()));
  fs::create_directories(dir / "indicators");
  std::ofstream(dir / "framework.yaml") << testing::kTestManifest;
  std::ofstream(dir / "indicators" / "r8.yaml") << kIndicator;
  std::ofstream(dir / "indicators" / "README.md") << "not a rule file";
  Result<CompiledFramework> compiled = load_and_compile(dir.string());
  EXPECT_TRUE(compiled.is_ok()) << compiled.status().message();
  std::ofstream(dir / "indicators" / "r8.yaml", std::ios::app) << "  colour: red\n";
  EXPECT_EQ(load_framework(dir.string()).status().message(),
            (dir / "indicators" / "r8.yaml").string() + ":12:11: unknown field 'colour' in indicator (expected id, "
                                                        "recommendations, kind, severity, confidence, message, rationale, "
                                                        "suggestion, terms, detect, lowered_by, effect, when_any, "
                                                        "unless_any or examples)");
  fs::remove_all(dir);
  EXPECT_EQ(load_framework(dir.string()).status().code(), Status::Code::not_found);
}

}  // namespace
}  // namespace rightscheck
