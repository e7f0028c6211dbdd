#include "engine/sentences.h"

#include <gtest/gtest.h>

namespace rightscheck {
namespace {

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Evidence& s : sentences_in(text, {0, text.size()})) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(Sentences, SplitsAtFullStopsButNotCitationsOrAbbreviations) {
  EXPECT_EQ(sentences("The Minister may act under s. 12. A judge must agree, e.g. in writing. Done"),
            (std::vector<std::string>{"The Minister may act under s. 12.", "A judge must agree, e.g. in writing.", "Done"}));
  EXPECT_EQ(sentences("See Art. 3 and No. 4 of 2020. Then (a) apply."),
            (std::vector<std::string>{"See Art. 3 and No. 4 of 2020.", "Then (a) apply."}));
  EXPECT_EQ(sentences("Values such as 2.5 per cent. apply"), (std::vector<std::string>{"Values such as 2.5 per cent. apply"}));
}

TEST(Sentences, BlankLinesEndSentences) {
  EXPECT_EQ(sentences("Heading without stop\n\n  Body text here.\n"),
            (std::vector<std::string>{"Heading without stop", "Body text here."}));
}

TEST(Sentences, SentenceAroundAnOffset) {
  std::string text = "First one. Second one.";
  Evidence s = sentence_around(text, {0, text.size()}, text.find("Second"));
  EXPECT_EQ(text.substr(s.start, s.end - s.start), "Second one.");
}

TEST(Words, CountsWordsBetweenSpansInEitherOrder) {
  std::string text = "a warrant issued by a judge";
  Evidence warrant{text.find("warrant"), text.find("warrant") + 7};
  Evidence judge{text.find("judge"), text.size()};
  EXPECT_EQ(words_between(text, warrant, judge), 3u);
  EXPECT_EQ(words_between(text, judge, warrant), 3u);
  EXPECT_EQ(words_in("Données d'accès, art. 5", {0, 26}).size(), 4u);
}

TEST(Words, NonAsciiPunctuationSeparatesWords) {
  std::string text = "may\xE2\x80\x94(a) the Minister\xE2\x80\x99s\xC2\xA0\xC2\xA7 5";
  std::vector<std::string> lower;
  for (const Word& w : words_in(text, {0, text.size()})) lower.push_back(w.lower);
  EXPECT_EQ(lower, (std::vector<std::string>{"may", "a", "the", "minister's", "5"}));
}

}  // namespace
}  // namespace rightscheck
