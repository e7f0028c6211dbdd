// The document text of the HTML report, with every finding's evidence
// highlighted. Private to the report layer.
//
// The text is cut into rows at line starts where a provision begins; a row
// holds the text and, beside it, the explanations of the findings whose
// evidence starts in it. Evidence spans may overlap and nest (one finding
// per recommendation repeats the same evidence), so the text is split at
// every evidence boundary into non-overlapping segments, and each covered
// segment becomes one <mark> naming the findings that cover it. A bracketed
// link to the explanation follows the end of every evidence span, and an
// empty element with an id sits at its start for the link back.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rightscheck/document.h"
#include "rightscheck/engine.h"

namespace rightscheck {

// A finding as the page shows it.
struct PageFinding {
  const Finding* finding = nullptr;
  std::string number;         // "3", or "s1" for a suppressed finding; unique in the document
  bool explained_in_text = true;  // false: its explanation lives in another section (gaps)
  bool highlighted = true;        // false: its evidence is not marked (suppressed findings)
};

// Filter keys of a finding, space-separated: "r8 k-risk s-high".
std::string filter_keys(const Finding& finding);

// Writes the explanations of findings (indices into the PageFinding list)
// into out.
using NotesWriter = std::function<void(std::string& out, const std::vector<std::size_t>& findings)>;

// Appends the rows of doc's text. prefix starts every id ("d1-"); provision
// i gets the id prefix + "p" + i when anchored[i] is true.
void append_marked_text(std::string& out, const Document& doc, const std::vector<PageFinding>& findings,
                        const std::vector<bool>& anchored, std::string_view prefix, const NotesWriter& notes);

// "▲" risk, "✔" safeguard, "○" gap: a symbol beside the kind's name, so
// colour is never the only signal.
const char* kind_symbol(IndicatorKind kind);

}  // namespace rightscheck
