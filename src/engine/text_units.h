// Text units: the pieces of a document every risk and safeguard is tested on.
//
// Each provision contributes its own text — its span minus its children's
// spans (a section's lead-in, a list item) — and text outside any
// provision (a title, a preamble) is a unit of its own. Units therefore
// cover the whole document once, so no words are missed and none counted
// twice. A document without provisions is one unit.
#pragma once

#include <vector>

#include "rightscheck/document.h"
#include "rightscheck/engine.h"

namespace rightscheck {

struct TextUnit {
  Evidence span;
  int provision = -1;
};

// In document order; units holding only white space are left out.
std::vector<TextUnit> text_units(const Document& document);

}  // namespace rightscheck
