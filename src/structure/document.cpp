// Document queries and names.
#include "rightscheck/document.h"

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
  // Provisions are in document order with parents first, so the last one
  // whose span holds the range is the innermost.
  int best = -1;
  for (int i = 0; i < static_cast<int>(provisions.size()); ++i) {
    const Provision& p = provisions[i];
    if (p.start > start) break;
    if (p.start <= start && end <= p.end) best = i;
  }
  return best;
}

int Document::enclosing(int p, const std::string& unit) const {
  while (p >= 0) {
    if (provisions[p].unit == unit) return p;
    p = provisions[p].parent;
  }
  return -1;
}

}  // namespace rightscheck
