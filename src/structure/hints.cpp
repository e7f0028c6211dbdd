#include "structure/hints.h"

#include <cctype>

namespace rightscheck::structure {
namespace {

// "(3)" -> "3", "12." -> "12", "Article 12" -> "12".
std::string bare_number(const std::string& number) {
  std::string s = number;
  for (const char* word : {"Article", "ARTICLE", "Section", "SECTION", "Sec.", "Art.", "Part", "PART", "Chapter",
                           "CHAPTER", "Rule", "Regulation"}) {
    std::string w(word);
    if (s.rfind(w, 0) == 0) s = s.substr(w.size());
  }
  std::string out;
  for (char c : s)
    if (c != '(' && c != ')' && c != ' ' && c != '\t') out += c;
  while (!out.empty() && (out.back() == '.' || out.back() == ':')) out.pop_back();
  return out;
}

const char* top_label(const std::string& unit) {
  if (unit == "section") return "s.";
  if (unit == "article") return "Art.";
  if (unit == "rule") return "r.";
  if (unit == "regulation") return "r.";
  if (unit == "clause") return "cl.";
  if (unit == "part") return "Part";
  if (unit == "chapter") return "Chapter";
  if (unit == "title") return "Title";
  if (unit == "book") return "Book";
  if (unit == "division") return "Division";
  return nullptr;
}

bool is_container(const std::string& unit) {
  return unit == "part" || unit == "chapter" || unit == "title" || unit == "book" || unit == "division" ||
         unit == "subdivision" || unit == "hcontainer";
}

}  // namespace

std::vector<Provision> provisions_from_hints(const std::vector<StructureHint>& hints, std::string_view text) {
  std::vector<Provision> out;
  out.reserve(hints.size());
  for (const StructureHint& h : hints) {
    Provision p;
    p.unit = h.unit;
    p.number = h.number;
    p.heading = h.heading;
    p.start = std::min(h.start, text.size());
    p.end = std::min(std::max(h.end, h.start), text.size());
    p.parent = h.parent >= 0 && h.parent < static_cast<int>(out.size()) ? h.parent : -1;
    p.depth = p.parent >= 0 ? out[p.parent].depth + 1 : 0;
    std::string number = bare_number(h.number);
    // The nearest ancestor that is a unit, not a container, carries the anchor.
    int anchor_parent = p.parent;
    while (anchor_parent >= 0 && is_container(out[anchor_parent].unit)) anchor_parent = out[anchor_parent].parent;
    if (number.empty()) {
      p.anchor = !h.heading.empty() ? h.heading : (anchor_parent >= 0 ? out[anchor_parent].anchor : h.unit);
    } else if (is_container(h.unit) || anchor_parent < 0) {
      const char* label = top_label(h.unit);
      p.anchor = std::string(label ? label : "") + (label ? " " : "") + number;
    } else {
      p.anchor = out[anchor_parent].anchor + "(" + number + ")";
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace rightscheck::structure
