// DocxNumbering: the list numbers Word shows in front of paragraphs
// ("1.", "(a)", "2.3"), which are not in the document text but generated
// from word/numbering.xml and word/styles.xml.
//
// A paragraph points at a list instance (w:num, by numId) and a level
// (ilvl), directly in its w:numPr or through its paragraph style. The
// instance names an abstract definition (w:abstractNum) whose levels give
// the start value, the number format and a template such as "%1.%2". One
// counter per instance and level advances as paragraphs are read in order;
// advancing a level restarts the levels below it.
//
// Not modelled: w:numStyleLink indirection, w:isLgl, per-level w:suff
// (the label is always followed by one space).
#pragma once

#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>

namespace rightscheck::ingest {

class DocxNumbering {
 public:
  static constexpr int kLevels = 9;

  // Reads the definitions; either document may be empty (no such part).
  void load(const pugi::xml_document& numbering, const pugi::xml_document& styles);

  // The label of the paragraph whose w:pPr is given (may be empty), and
  // advances the counters; "" when the paragraph is not in a list or its
  // level is a bullet.
  std::string next_label(const pugi::xml_node& paragraph_properties);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    std::string style;  // w:pStyle: the paragraph style this level belongs to
  };
  struct Instance {
    std::string abstract_id;
    std::array<std::optional<int>, kLevels> start_override;
    std::array<std::optional<Level>, kLevels> level_override;
  };
  struct StyleNumbering {
    std::optional<std::string> num_id;
    std::optional<int> level;
    std::string based_on;
  };
  struct Counters {
    std::array<int, kLevels> value{};
    std::array<bool, kLevels> started{};
  };

  const Level* level_of(const Instance& instance, int level) const;
  int start_of(const Instance& instance, int level) const;

  std::map<std::string, std::array<Level, kLevels>> abstracts_;
  std::map<std::string, Instance> instances_;
  std::map<std::string, StyleNumbering> styles_;
  std::map<std::string, Counters> counters_;
};

// n written in a Word number format: "decimal" 3 -> "3", "lowerLetter" 28
// -> "bb", "upperRoman" 14 -> "XIV". Unknown formats fall back to decimal.
std::string format_list_number(int n, const std::string& format);

}  // namespace rightscheck::ingest
