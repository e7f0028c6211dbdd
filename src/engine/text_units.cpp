// Cutting a document into the own text of each provision.
#include "engine/text_units.h"

#include <algorithm>

namespace rightscheck {
namespace {

bool blank(const std::string& text, Evidence span) {
  for (std::size_t i = span.start; i < span.end; ++i) {
    char c = text[i];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') return false;
  }
  return true;
}

// The parts of [span) not covered by covers (sorted, possibly overlapping).
void add_uncovered(const std::string& text, Evidence span, const std::vector<Evidence>& covers, int provision,
                   std::vector<TextUnit>& units) {
  std::size_t at = span.start;
  for (const Evidence& cover : covers) {
    std::size_t stop = std::clamp(cover.start, at, span.end);
    if (stop > at && !blank(text, {at, stop})) units.push_back({{at, stop}, provision});
    at = std::max(at, std::min(cover.end, span.end));
  }
  if (span.end > at && !blank(text, {at, span.end})) units.push_back({{at, span.end}, provision});
}

}  // namespace

std::vector<TextUnit> text_units(const Document& document) {
  const std::string& text = document.text.utf8;
  const std::size_t size = text.size();
  std::vector<TextUnit> units;
  if (document.provisions.empty()) {
    if (!blank(text, {0, size})) units.push_back({{0, size}, -1});
    return units;
  }
  const int count = static_cast<int>(document.provisions.size());
  std::vector<std::vector<Evidence>> children(count);
  std::vector<Evidence> top_level;
  auto clamped = [&](const Provision& p) {
    std::size_t start = std::min(p.start, size);
    return Evidence{start, std::clamp(p.end, start, size)};
  };
  for (int i = 0; i < count; ++i) {
    int parent = document.provisions[i].parent;
    if (parent >= 0 && parent < count) children[parent].push_back(clamped(document.provisions[i]));
    else top_level.push_back(clamped(document.provisions[i]));
  }
  auto by_start = [](const Evidence& a, const Evidence& b) { return a.start < b.start; };
  std::sort(top_level.begin(), top_level.end(), by_start);
  add_uncovered(text, {0, size}, top_level, -1, units);
  for (int i = 0; i < count; ++i) {
    std::sort(children[i].begin(), children[i].end(), by_start);
    add_uncovered(text, clamped(document.provisions[i]), children[i], i, units);
  }
  std::sort(units.begin(), units.end(), [](const TextUnit& a, const TextUnit& b) { return a.span.start < b.span.start; });
  return units;
}

}  // namespace rightscheck
