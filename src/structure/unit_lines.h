// Recognising the lines that open a unit of a legal text: containers (Part,
// Chapter, Title, Schedule, Pillar…), articles, US-style "SEC." sections,
// Spanish final provisions, strategy items ("Action 2.3", "Task 11") and
// numbered sections ("24.", "15A.—(1)", "17  Removal of content").
//
// These functions look at one line only. Whether a numbered line really
// opens a section (and not a wrapped line that starts with a year) is decided
// by the segmenter, which knows the sequence so far.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rightscheck::structure {

struct UnitLine {
  std::string unit;     // "part", "chapter", "article", "section", "action", "disposition"…
  std::string label;    // anchor text before the number: "Part", "Art.", "Sec.", "Action"
  std::string number;   // "II", "12", "1er", "15A", "1.5"; empty for an unnumbered schedule
  std::string heading;  // heading on the same line, if any
  int rank = 0;         // nesting rank for containers (smaller = outer); 100 for units
  std::size_t body = std::string_view::npos;  // offset in the line where body text starts
};

// Containers: Title/Book, Part/Pillar, Chapter, Section (French), Division,
// Schedule/Annex. language selects the French reading of "Section".
std::optional<UnitLine> parse_container(std::string_view line, const std::string& language);

// "Article 12 — Heading", "Artículo 3. Definiciones.", "Article 1er", "Art. 4".
std::optional<UnitLine> parse_article(std::string_view line);

// "SEC. 104. HEADING." / "SECTION 1. SHORT TITLE." / "Sec. 101. Definitions."
std::optional<UnitLine> parse_us_section(std::string_view line);

// "Disposición adicional primera. Garantía del cifrado."
std::optional<UnitLine> parse_disposition(std::string_view line);

// "Action 1.5 — Establish…", "Principle 2. Priority…", "Task 11."
std::optional<UnitLine> parse_strategy_item(std::string_view line);

// A line that starts with a section number.
struct NumberedLine {
  std::string number;  // "15A"
  int value = 0;       // 15
  std::string suffix;  // "A"
  bool period = false;  // "15." / "15.—" form (body follows) vs "15  Heading" form
  std::size_t rest = 0;  // offset of what follows the number and its punctuation
};
std::optional<NumberedLine> parse_numbered_line(std::string_view line);

// Whether a line could be a heading: short, no closing punctuation, starts
// with a capital letter, not an enumerator.
bool looks_like_heading(std::string_view line);

// True when every letter in the line is upper case (and there are letters).
bool is_upper_case_line(std::string_view line);

}  // namespace rightscheck::structure
