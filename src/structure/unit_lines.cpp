#include "structure/unit_lines.h"

#include <array>
#include <cctype>

#include "structure/enumerators.h"
#include "structure/lines.h"

namespace rightscheck::structure {
namespace {

std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

std::string trim(std::string_view s) {
  std::size_t a = skip_blanks(s, 0);
  std::size_t b = s.size();
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  return std::string(s.substr(a, b - a));
}

// Length of a dash-like separator at s[i] (em dash, en dash, hyphen, colon,
// period), 0 if none.
std::size_t separator_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") return 3;
  if (s[i] == '-' || s[i] == ':' || s[i] == '.') return 1;
  return 0;
}

// Reads a unit number: digits with up to three capital letters ("15A",
// "317ZRA"), a roman numeral ("IV", "Ier"), or a French/Spanish ordinal
// suffix ("1er", "1º"). Returns the length, 0 if none.
std::size_t number_at(std::string_view s, std::size_t i, bool allow_roman) {
  std::size_t j = i;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  if (j > i) {
    if (j - i > 5) return 0;
    std::size_t k = j;
    while (k < s.size() && k - j < 3 && std::isupper(static_cast<unsigned char>(s[k]))) ++k;
    if (k == s.size() || !std::isalpha(static_cast<unsigned char>(s[k]))) j = k;
    if (s.substr(j, 2) == "er" && (j + 2 == s.size() || !std::isalpha(static_cast<unsigned char>(s[j + 2])))) j += 2;
    else if (s.substr(j, 2) == "\xC2\xBA" || s.substr(j, 2) == "\xC2\xAA") j += 2;
    return j - i;
  }
  if (!allow_roman) return 0;
  // A lettered annex or schedule: "ANNEX A", "Schedule B".
  if (j + 1 <= s.size() && std::isupper(static_cast<unsigned char>(s[j])) &&
      std::string_view("IVXLC").find(s[j]) == std::string_view::npos &&
      (j + 1 == s.size() || !std::isalpha(static_cast<unsigned char>(s[j + 1]))))
    return 1;
  while (j < s.size() && std::string_view("IVXLC").find(s[j]) != std::string_view::npos) ++j;
  if (j == i) return 0;
  if (s.substr(j, 2) == "er") j += 2;  // "Ier"
  if (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) return 0;
  return j - i;
}

// After the number: end of line, a separator and a heading, or a run of
// blanks and an upper-case heading. Anything else (a lower-case word) means
// the line is running text that happens to start with the word.
bool read_tail(std::string_view s, std::size_t i, UnitLine& out, bool allow_spaced_heading) {
  std::size_t j = skip_blanks(s, i);
  if (j >= s.size()) return true;
  std::size_t sep = separator_at(s, j);
  if (sep > 0) {
    std::size_t k = skip_blanks(s, j + sep);
    // "II. –" style: a second separator after the first.
    std::size_t sep2 = separator_at(s, k);
    if (sep == 1 && s[j] == '.' && sep2 > 1) k = skip_blanks(s, k + sep2);
    out.heading = trim(s.substr(k));
    out.body = k;
    return true;
  }
  if (allow_spaced_heading && (std::isupper(static_cast<unsigned char>(s[j])) || static_cast<unsigned char>(s[j]) >= 0xC3)) {
    out.heading = trim(s.substr(j));
    out.body = j;
    return true;
  }
  return false;
}

struct ContainerWord {
  std::string_view word;
  std::string_view unit;
  std::string_view label;
  int rank;
  bool french_only;
};

constexpr std::array<ContainerWord, 33> kContainers{{
    {"THE SCHEDULE", "schedule", "Sch.", 10, false}, {"SCHEDULE", "schedule", "Sch.", 10, false},
    {"Schedule", "schedule", "Sch.", 10, false},     {"ANNEX", "annex", "Annex", 10, false},
    {"Annex", "annex", "Annex", 10, false},          {"ANNEXE", "annex", "Annexe", 10, false},
    {"Annexe", "annex", "Annexe", 10, false},        {"ANEXO", "annex", "Anexo", 10, false},
    {"Anexo", "annex", "Anexo", 10, false},          {"BOOK", "book", "Book", 20, false},
    {"LIVRE", "book", "Livre", 20, false},           {"TITLE", "title", "Title", 20, false},
    {"TITRE", "title", "Titre", 20, false},          {"Titre", "title", "Titre", 20, false},
    {"T\xC3\x8DTULO", "title", "T\xC3\xADtulo", 20, false}, {"T\xC3\xADtulo", "title", "T\xC3\xADtulo", 20, false},
    {"PART", "part", "Part", 30, false},             {"Part", "part", "Part", 30, false},
    {"PARTIE", "part", "Partie", 30, false},         {"Partie", "part", "Partie", 30, false},
    {"PILLAR", "pillar", "Pillar", 30, false},       {"Pillar", "pillar", "Pillar", 30, false},
    {"CHAPTER", "chapter", "Chapter", 40, false},    {"Chapter", "chapter", "Chapter", 40, false},
    {"CHAPITRE", "chapter", "Chapitre", 40, false},  {"Chapitre", "chapter", "Chapitre", 40, false},
    {"CAP\xC3\x8DTULO", "chapter", "Cap\xC3\xADtulo", 40, false}, {"Cap\xC3\xADtulo", "chapter", "Cap\xC3\xADtulo", 40, false},
    {"Section", "division", "Section", 50, true},    {"Secci\xC3\xB3n", "division", "Secci\xC3\xB3n", 50, false},
    {"DIVISION", "division", "Division", 60, false}, {"Division", "division", "Division", 60, false},
    {"Subdivision", "subdivision", "Subdivision", 65, false},
}};

}  // namespace

