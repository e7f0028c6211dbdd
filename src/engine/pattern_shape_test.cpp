#include "engine/pattern_shape.h"

#include <gtest/gtest.h>

#include "engine/pattern_set.h"

namespace rightscheck {
namespace {

std::vector<LiteralForm> forms_of(std::string_view term, std::size_t limit = 100) {
  return literal_forms(PatternSet::expression_for(term), limit).value_or(std::vector<LiteralForm>{});
}

LiteralForm phrase(std::string text) { return {std::move(text), false, false}; }
LiteralForm stem(std::string text, bool grows = false) { return {std::move(text), true, grows}; }

TEST(PatternShape, FinitePhrasesBecomeEveryLiteralTheyMatch) {
  EXPECT_EQ(forms_of("(?:interception|production) orders?"),
            (std::vector<LiteralForm>{phrase("interception orders"), phrase("interception order"),
                                      phrase("production orders"), phrase("production order")}));
  EXPECT_EQ(forms_of("authori[sz]ed\\.|r\\-?x"),
            (std::vector<LiteralForm>{phrase("authorised."), phrase("authorized."), phrase("r-x"), phrase("rx")}));
}

TEST(PatternShape, WordStemsRunToTheEndOfTheirWord) {
  EXPECT_EQ(forms_of("(?:issu|grant)\\w*"), (std::vector<LiteralForm>{stem("issu"), stem("grant")}));
  EXPECT_EQ(forms_of("investigat\\w+|warrants?"),
            (std::vector<LiteralForm>{stem("investigat", true), phrase("warrants"), phrase("warrant")}));
  EXPECT_EQ(forms_of("(?:protect(?:s|ed)?|safeguard\\w*)"),
            (std::vector<LiteralForm>{phrase("protects"), phrase("protected"), phrase("protect"), stem("safeguard")}));
}

TEST(PatternShape, WhatIsNotAFiniteListStaysARegularExpression) {
  for (std::string_view term : {"data (?:\\w+ ){0,3}held", "collect\\w* data", "\\w+ days", "[a-z]+", "a.b",
                                "e-\\w*", "(?:x|)", "ca?t*", "x\\sy"}) {
    EXPECT_FALSE(literal_forms(PatternSet::expression_for(term), 100)) << term;
  }
  // Too many literals for the limit.
  EXPECT_FALSE(literal_forms(PatternSet::expression_for("[ab][ab][ab][ab]"), 15));
  EXPECT_TRUE(literal_forms(PatternSet::expression_for("[ab][ab][ab][ab]"), 16));
  // Not the shape expression_for makes.
  EXPECT_FALSE(literal_forms("warrant", 100));
}

TEST(PatternShape, ReversalReadsThePatternBackwards) {
  EXPECT_EQ(reversed_expression("\\b(?:data (?:\\w+ ){0,2}held)\\b"), "\\b(?:dleh(?: \\w+){0,2} atad)\\b");
  EXPECT_EQ(reversed_expression("(a|bc)[x-z]+?\\.d"), "d\\.[x-z]+?(?:a|cb)");
  EXPECT_EQ(reversed_expression("[]a]b|[^\\]]"), "b[]a]|[^\\]]");
}

TEST(PatternShape, LongestMatchCountsRunsOfOneClassAsTheLongestWord) {
  EXPECT_EQ(longest_match("\\b(?:data (?:\\w+ ){0,2}held)\\b", 40), 5u + 2 * 41 + 4);
  EXPECT_EQ(longest_match("(?:ab|c)?[\\w-]*x{3}", 10), 2u + 10 + 3);
  EXPECT_FALSE(longest_match("(?:ab)+", 10));
  EXPECT_FALSE(longest_match("a.*b", 10));      // may cross spaces
  EXPECT_FALSE(longest_match("a[\\w ]+b", 10));
  EXPECT_FALSE(longest_match("\\S+", 10));
  EXPECT_EQ(longest_match("a{2,}", 10), 10u);
  EXPECT_FALSE(longest_match("(?:ab){2,}", 10));
  EXPECT_FALSE(longest_match("a{99999999999999999999999}", 10));
  EXPECT_FALSE(longest_match("(a", 10));
}

TEST(PatternShape, UnknownOrBrokenSyntaxIsRefusedNotGuessed) {
  for (std::string_view pattern : {"(?<=x)y", "(?i)abc", "^abc", "abc$", "a{2", "a++", "(ab", "ab)", "[ab", "\\",
                                   "\\x41", "a\\1", "[[:alpha:]]", "*a"}) {
    EXPECT_FALSE(reversed_expression(pattern)) << pattern;
  }
  std::string deep(200, '(');
  deep += 'a' + std::string(200, ')');
  EXPECT_FALSE(reversed_expression(deep));
}

}  // namespace
}  // namespace rightscheck
