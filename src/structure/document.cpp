// Document queries and names.
#include "rightscheck/document.h"

#include <algorithm>

namespace rightscheck {

const char* kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::statute: return "statute";
    case DocumentKind::strategy: return "strategy";
    case DocumentKind::treaty: return "treaty";
    case DocumentKind::other: return "other";
  }
  return "other";
}

int Document::innermost(std::size_t start, std::size_t end) const {
  // Provisions are in document order with parents first, and a child lies
  // within its parent: the innermost provision holding the range is the
  // last one starting at or before it, or the nearest of its ancestors
  // that holds the range.
  auto after = std::upper_bound(provisions.begin(), provisions.end(), start,
                                [](std::size_t at, const Provision& p) { return at < p.start; });
  int p = static_cast<int>(after - provisions.begin()) - 1;
  for (int steps = 0; p >= 0 && steps <= static_cast<int>(provisions.size()); ++steps) {
    if (provisions[p].start <= start && end <= provisions[p].end) return p;
    p = provisions[p].parent < p ? provisions[p].parent : -1;
  }
  return -1;
}

int Document::enclosing(int p, const std::string& unit) const {
  while (p >= 0) {
    if (provisions[p].unit == unit) return p;
    p = provisions[p].parent;
  }
  return -1;
}

}  // namespace rightscheck