bool is_upper_case_line(std::string_view line) {
  bool letters = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (std::islower(c)) return false;
    if (std::isupper(c)) letters = true;
    // Lower-case accented Latin letters in UTF-8 (U+00E0–U+00FF).
    if (c == 0xC3 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0xA0) return false;
  }
  return letters;
}

std::optional<UnitLine> parse_container(std::string_view line, const std::string& language) {
  for (const ContainerWord& c : kContainers) {
    if (c.french_only && language != "fr") continue;
    if (!starts_with(line, c.word)) continue;
    std::size_t i = c.word.size();
    if (i < line.size() && std::isalpha(static_cast<unsigned char>(line[i]))) continue;
    UnitLine out;
    out.unit = std::string(c.unit);
    out.label = std::string(c.label);
    out.rank = c.rank;
    std::size_t j = skip_blanks(line, i);
    // Allow "PART I", "Part 15", "Schedule 1", and unnumbered "SCHEDULE — Form".
    std::size_t n = (j > i || j == line.size()) ? number_at(line, j, true) : 0;
    if (n > 0) {
      out.number = std::string(line.substr(j, n));
      if (out.number.size() > 2 && out.number.substr(out.number.size() - 2) == "er")
        out.number = out.number.substr(0, out.number.size() - 2);
      if (!read_tail(line, j + n, out, true)) return std::nullopt;
      return out;
    }
    if (c.unit != "schedule" && c.unit != "annex") return std::nullopt;
    if (!read_tail(line, i, out, is_upper_case_line(line))) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

std::optional<UnitLine> parse_article(std::string_view line) {
  static constexpr std::array<std::string_view, 7> words{
      "Article", "ARTICLE", "Art.", "Art\xC3\xAD" "culo", "ART\xC3\x8D" "CULO", "Articolo", "Artigo"};
  for (std::string_view w : words) {
    if (!starts_with(line, w)) continue;
    std::size_t j = skip_blanks(line, w.size());
    if (j == w.size() && w.back() != '.') continue;
    std::size_t n = number_at(line, j, false);
    if (n == 0) {
      if (starts_with(line.substr(j), "premier")) n = 7;
      else if (starts_with(line.substr(j), "unique")) n = 6;
      else continue;
    }
    UnitLine out;
    out.unit = "article";
    out.label = "Art.";
    out.rank = 100;
    out.number = std::string(line.substr(j, n));
    std::size_t k = j + n;
    // Latin insertions: "Article 5 bis".
    for (std::string_view latin : {" bis", " ter", " quater", " quinquies", "bis", "ter"}) {
      if (starts_with(line.substr(k), latin) &&
          (k + latin.size() == line.size() || !std::isalpha(static_cast<unsigned char>(line[k + latin.size()])))) {
        out.number += " " + trim(latin);
        k += latin.size();
        break;
      }
    }
    if (!read_tail(line, k, out, false)) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

std::optional<UnitLine> parse_us_section(std::string_view line) {
  static constexpr std::array<std::string_view, 4> words{"SEC.", "SECTION", "Sec.", "\xC2\xA7"};
  for (std::string_view w : words) {
    if (!starts_with(line, w)) continue;
    std::size_t j = skip_blanks(line, w.size());
    if (j == w.size()) continue;
    std::size_t n = number_at(line, j, false);
    if (n == 0) continue;
    if (j + n >= line.size() || line[j + n] != '.') continue;
    UnitLine out;
    out.unit = "section";
    out.label = "Sec.";
    out.rank = 100;
    out.number = std::string(line.substr(j, n));
    std::size_t k = skip_blanks(line, j + n + 1);
    out.heading = trim(line.substr(k));
    out.body = k;
    return out;
  }
  return std::nullopt;
}

std::optional<UnitLine> parse_disposition(std::string_view line) {
  static constexpr std::string_view word = "Disposici\xC3\xB3n ";
  if (!starts_with(line, word)) return std::nullopt;
  struct Kind { std::string_view word, label; };
  static constexpr std::array<Kind, 4> kinds{{{"adicional", "Disp. adic."},
                                             {"transitoria", "Disp. trans."},
                                             {"derogatoria", "Disp. derog."},
                                             {"final", "Disp. final"}}};
  struct Ordinal { std::string_view word, number; };
  static constexpr std::array<Ordinal, 11> ordinals{{{"primera", "1\xC2\xAA"}, {"segunda", "2\xC2\xAA"},
      {"tercera", "3\xC2\xAA"}, {"cuarta", "4\xC2\xAA"}, {"quinta", "5\xC2\xAA"}, {"sexta", "6\xC2\xAA"},
      {"s\xC3\xA9ptima", "7\xC2\xAA"}, {"octava", "8\xC2\xAA"}, {"novena", "9\xC2\xAA"},
      {"d\xC3\xA9" "cima", "10\xC2\xAA"}, {"\xC3\xBAnica", "\xC3\xBAnica"}}};
  std::string_view rest = line.substr(word.size());
  for (const Kind& k : kinds) {
    if (!starts_with(rest, k.word)) continue;
    std::size_t i = skip_blanks(rest, k.word.size());
    UnitLine out;
    out.unit = "disposition";
    out.label = std::string(k.label);
    out.rank = 100;
    for (const Ordinal& o : ordinals) {
      if (starts_with(rest.substr(i), o.word)) {
        out.number = std::string(o.number);
        i += o.word.size();
        break;
      }
    }
    if (out.number.empty()) return std::nullopt;
    std::size_t offset = word.size() + i;
    if (!read_tail(line, offset, out, false)) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

std::optional<UnitLine> parse_strategy_item(std::string_view line) {
  static constexpr std::array<std::string_view, 14> words{
      "Action", "Principle", "Task", "Objective", "Measure", "Goal", "Priority", "Commitment",
      "Outcome", "Mesure", "Objectif", "Medida", "Objetivo", "Principio"};
  for (std::string_view w : words) {
    if (!starts_with(line, w)) continue;
    std::size_t j = skip_blanks(line, w.size());
    if (j == w.size()) continue;
    std::size_t k = j;
    while (k < line.size() && (std::isdigit(static_cast<unsigned char>(line[k])) ||
                               (line[k] == '.' && k + 1 < line.size() &&
                                std::isdigit(static_cast<unsigned char>(line[k + 1])))))
      ++k;
    if (k == j) continue;
    UnitLine out;
    out.unit = std::string(w);
    for (char& c : out.unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.label = std::string(w);
    out.rank = 100;
    out.number = std::string(line.substr(j, k - j));
    if (!read_tail(line, k, out, false)) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

std::optional<NumberedLine> parse_numbered_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == 0 || i > 4) return std::nullopt;
  NumberedLine out;
  out.value = std::stoi(std::string(line.substr(0, i)));
  std::size_t j = i;
  while (j < line.size() && j - i < 3 && std::isupper(static_cast<unsigned char>(line[j]))) ++j;
  out.suffix = std::string(line.substr(i, j - i));
  out.number = std::string(line.substr(0, j));
  if (j < line.size() && line[j] == '.') {
    std::size_t k = j + 1;
    if (line.substr(k, 3) == "\xE2\x80\x94" || line.substr(k, 3) == "\xE2\x80\x93") k += 3;
    else if (k < line.size() && line[k] == '-') k += 1;
    if (k < line.size() && line[k] != ' ' && line[k] != '\t' && line[k] != '(') return std::nullopt;
    out.period = true;
    out.rest = skip_blanks(line, k);
    if (out.rest >= line.size()) return std::nullopt;
    return out;
  }
  if (j >= line.size() || (line[j] != ' ' && line[j] != '\t')) return std::nullopt;
  std::size_t k = skip_blanks(line, j);
  if (k >= line.size()) return std::nullopt;
  out.rest = k;
  return out;
}

bool looks_like_heading(std::string_view line) {
  if (line.empty() || line.size() > 90) return false;
  unsigned char first = static_cast<unsigned char>(line[0]);
  if (!(std::isupper(first) || first == 0xC3)) return false;
  char last = line.back();
  if (last == '.' || last == ';' || last == ',' || last == ':' || last == '-') return false;
  if (parse_enumerator(line, true)) return false;
  int words = 1;
  for (char c : line) words += c == ' ';
  return words <= 14;
}

}  // namespace rightscheck::structure
