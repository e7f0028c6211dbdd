// Checks shared by the fuzz targets: what every Text and Document must
// satisfy whatever the input was. A broken promise aborts with a message, so
// libFuzzer and the replay driver both report it as a crash.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "rightscheck/document.h"
#include "rightscheck/text.h"

namespace rightscheck::fuzz {

[[noreturn]] inline void broken(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void require(bool condition, const char* what) {
  if (!condition) broken(what);
}

// Well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF),
// written here independently of the ingest layer's own check.
inline bool well_formed_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    unsigned min = 0;
    unsigned code = 0;
    if (b < 0x80) { ++i; continue; }
    if (b >= 0xC2 && b <= 0xDF) { length = 2; min = 0x80; code = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { length = 3; min = 0x800; code = b & 0x0F; }
    else if (b >= 0xF0 && b <= 0xF4) { length = 4; min = 0x10000; code = b & 0x07; }
    else return false;
    if (i + length > s.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      code = (code << 6) | (c & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

inline bool on_boundary(std::string_view s, std::size_t offset) {
  return offset == s.size() || (offset < s.size() && (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80);
}

// What ingestion promises: UTF-8 text; pages and hints are spans inside it.
inline void check_text(const Text& text) {
  const std::string_view s = text.utf8;
  require(well_formed_utf8(s), "Text::utf8 is not well-formed UTF-8");
  require(well_formed_utf8(text.title), "Text::title is not well-formed UTF-8");
  std::size_t previous_end = 0;
  for (const PageSpan& page : text.pages) {
    require(page.start <= page.end && page.end <= s.size(), "page span outside the text");
    require(page.start >= previous_end, "page spans overlap or go backwards");
    previous_end = page.end;
  }
  for (std::size_t i = 0; i < text.hints.size(); ++i) {
    const StructureHint& hint = text.hints[i];
    require(hint.start <= hint.end && hint.end <= s.size(), "structure hint outside the text");
    require(hint.parent < static_cast<int>(i), "structure hint parent after its child");
  }
}

// What analyse() promises: a provision tree in document order whose spans
// lie in the text and hold their children; definitions and references in
// the text, pointing at provisions that exist.
inline void check_document(const Document& document) {
  check_text(document.text);
  const std::string_view s = document.text.utf8;
  const int count = static_cast<int>(document.provisions.size());
  for (int i = 0; i < count; ++i) {
    const Provision& p = document.provisions[static_cast<std::size_t>(i)];
    require(!p.anchor.empty(), "provision without an anchor");
    require(well_formed_utf8(p.anchor) && well_formed_utf8(p.heading), "provision anchor or heading not UTF-8");
    require(p.start <= p.end && p.end <= s.size(), "provision span outside the text");
    require(on_boundary(s, p.start) && on_boundary(s, p.end), "provision span cuts a UTF-8 sequence");
    require(p.parent >= -1 && p.parent < i, "provision parent not before its child");
    if (p.parent >= 0) {
      const Provision& parent = document.provisions[static_cast<std::size_t>(p.parent)];
      require(parent.start <= p.start && p.end <= parent.end, "provision outside its parent's span");
    }
  }
  require(well_formed_utf8(document.title), "Document::title is not well-formed UTF-8");
  for (const Definition& d : document.definitions) {
    require(d.start <= d.end && d.end <= s.size(), "definition outside the text");
    require(well_formed_utf8(d.term), "defined term is not well-formed UTF-8");
    require(d.term_start <= d.term_end && d.term_end <= s.size(), "defined term outside the text");
    require(d.provision >= -1 && d.provision < count, "definition names no provision");
  }
  for (const CrossReference& r : document.references) {
    require(r.start <= r.end && r.end <= s.size(), "cross-reference outside the text");
    require(r.from >= -1 && r.from < count && r.target >= -1 && r.target < count,
            "cross-reference names no provision");
  }
}

}  // namespace rightscheck::fuzz
