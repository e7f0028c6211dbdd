// Text: the UTF-8 string every offset in a report refers to.
//
// Ingestion turns a file into a Text. For .txt and .md the string is the
// file's bytes exactly; for other formats it is what `rightscheck extract`
// prints, NFC-normalised, with block structure kept as line breaks. Pages
// (PDF) and structure hints (Akoma Ntoso) are byte spans into that string.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rightscheck {

enum class SourceFormat { plain_text, markdown, html, pdf, docx, akoma_ntoso };

// Lower-case name used in messages and JSON ("pdf", "docx", ...).
const char* format_name(SourceFormat format);

// One page of a paginated source: bytes [start, end) of Text::utf8.
struct PageSpan {
  int number = 0;  // 1-based
  std::size_t start = 0;
  std::size_t end = 0;
};

// A unit whose structure the source states itself (Akoma Ntoso). The
// structure layer uses these directly instead of guessing from the text.
struct StructureHint {
  std::string unit;     // "section", "article", "paragraph", "point", "part"...
  std::string number;   // as written in <num>, e.g. "12", "(3)", "(b)"
  std::string heading;  // <heading>, may be empty
  std::size_t start = 0;
  std::size_t end = 0;
  int parent = -1;  // index into the hint list, or -1
};

struct Text {
  std::string utf8;
  SourceFormat format = SourceFormat::plain_text;
  std::vector<PageSpan> pages;       // empty unless the source has pages
  std::vector<StructureHint> hints;  // empty unless the source states structure
  std::string title;                 // a title the source declares, if any
  std::string sha256;                // of the source file's bytes, lower-case hex

  // 1-based page holding offset, or 0 when the text has no pages.
  int page_at(std::size_t offset) const;
};

}  // namespace rightscheck
