#include "engine/pattern_set.h"

#include <gtest/gtest.h>

namespace rightscheck {
namespace {

std::vector<std::string> scan(const std::vector<std::string>& terms, const std::string& text) {
  std::vector<std::string> expressions;
  for (const std::string& term : terms) expressions.push_back(PatternSet::expression_for(term));
  PatternError error;
  auto set = PatternSet::compile(expressions, error);
  EXPECT_TRUE(set) << error.reason;
  PatternScratch scratch;
  std::vector<TermMatch> matches;
  EXPECT_TRUE(set->scan(text, scratch, 1000, matches).is_ok());
  std::vector<std::string> quotes;
  for (const TermMatch& m : matches) quotes.push_back(std::to_string(m.pattern) + ":" + text.substr(m.start, m.end - m.start));
  return quotes;
}

TEST(PatternSet, CaselessWordBoundedWithFlexibleSpaces) {
  EXPECT_EQ(scan({"decrypt\\w*", "personal data"}, "DECRYPTION of Personal\n   Data, not undecrypted"),
            (std::vector<std::string>{"0:DECRYPTION", "1:Personal\n   Data"}));
}

TEST(PatternSet, OneMatchPerOccurrenceTheLongest) {
  EXPECT_EQ(scan({"keys?(?: held)?"}, "the key held by"), (std::vector<std::string>{"0:key held"}));
}

TEST(PatternSet, AccentsFoldBothWaysAndOffsetsStayOriginal) {
  EXPECT_EQ(scan({"données"}, "DONNÉES"), (std::vector<std::string>{"0:DONNÉES"}));
  EXPECT_EQ(scan({"dechiffrement"}, "le déchiffrement"), (std::vector<std::string>{"0:déchiffrement"}));
  EXPECT_EQ(scan({"l'autorité judiciaire"}, "de l’autorité\u00a0 judiciaire."),
            (std::vector<std::string>{"0:l’autorité\u00a0 judiciaire"}));
}

TEST(PatternSet, StartsOfWordRunPatternsAreRecovered) {
  // Several ends of one pattern and an accent before the match.
  EXPECT_EQ(scan({"clés? (?:\\w+ ){0,4}remis\\w*"}, "é la clé doit être remise, la clé est remise"),
            (std::vector<std::string>{"0:clé doit être remise", "0:clé est remise"}));
}

TEST(PatternSet, LiteralsKeepWordBoundariesAndStemsMustGrowWhenTheySaySo) {
  EXPECT_EQ(scan({"intercept\\w+", "data", "e-mail", "(?:the )?act"},
                 "intercept interception metadata data-set E-Mail; the Act, acts"),
            (std::vector<std::string>{"0:interception", "1:data", "2:E-Mail", "3:the Act"}));
}

TEST(PatternSet, StartsComeFromIcuWhenAPatternCannotBeReadBackwards) {
  // \x41 is outside what pattern_shape reads, so neither literals nor a
  // reversal: the ICU twin finds the start.
  EXPECT_EQ(scan({"\\x41\\w* (?:\\w+ ){0,2}end"}, "xx alpha beta end"), (std::vector<std::string>{"0:alpha beta end"}));
}

TEST(PatternSet, ExpressionKeepsSpacesInsideClassesAndEscapes) {
  EXPECT_EQ(PatternSet::expression_for("a [ ]b\\ c d"), "\\b(?:a [ ]b\\ c d)\\b");
  EXPECT_EQ(PatternSet::expression_for("accès  à"), "\\b(?:acces a)\\b");
}

TEST(PatternSet, BadPatternReportsItsIndex) {
  PatternError error;
  auto set = PatternSet::compile({PatternSet::expression_for("fine"), PatternSet::expression_for("(?<=x)y")}, error);
  EXPECT_FALSE(set);
  EXPECT_EQ(error.pattern, 1);
  EXPECT_FALSE(error.reason.empty());
}

TEST(PatternSet, MatchLimitIsReported) {
  PatternError error;
  auto set = PatternSet::compile({PatternSet::expression_for("a")}, error);
  PatternScratch scratch;
  std::vector<TermMatch> matches;
  Status status = set->scan("a a a a", scratch, 2, matches);
  EXPECT_EQ(status.code(), Status::Code::limit_exceeded);
  EXPECT_EQ(matches.size(), 2u);
}

}  // namespace
}  // namespace rightscheck
