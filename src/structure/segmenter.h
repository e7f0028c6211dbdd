// The segmenter: reads the lines of a legal text and builds its provision
// tree — containers (Parts, Chapters, Schedules), units (sections, articles,
// regulations, clauses, strategy actions, prose headings) and their numbered
// subdivisions — with the anchor a person would cite for each.
//
// It is a single pass over the lines with a stack of open provisions. A line
// opens a provision only when its number fits the sequence so far, so a
// reference that a line break put at the start of a line ("…under
// paragraph\n(b)…") stays running text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rightscheck/document.h"

namespace rightscheck::structure {

struct SegmenterOptions {
  std::string language = "en";  // "fr" reads "Section" as a container
  std::string section_label = "s.";  // "s.", "r." (regulations), "cl." (bills)
};

// Provisions of text in document order, parents before children.
std::vector<Provision> segment(std::string_view text, const SegmenterOptions& options);

}  // namespace rightscheck::structure
