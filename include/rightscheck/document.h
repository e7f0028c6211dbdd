// Document: a Text with its legal structure.
//
// Provisions form a tree stored in document order (a parent always comes
// before its children). Every provision has the anchor a person would cite
// ("s. 24(1)(b)", "Art. 12(3)", "Sec. 104(a)(1)(A)", "Action 2.3") and a byte
// span [start, end) into text.utf8 that covers its children.
//
// Thread safety: immutable once built; share freely across threads.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rightscheck/text.h"

namespace rightscheck {

enum class DocumentKind { statute, strategy, treaty, other };
const char* kind_name(DocumentKind kind);

struct Provision {
  std::string anchor;   // as cited: "s. 24(1)(b)"
  std::string heading;  // may be empty
  std::string unit;     // "part", "section", "subsection", "paragraph", "article"...
  std::string number;   // the unit's own number as written: "24", "(1)", "(b)"
  std::size_t start = 0;
  std::size_t end = 0;
  int parent = -1;  // index into Document::provisions
  int depth = 0;    // 0 for top-level units
  // "fr", "es", "en" when the provision is written in another language than
  // the document (a mixed-language text); empty when it is the document's.
  std::string language;
};

// A term defined in a definitions provision; the definition text excludes the
// term itself.
struct Definition {
  std::string term;  // as written, without quotes
  std::size_t term_start = 0;
  std::size_t term_end = 0;
  std::size_t start = 0;  // the whole definition entry
  std::size_t end = 0;
  int provision = -1;  // the definitions provision that holds it
};

// A reference in the text to another provision ("subject to section 14",
// "under this Part", "paragraph (b)").
struct CrossReference {
  std::size_t start = 0;
  std::size_t end = 0;
  int from = -1;    // innermost provision holding the reference
  int target = -1;  // the provision named, or -1 when it is not in the text
};

struct Document {
  std::string path;
  std::string sha256;  // of the input file's bytes, lower-case hex (copied from Text)
  std::string title;
  DocumentKind kind = DocumentKind::other;
  std::string language;  // ISO 639-1: "en", "fr", "es", or "und"
  Text text;
  std::vector<Provision> provisions;
  std::vector<Definition> definitions;
  std::vector<CrossReference> references;

  // Index of the innermost provision whose span holds [start, end), or -1.
  int innermost(std::size_t start, std::size_t end) const;
  // Index of the closest ancestor-or-self of p with the given unit, or -1.
  int enclosing(int p, const std::string& unit) const;
};

// Builds the structure of text. Never fails: text with no recognisable
// structure becomes a sequence of paragraph provisions.
Document analyse(Text text, std::string path);

}  // namespace rightscheck
