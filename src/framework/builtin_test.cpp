// The built-in framework loads, compiles, and every indicator's example
// sentences behave as written.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "rightscheck/engine.h"
#include "rightscheck/framework.h"

namespace rightscheck {
namespace {

TEST(BuiltinFramework, ListsFoc2016) {
  std::vector<std::string> ids = builtin_framework_ids();
  EXPECT_NE(std::find(ids.begin(), ids.end(), "foc-2016"), ids.end());
  EXPECT_EQ(builtin_framework("no-such-framework").status().code(), Status::Code::not_found);
}

TEST(BuiltinFramework, LoadsThirteenRecommendations) {
  Result<Framework> framework = builtin_framework();
  ASSERT_TRUE(framework.is_ok()) << framework.status().message();
  EXPECT_EQ(framework->id, "foc-2016");
  ASSERT_EQ(framework->recommendations.size(), 13u);
  for (int n = 1; n <= 13; ++n) EXPECT_NE(framework->find_recommendation(n), nullptr) << n;
  EXPECT_GE(framework->indicators.size(), 8u);
}

TEST(BuiltinFramework, EveryIndicatorIsDocumentedAndHasExamples) {
  Result<Framework> framework = builtin_framework();
  ASSERT_TRUE(framework.is_ok()) << framework.status().message();
  for (const Indicator& indicator : framework->indicators) {
    SCOPED_TRACE(indicator.id);
    EXPECT_FALSE(indicator.rationale.empty());
    EXPECT_FALSE(indicator.suggestion.empty());
    EXPECT_GE(indicator.must_match.size(), 2u);
    EXPECT_GE(indicator.must_not_match.size(), 2u);
  }
}

TEST(BuiltinFramework, EveryIndicatorSpeaksEveryLanguage) {
  Result<Framework> framework = builtin_framework();
  ASSERT_TRUE(framework.is_ok()) << framework.status().message();
  EXPECT_EQ(framework->languages, (std::vector<std::string>{"en", "fr", "es"}));
  for (const Recommendation& recommendation : framework->recommendations) {
    for (const char* language : {"fr", "es"}) {
      EXPECT_NE(recommendation.text_in(language), recommendation.text) << "R" << recommendation.number << " " << language;
    }
  }
  for (const Indicator& indicator : framework->indicators) {
    for (const char* language : {"fr", "es"}) {
      SCOPED_TRACE(indicator.id + " in " + language);
      auto text = indicator.translations.find(language);
      ASSERT_NE(text, indicator.translations.end()) << "no message, rationale and suggestion";
      EXPECT_FALSE(text->second.message.empty());
      EXPECT_FALSE(text->second.rationale.empty());
      EXPECT_FALSE(text->second.suggestion.empty());
      auto in_language = [&](const std::vector<Example>& examples) {
        return std::count_if(examples.begin(), examples.end(), [&](const Example& e) { return e.language == language; });
      };
      EXPECT_GE(in_language(indicator.must_match), 2);
      EXPECT_GE(in_language(indicator.must_not_match), 2);
    }
  }
}

TEST(BuiltinFramework, EveryExampleSentenceBehavesAsWritten) {
  Result<Framework> framework = builtin_framework();
  ASSERT_TRUE(framework.is_ok()) << framework.status().message();
  Result<CompiledFramework> compiled = compile(framework.value());
  ASSERT_TRUE(compiled.is_ok()) << compiled.status().message();
  std::vector<ExampleFailure> failures = check_examples(compiled.value());
  for (const ExampleFailure& failure : failures) ADD_FAILURE() << failure.message();
}

TEST(BuiltinFramework, MatchesTheFrameworkFolderOnDisk) {
  Result<Framework> on_disk = load_framework(std::string(RIGHTSCHECK_SOURCE_DIR) + "/frameworks/foc-2016");
  ASSERT_TRUE(on_disk.is_ok()) << on_disk.status().message();
  Result<Framework> built_in = builtin_framework();
  ASSERT_TRUE(built_in.is_ok());
  ASSERT_EQ(on_disk->indicators.size(), built_in->indicators.size());
  for (std::size_t i = 0; i < on_disk->indicators.size(); ++i) {
    EXPECT_EQ(on_disk->indicators[i].id, built_in->indicators[i].id);
  }
}

}  // namespace
}  // namespace rightscheck
