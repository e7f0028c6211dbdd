// Language layers: <lang>/terms and <lang>/indicators over the base files.
#include <gtest/gtest.h>

#include "rightscheck/document.h"
#include "rightscheck/engine.h"
#include "rightscheck/framework.h"

namespace rightscheck {
namespace {

const char* kManifest = R"(id: layered
version: "1"
title: Layered
languages: [en, fr]
recommendations:
  - number: 8
    text: Encryption matters.
    translations:
      fr: Le chiffrement compte.
)";

const char* kBase = R"(- id: R8.decrypt
  recommendations: [8]
  kind: risk
  severity: high
  message: Order to decrypt
  rationale: r
  suggestion: s
  terms:
    verb: [order\w*]
  detect:
    all:
      - modality: {of: verb, is: [power]}
      - match: decrypt
  examples:
    must_match: [The Minister may order decryption.]
    must_not_match: [Nobody may be ordered to hand over anything.]
)";

const char* kBaseTerms = "decrypt: [decrypt\\w*]\n";

const char* kFrench = R"(- id: R8.decrypt
  message: Ordre de déchiffrer
  rationale: r-fr
  suggestion: s-fr
  terms:
    verb: [ordonn\w*, enjoindre]
  examples:
    must_match: [Le ministre peut ordonner le déchiffrement des données.]
    must_not_match: [Nul ne peut être contraint au déchiffrement.]
)";

const char* kFrenchTerms = "decrypt: [déchiffr\\w*, décrypt\\w*]\n";

Result<Framework> layered(const std::string& french = kFrench, const std::string& manifest = kManifest,
                          const std::string& french_folder = "fr") {
  return parse_framework({{"framework.yaml", manifest},
                          {"indicators/base.yaml", kBase},
                          {"terms/common.yaml", kBaseTerms},
                          {french_folder + "/indicators/base.yaml", french},
                          {french_folder + "/terms/common.yaml", kFrenchTerms}},
                         "test");
}

TEST(LanguageLayer, MergesTermsTextsAndExamplesByLanguage) {
  Result<Framework> framework = layered();
  ASSERT_TRUE(framework.is_ok()) << framework.status().message();
  const Indicator& indicator = framework->indicators.at(0);
  EXPECT_EQ(indicator.text_in("fr").message, "Ordre de déchiffrer");
  EXPECT_EQ(indicator.text_in("es").message, "Order to decrypt") << "no Spanish: the base text";
  EXPECT_EQ(framework->recommendations.at(0).text_in("fr"), "Le chiffrement compte.");
  ASSERT_EQ(indicator.must_match.size(), 2u);
  EXPECT_EQ(indicator.must_match[1].language, "fr");
  EXPECT_EQ(indicator.term_sets.at(0).terms.size(), 3u);
  EXPECT_EQ(indicator.term_sets.at(0).terms.at(2).language, "fr");
  EXPECT_EQ(framework->term_sets.at(0).terms.size(), 3u);

  Result<CompiledFramework> compiled = compile(framework.value());
  ASSERT_TRUE(compiled.is_ok()) << compiled.status().message();
  EXPECT_TRUE(check_examples(compiled.value()).empty());
  EXPECT_EQ(framework->in_language("fr").indicators.at(0).rationale, "r-fr");
}

TEST(LanguageLayer, EachLanguageIsMatchedOnlyWithItsOwnTerms) {
  Result<CompiledFramework> compiled = compile(layered().value());
  ASSERT_TRUE(compiled.is_ok());
  auto finds = [&](const std::string& text, const std::string& language) {
    Document document = example_document(text, language);
    Assessment assessment = evaluate(compiled.value(), document);
    return assessment.findings.empty() ? std::string() : assessment.findings.front().message;
  };
  EXPECT_EQ(finds("Le ministre peut ordonner le DÉCHIFFREMENT.", "fr"), "Ordre de déchiffrer");
  EXPECT_EQ(finds("Le ministre peut order decryption.", "fr"), "") << "English words in a French text";
  EXPECT_EQ(finds("The Minister may order decryption.", "en"), "Order to decrypt");
}

TEST(LanguageLayer, AProvisionInAnotherLanguageIsMatchedWithThatLanguage) {
  Result<CompiledFramework> compiled = compile(layered().value());
  ASSERT_TRUE(compiled.is_ok());
  const std::string english = "The Minister may order decryption of any message.";
  const std::string french = "Le ministre peut ordonner le déchiffrement de tout message.";
  Document document = example_document(english + "\n\n" + french, "en");
  document.provisions.front().end = english.size();
  Provision second = document.provisions.front();
  second.anchor = "s. 2";
  second.start = english.size() + 2;
  second.end = document.text.utf8.size();
  second.language = "fr";
  document.provisions.push_back(second);
  Assessment assessment = evaluate(compiled.value(), document);
  ASSERT_EQ(assessment.findings.size(), 2u);
  EXPECT_EQ(assessment.findings[0].provision, 0);
  EXPECT_EQ(assessment.findings[1].provision, 1);
  EXPECT_EQ(document.text.utf8.substr(assessment.findings[1].evidence.back().start, 14), "déchiffrement");
}

TEST(LanguageLayer, ErrorsNameTheFile) {
  std::string unknown = kFrench;
  unknown.replace(unknown.find("R8.decrypt"), 10, "R8.nothing");
  EXPECT_EQ(layered(unknown).status().message().substr(0, 64),
            "test/fr/indicators/base.yaml:1:7: unknown indicator 'R8.nothing'");
  std::string unlisted = kManifest;
  unlisted.replace(unlisted.find("[en, fr]"), 8, "[en]");
  EXPECT_NE(layered(kFrench, unlisted).status().message().find("translation into 'fr', which is not one of"),
            std::string::npos);
  unlisted.erase(unlisted.find("    translations:"));
  EXPECT_NE(layered(kFrench, unlisted).status().message().find("language folder 'fr' is not one of"),
            std::string::npos);
  std::string twice = std::string(kFrench) + kFrench;
  EXPECT_NE(layered(twice).status().message().find("already given in language fr"), std::string::npos);
  std::string stray = std::string(kFrench) + "  severity: low\n";
  EXPECT_NE(layered(stray).status().message().find("unknown field 'severity'"), std::string::npos);
}

}  // namespace
}  // namespace rightscheck
