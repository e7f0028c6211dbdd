// Serialized pattern databases: round trip, fingerprints, and the databases
// this binary carries for the built-in frameworks.
#include "engine/precompiled_patterns.h"

#include <gtest/gtest.h>

namespace rightscheck {
namespace {

std::vector<std::string> expressions_of(const std::vector<std::string>& terms) {
  std::vector<std::string> out;
  for (const std::string& term : terms) out.push_back(PatternSet::expression_for(term));
  return out;
}

std::vector<std::string> quotes(const PatternSet& set, const std::string& text) {
  PatternScratch scratch;
  std::vector<TermMatch> matches;
  EXPECT_TRUE(set.scan(text, scratch, 1000, matches).is_ok());
  std::vector<std::string> out;
  for (const TermMatch& m : matches) out.push_back(std::to_string(m.pattern) + ":" + text.substr(m.start, m.end - m.start));
  return out;
}

TEST(PrecompiledPatterns, SerializedDatabaseMatchesLikeTheCompiledOne) {
  // The third is compiled for ends only and its start recovered.
  std::vector<std::string> expressions =
      expressions_of({"decrypt\\w*", "personal data", "keys?(?: held)?", "passwords? (?:\\w+ ){0,3}to disclose"});
  ASSERT_TRUE(PatternSet::recovers_starts(expressions[3]));
  const std::string text = "DECRYPTION of Personal\n Data and the key held by; a password he is required to disclose";
  PatternError error;
  for (bool portable : {false, true}) {
    auto compiled = PatternSet::compile(expressions, error, portable);
    ASSERT_TRUE(compiled) << error.reason;
    std::string bytes = compiled->serialize();
    ASSERT_FALSE(bytes.empty());
    auto loaded = PatternSet::deserialize(bytes, expressions);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->size(), 4u);
    EXPECT_EQ(quotes(*loaded, text), quotes(*compiled, text));
    EXPECT_EQ(quotes(*loaded, text), (std::vector<std::string>{"0:DECRYPTION", "1:Personal\n Data", "2:key held",
                                                               "3:password he is required to disclose"}));
  }
}

TEST(PrecompiledPatterns, GarbageIsRejectedNotTrusted) {
  EXPECT_FALSE(PatternSet::deserialize("not a database at all", expressions_of({"warrant"})));
  PatternError error;
  auto compiled = PatternSet::compile(expressions_of({"warrant"}), error);
  std::string bytes = compiled->serialize();
  EXPECT_FALSE(PatternSet::deserialize(std::string_view(bytes).substr(0, bytes.size() / 2), expressions_of({"warrant"})));
}

TEST(PrecompiledPatterns, FingerprintCoversEveryExpressionAndItsOrder) {
  std::vector<std::string> a = expressions_of({"judge", "court"});
  std::vector<std::string> b = expressions_of({"court", "judge"});
  std::vector<std::string> c = expressions_of({"judge", "courts"});
  std::vector<std::string> d = expressions_of({"judgecourt"});
  EXPECT_EQ(PatternSet::fingerprint(a), PatternSet::fingerprint(expressions_of({"judge", "court"})));
  EXPECT_EQ(PatternSet::fingerprint(a).size(), 64u);
  EXPECT_NE(PatternSet::fingerprint(a), PatternSet::fingerprint(b));
  EXPECT_NE(PatternSet::fingerprint(a), PatternSet::fingerprint(c));
  EXPECT_NE(PatternSet::fingerprint({"ab", "c"}), PatternSet::fingerprint({"a", "bc"}));
  EXPECT_NE(PatternSet::fingerprint(a), PatternSet::fingerprint(d));
  EXPECT_NE(PatternSet::fingerprint(a, {0, 1}), PatternSet::fingerprint(a, {0, 2}));
}

TEST(PrecompiledPatterns, BuiltinFrameworkLoadsItsBuildTimeDatabase) {
  ASSERT_GE(precompiled_pattern_set_count(), 1u) << "the test binary is linked with the generated databases";
  Result<Framework> framework = builtin_framework("foc-2016");
  ASSERT_TRUE(framework.is_ok()) << framework.status().message();
  Result<std::vector<LanguagePatterns>> groups = pattern_expressions(framework.value());
  ASSERT_TRUE(groups.is_ok());
  ASSERT_EQ(groups.value().size(), framework.value().languages.size()) << "one database per language";
  for (const LanguagePatterns& group : groups.value()) {
    auto set = precompiled_pattern_set(group);
    ASSERT_TRUE(set) << group.language;
    EXPECT_EQ(set->size(), group.expressions.size());
  }

  // Any change to the pattern list: no database, so compile() compiles.
  LanguagePatterns changed = groups.value().front();
  changed.expressions.push_back(PatternSet::expression_for("a term added after the build"));
  changed.ids.push_back(1'000'000);
  EXPECT_FALSE(precompiled_pattern_set(changed));
  changed.expressions.pop_back();
  changed.ids.pop_back();
  std::swap(changed.expressions.front(), changed.expressions.back());
  EXPECT_FALSE(precompiled_pattern_set(changed));
}

TEST(PrecompiledPatterns, SmallFrameworksStillCompile) {
  EXPECT_FALSE(precompiled_pattern_set({"en", expressions_of({"decrypt\\w*"}), {0}}));
}

}  // namespace
}  // namespace rightscheck
