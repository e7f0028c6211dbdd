// Enumerators: the labels that open a subdivision of a provision — "(1)",
// "(b)", "(iv)", "(A)", "a)", "1°", "II. –", "1." — and the order rules that
// tell a real enumerator from a reference that a line break happened to put
// at the start of a line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rightscheck::structure {

enum class EnumStyle {
  paren_number,       // (1) (2) (1A)
  paren_lower,        // (a) (b) (aa)
  paren_lower_roman,  // (i) (ii)
  paren_upper,        // (A) (B)
  paren_upper_roman,  // (I) (II)
  close_lower,        // a) b)        (Spanish, French)
  close_number,       // 1) 2)
  degree,             // 1° 2°        (French)
  roman_dash,         // I. – II. –   (French)
  dot_number,         // 1. 2.        (paragraphs of an article)
};

struct Enumerator {
  EnumStyle style = EnumStyle::paren_number;
  std::string label;       // as it goes into an anchor: "1", "b", "iv", "3°", "II", "1A"
  int ordinal = 0;         // 1-based position; 0 when the label is an insertion ("aa", "1A")
  std::size_t length = 0;  // bytes consumed, including the following blanks
  // A single-letter lower/upper label that is also a roman numeral ("i",
  // "v", "x"): the parser decides from context which it is.
  bool roman_or_letter = false;
};

// Parses an enumerator at the start of text. dot_number is only recognised
// when allow_dot_number is true (inside an article). Returns nothing when
// text does not start with one followed by a blank or the end.
std::optional<Enumerator> parse_enumerator(std::string_view text, bool allow_dot_number);

// The same label read as the other reading of a roman_or_letter label.
Enumerator as_alternative(const Enumerator& e);

// Value of a roman numeral in lower or upper case; 0 if it is not one.
int roman_value(std::string_view s);

// Ordinal of a letter label: "a" = 1 … "z" = 26; 0 for multi-letter labels.
int letter_ordinal(std::string_view s);

}  // namespace rightscheck::structure
