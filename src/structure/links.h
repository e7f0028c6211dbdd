// Definitions and cross-references: the links between parts of a text.
#pragma once

#include <string>
#include <vector>

#include "rightscheck/document.h"

namespace rightscheck::structure {

// Entries of the document's definitions: a quoted term followed by "means",
// "includes", "has the meaning" (or ":" in French and Spanish), and, inside a
// provision headed as definitions, unquoted terms followed by those words.
std::vector<Definition> find_definitions(const Document& document);

// References to other provisions ("section 14(2)", "subsection (3)",
// "paragraph (b)", "this Part", "Article 12") resolved to provision indexes.
std::vector<CrossReference> find_references(const Document& document);

// The anchor without its unit word, for matching references: "s. 24(1)(b)"
// -> "24(1)(b)", "Sch. 1 item 4, s. 317L" -> "317l".
std::string anchor_key(const std::string& anchor);

}  // namespace rightscheck::structure
