#include "engine/sentences.h"

#include <gtest/gtest.h>

#include <cctype>

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

TEST(Sentences, SentenceAroundReadsOnlyItsParagraphButAgreesWithTheWholeSplit) {
  // Paragraphs separated by blank lines of every kind, sentences ending in
  // abbreviations, and a paragraph longer than the distance looked at.
  std::string text = "Part 1.\n\nA warrant may be issued. See s. 4 of the Act.\n \n\n\tThe judge shall decide. ";
  text += "Then it ends.\r\n\r\nNo blank line here.\nBut a line break. Fin.";
  const Evidence whole{0, text.size()};
  const std::vector<Evidence> all = sentences_in(text, whole);
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    if (std::isspace(static_cast<unsigned char>(text[offset]))) continue;
    Evidence expected = all.front();
    for (const Evidence& sentence : all) {
      if (sentence.start <= offset) expected = sentence;
    }
    Evidence found = sentence_around(text, whole, offset);
    EXPECT_EQ(text.substr(found.start, found.end - found.start), text.substr(expected.start, expected.end - expected.start))
        << "at " << offset;
  }
  std::string long_paragraph(100'000, 'a');
  long_paragraph[50'000] = ' ';
  Evidence far = sentence_around(long_paragraph, {0, long_paragraph.size()}, 50'001);
  EXPECT_GT(far.start, 0u);  // cut where the search stopped, not the whole text
  EXPECT_LT(far.end, long_paragraph.size());
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
