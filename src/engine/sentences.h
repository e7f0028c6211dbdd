// Words and sentences of legal text, as byte spans.
//
// The engine needs three cuts of a unit of text: words (to measure "within N
// words"), clauses (the reach of a modal verb; split at ';') and sentences
// (the default window of near and modality). These are deliberately simple
// and predictable rules, not a parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rightscheck/engine.h"

namespace rightscheck {

// A word: a run of ASCII letters and digits, apostrophes inside a word, and
// any non-ASCII bytes (so accented words stay whole).
struct Word {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string lower;  // ASCII-lower-cased text
};

// The words of text[span.start, span.end), in order.
std::vector<Word> words_in(std::string_view text, Evidence span);

// Number of words lying wholly between two spans (in either order); 0 when
// they touch or overlap.
std::size_t words_between(std::string_view text, Evidence a, Evidence b);

// The sentences of text[span.start, span.end). A sentence ends after '.',
// '?' or '!' followed by white space and then an upper-case letter, a digit,
// an opening bracket or quote (unless the word before the full stop is a
// known abbreviation such as "s.", "No.", "Art.", "e.g."), or at a blank
// line. Leading and trailing white space is not part of a sentence.
std::vector<Evidence> sentences_in(std::string_view text, Evidence span);

// The sentence of sentences_in(text, span) holding offset (or the nearest
// one before it).
Evidence sentence_around(std::string_view text, Evidence span, std::size_t offset);

}  // namespace rightscheck
