// Word and sentence boundaries.
#include "engine/sentences.h"

#include "engine/scan_text.h"

#include <algorithm>
#include <array>

namespace rightscheck {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Words after which a full stop is part of an abbreviation, not a sentence
// end: citations ("s. 12", "Art. 3", "No. 4") and Latin shorthand.
bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 40> kAbbreviations = {
      "s",   "ss",  "no",  "nos", "art", "arts", "para", "paras", "sec", "secs", "cl",  "reg", "regs", "sch", "pt",
      "ch",  "cap", "vol", "p",   "pp",  "cf",   "e.g",  "i.e",   "eg",  "ie",   "viz", "mr",  "dr",   "st",  "v",
      // French and Spanish citations: "al. 2", "n° 5", "inc. b", "núm. 3".
      "al",  "alin", "inc", "num", "n", "ord", "sr", "sra", "dto", "lit"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

bool opens_sentence(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '(' || c == '"' || c == '\'' || c == '[' ||
         c >= 0x80;  // curly quotes and capital accented letters
}

// Bytes of a UTF-8 separator at i: punctuation and spaces outside ASCII
// that must not glue words together ("may—", "Minister’s", "§ 5", NBSP).
// General Punctuation (U+2000–U+206F) and Latin-1 symbols (U+0080–U+00BF)
// are separators; 0 means text[i] does not start one.
std::size_t separator_length(std::string_view text, std::size_t i, std::size_t end) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == 0xC2 && i + 1 < end) return 2;
  if (c == 0xE2 && i + 2 < end) {
    unsigned char next = static_cast<unsigned char>(text[i + 1]);
    if (next == 0x80 || next == 0x81) return 3;
  }
  return 0;
}

bool is_curly_apostrophe(std::string_view text, std::size_t i) {
  return text.compare(i, 3, "\xE2\x80\x99") == 0;
}

}  // namespace

std::vector<Word> words_in(std::string_view text, Evidence span) {
  std::vector<Word> words;
  std::size_t end = std::min(span.end, text.size());
  std::size_t i = span.start;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!is_word_byte(c) || separator_length(text, i, end) > 0) {
      std::size_t skip = separator_length(text, i, end);
      i += skip > 0 ? skip : 1;
      continue;
    }
    Word word;
    word.start = i;
    while (i < end) {
      c = static_cast<unsigned char>(text[i]);
      // An apostrophe between letters belongs to the word: "provider's".
      std::size_t apostrophe = c == '\'' ? 1 : (is_curly_apostrophe(text, i) ? 3 : 0);
      if (apostrophe > 0 && i + apostrophe < end && is_word_byte(static_cast<unsigned char>(text[i + apostrophe])) &&
          separator_length(text, i + apostrophe, end) == 0) {
        word.lower.append(text.substr(i, apostrophe));
        i += apostrophe;
        continue;
      }
      if (!is_word_byte(c) || separator_length(text, i, end) > 0) break;
      word.lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      ++i;
    }
    word.end = i;
    if (std::any_of(word.lower.begin(), word.lower.end(), [](char b) { return static_cast<unsigned char>(b) >= 0x80; })) {
      // "Être", "déchiffrement", "l’autorité": compared without accents.
      word.lower = fold_accents(word.lower);
      for (char& b : word.lower) b = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    }
    words.push_back(std::move(word));
  }
  return words;
}

std::size_t words_between(std::string_view text, Evidence a, Evidence b) {
  if (b.start < a.start) std::swap(a, b);
  if (b.start <= a.end) return 0;
  return words_in(text, {a.end, b.start}).size();
}

std::vector<Evidence> sentences_in(std::string_view text, Evidence span) {
  std::vector<Evidence> sentences;
  std::size_t end = std::min(span.end, text.size());
  std::size_t start = span.start;
  auto close = [&](std::size_t stop) {
    std::size_t s = start;
    std::size_t e = stop;
    while (s < e && is_space(static_cast<unsigned char>(text[s]))) ++s;
    while (e > s && is_space(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > s) sentences.push_back({s, e});
  };
  for (std::size_t i = start; i < end; ++i) {
    char c = text[i];
    if (c == '\n') {
      std::size_t j = i + 1;
      while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < end && text[j] == '\n') {  // blank line
        close(i);
        start = j;
        i = j;
      }
      continue;
    }
    if (c != '.' && c != '?' && c != '!') continue;
    std::size_t j = i + 1;
    while (j < end && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;  // closing quote or bracket
    if (j < end && !is_space(static_cast<unsigned char>(text[j]))) continue;
    std::size_t next = j;
    while (next < end && is_space(static_cast<unsigned char>(text[next]))) ++next;
    if (next < end && !opens_sentence(static_cast<unsigned char>(text[next]))) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && (is_word_byte(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.')) --w;
      if (is_abbreviation(text.substr(w, i - w))) continue;
    }
    close(j);
    start = j;
  }
  close(end);
  return sentences;
}

namespace {

// Whether a blank line ends at text[at] (a line break with only blanks
// between it and the line break before it), at or after `from`.
bool ends_blank_line(std::string_view text, std::size_t from, std::size_t at) {
  if (text[at] != '\n') return false;
  for (std::size_t i = at; i > from;) {
    char c = text[--i];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return false;
}

// How far sentence_around looks either way for a blank line.
constexpr std::size_t kParagraphReach = 32 * 1024;

}  // namespace

Evidence sentence_around(std::string_view text, Evidence span, std::size_t offset) {
  // Splitting restarts at every blank line, so only the paragraph around
  // offset needs splitting: the same sentences as splitting the whole span,
  // without reading a long provision once per call. A paragraph longer than
  // kParagraphReach is cut there.
  Evidence paragraph{span.start, std::min(span.end, text.size())};
  offset = std::clamp(offset, paragraph.start, paragraph.end);
  const std::size_t back = offset > paragraph.start + kParagraphReach ? offset - kParagraphReach : paragraph.start;
  for (std::size_t i = offset; i > back;) {
    if (ends_blank_line(text, back, --i)) {
      paragraph.start = i;
      break;
    }
  }
  if (paragraph.start < back) paragraph.start = back;
  const std::size_t ahead = std::min(paragraph.end, offset + kParagraphReach);
  for (std::size_t i = offset; i < ahead; ++i) {
    if (i > paragraph.start && ends_blank_line(text, paragraph.start, i)) {
      paragraph.end = i + 1;
      break;
    }
  }
  if (paragraph.end > ahead && ahead < span.end) paragraph.end = ahead;
  std::vector<Evidence> sentences = sentences_in(text, paragraph);
  if (sentences.empty()) return paragraph;
  Evidence best = sentences.front();
  for (const Evidence& sentence : sentences) {
    if (sentence.start <= offset) best = sentence;
  }
  return best;
}

}  // namespace rightscheck
