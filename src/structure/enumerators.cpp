#include "structure/enumerators.h"

#include <cctype>

namespace rightscheck::structure {
namespace {

bool all_of(std::string_view s, int (*pred)(int)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!pred(static_cast<unsigned char>(c))) return false;
  return true;
}

std::size_t skip_blanks(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

// An enumerator must be followed by a blank or end the line; "(a)b" is not one.
bool ends_cleanly(std::string_view text, std::size_t i) {
  return i >= text.size() || text[i] == ' ' || text[i] == '\t';
}

int number_prefix(std::string_view s, std::size_t& digits) {
  int value = 0;
  digits = 0;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits])) && digits < 6) {
    value = value * 10 + (s[digits] - '0');
    ++digits;
  }
  return value;
}

bool is_roman_token(std::string_view s) { return roman_value(s) > 0; }

// Classifies the inside of a bracketed or closing label.
std::optional<Enumerator> classify(std::string_view token, bool closing_only) {
  Enumerator e;
  e.label = std::string(token);
  std::size_t digits = 0;
  int number = number_prefix(token, digits);
  if (digits > 0) {
    std::string_view suffix = token.substr(digits);
    if (suffix.size() > 2 || !(suffix.empty() || all_of(suffix, std::isupper))) return std::nullopt;
    e.style = closing_only ? EnumStyle::close_number : EnumStyle::paren_number;
    e.ordinal = suffix.empty() ? number : 0;
    return e;
  }
  if (token.size() > 4) return std::nullopt;
  if (all_of(token, std::islower)) {
    if (closing_only) {
      if (token.size() != 1) return std::nullopt;
      e.style = EnumStyle::close_lower;
      e.ordinal = letter_ordinal(token);
      return e;
    }
    bool roman = is_roman_token(token);
    int letter = letter_ordinal(token);
    if (roman && (letter == 0 || token.size() == 1)) {
      e.style = EnumStyle::paren_lower_roman;
      e.ordinal = roman_value(token);
      e.roman_or_letter = letter > 0;
      return e;
    }
    e.style = EnumStyle::paren_lower;
    e.ordinal = letter;
    return e;
  }
  if (all_of(token, std::isupper) && !closing_only) {
    bool roman = is_roman_token(token);
    int letter = letter_ordinal(token);
    if (roman && (letter == 0 || token.size() == 1)) {
      e.style = EnumStyle::paren_upper_roman;
      e.ordinal = roman_value(token);
      e.roman_or_letter = letter > 0;
      return e;
    }
    e.style = EnumStyle::paren_upper;
    e.ordinal = letter;
    return e;
  }
  return std::nullopt;
}

}  // namespace

int roman_value(std::string_view s) {
  if (s.empty() || s.size() > 7) return 0;
  auto digit = [](char c) {
    switch (std::tolower(static_cast<unsigned char>(c))) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      case 'l': return 50;
      case 'c': return 100;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    int v = digit(s[i]);
    if (v == 0) return 0;
    int next = i + 1 < s.size() ? digit(s[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  // Reject non-canonical spellings ("iiii", "vv", "ic") by writing it back.
  static const char* ones[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  static const char* tens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
  if (total <= 0 || total >= 100) return 0;
  std::string canonical = std::string(tens[total / 10]) + ones[total % 10];
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return canonical == lower ? total : 0;
}

int letter_ordinal(std::string_view s) {
  if (s.size() != 1 || !std::isalpha(static_cast<unsigned char>(s[0]))) return 0;
  return std::tolower(static_cast<unsigned char>(s[0])) - 'a' + 1;
}

Enumerator as_alternative(const Enumerator& e) {
  Enumerator alt = e;
  alt.roman_or_letter = false;
  switch (e.style) {
    case EnumStyle::paren_lower_roman: alt.style = EnumStyle::paren_lower; alt.ordinal = letter_ordinal(e.label); break;
    case EnumStyle::paren_upper_roman: alt.style = EnumStyle::paren_upper; alt.ordinal = letter_ordinal(e.label); break;
    default: break;
  }
  return alt;
}

std::optional<Enumerator> parse_enumerator(std::string_view text, bool allow_dot_number) {
  if (text.empty()) return std::nullopt;
  if (text[0] == '(') {
    std::size_t close = text.find(')');
    if (close == std::string_view::npos || close < 2 || close > 6) return std::nullopt;
    if (!ends_cleanly(text, close + 1)) return std::nullopt;
    auto e = classify(text.substr(1, close - 1), false);
    if (!e) return std::nullopt;
    e->length = skip_blanks(text, close + 1);
    return e;
  }
  // "1°" (the degree sign is two bytes in UTF-8), also written "1º".
  std::size_t digits = 0;
  int number = number_prefix(text, digits);
  if (digits > 0 && text.size() >= digits + 2 &&
      ((text.substr(digits, 2) == "\xC2\xB0") || (text.substr(digits, 2) == "\xC2\xBA"))) {
    if (!ends_cleanly(text, digits + 2)) return std::nullopt;
    Enumerator e;
    e.style = EnumStyle::degree;
    e.label = std::string(text.substr(0, digits)) + "\xC2\xB0";
    e.ordinal = number;
    e.length = skip_blanks(text, digits + 2);
    return e;
  }
  // "a)" and "1)".
  std::size_t close = text.find(')');
  if (close != std::string_view::npos && close >= 1 && close <= 3 && ends_cleanly(text, close + 1) &&
      text.find('(') > close) {
    auto e = classify(text.substr(0, close), true);
    if (e) {
      e->length = skip_blanks(text, close + 1);
      return e;
    }
  }
  // "II. –" / "II. -" / "II.—".
  std::size_t dot = text.find('.');
  if (dot != std::string_view::npos && dot >= 1 && dot <= 6 && all_of(text.substr(0, dot), std::isupper) &&
      roman_value(text.substr(0, dot)) > 0) {
    std::size_t i = skip_blanks(text, dot + 1);
    std::string_view rest = text.substr(i);
    std::size_t dash = 0;
    if (rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94") dash = 3;
    else if (!rest.empty() && rest[0] == '-') dash = 1;
    if (dash > 0) {
      Enumerator e;
      e.style = EnumStyle::roman_dash;
      e.label = std::string(text.substr(0, dot));
      e.ordinal = roman_value(e.label);
      e.length = skip_blanks(text, i + dash);
      return e;
    }
  }
  if (allow_dot_number && digits > 0 && digits <= 3 && text.size() > digits && text[digits] == '.' &&
      ends_cleanly(text, digits + 1)) {
    Enumerator e;
    e.style = EnumStyle::dot_number;
    e.label = std::string(text.substr(0, digits));
    e.ordinal = number;
    e.length = skip_blanks(text, digits + 1);
    return e;
  }
  return std::nullopt;
}

}  // namespace rightscheck::structure
