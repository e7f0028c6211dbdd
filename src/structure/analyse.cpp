// analyse(): Text -> Document. Picks the structure source (the source's own
// structure for Akoma Ntoso, the segmenter otherwise), then adds definitions
// and cross-references.
#include <algorithm>
#include <map>

#include "rightscheck/document.h"
#include "structure/document_info.h"
#include "structure/hints.h"
#include "structure/links.h"
#include "structure/lines.h"
#include "structure/segmenter.h"

namespace rightscheck {
namespace {

bool contains_word(const std::string& s, const std::string& w) {
  std::size_t pos = s.find(w);
  return pos != std::string::npos;
}

std::string section_label(const std::string& title, std::string_view text) {
  if (contains_word(title, "Regulations") || contains_word(title, "REGULATIONS") || contains_word(title, "Rules") ||
      contains_word(title, "RULES"))
    return "r.";
  std::string head(text.substr(0, std::min<std::size_t>(text.size(), 3000)));
  if (contains_word(title, "Bill") || contains_word(title, "BILL") || contains_word(head, "A Bill for") ||
      contains_word(head, "A BILL FOR"))
    return "cl.";
  return "s.";
}

// A table of contents repeats the numbers of the units that follow; keep the
// occurrence with the body (the longest span) and lift the children of the
// others to their parent.
void drop_duplicate_anchors(std::vector<Provision>& provisions) {
  std::map<std::string, int> longest;
  for (int i = 0; i < static_cast<int>(provisions.size()); ++i) {
    const Provision& p = provisions[i];
    auto [it, inserted] = longest.emplace(p.anchor, i);
    if (!inserted && p.end - p.start > provisions[it->second].end - provisions[it->second].start) it->second = i;
  }
  std::vector<int> remap(provisions.size(), -1);
  std::vector<Provision> kept;
  for (int i = 0; i < static_cast<int>(provisions.size()); ++i) {
    if (longest[provisions[i].anchor] != i) continue;
    remap[i] = static_cast<int>(kept.size());
    kept.push_back(provisions[i]);
  }
  for (Provision& p : kept) {
    int parent = p.parent;
    while (parent >= 0 && remap[parent] < 0) parent = provisions[parent].parent;
    p.parent = parent >= 0 ? remap[parent] : -1;
  }
  for (Provision& p : kept) p.depth = p.parent >= 0 ? kept[p.parent].depth + 1 : 0;
  provisions = std::move(kept);
}

// With no recognisable structure, each block of lines is a paragraph.
std::vector<Provision> paragraphs(std::string_view text) {
  std::vector<Provision> out;
  std::vector<structure::Line> lines = structure::split_lines(text);
  Provision current;
  bool open = false;
  for (const structure::Line& line : lines) {
    if (line.blank()) {
      if (open) out.push_back(current);
      open = false;
      continue;
    }
    if (!open) {
      current = Provision();
      current.unit = "paragraph";
      current.anchor = "para. " + std::to_string(out.size() + 1);
      current.number = std::to_string(out.size() + 1);
      current.start = line.content;
      open = true;
    }
    current.end = line.content_end;
  }
  if (open) out.push_back(current);
  return out;
}

}  // namespace

Document analyse(Text text, std::string path) {
  Document doc;
  doc.path = std::move(path);
  doc.sha256 = text.sha256;
  doc.title = !text.title.empty() ? text.title : structure::guess_title(text.utf8);
  doc.language = structure::detect_language(text.utf8);
  doc.kind = structure::guess_kind(doc.title, text.utf8);
  doc.text = std::move(text);

  if (!doc.text.hints.empty()) {
    doc.provisions = structure::provisions_from_hints(doc.text.hints, doc.text.utf8);
  } else {
    structure::SegmenterOptions options;
    options.language = doc.language;
    options.section_label = section_label(doc.title, doc.text.utf8);
    doc.provisions = structure::segment(doc.text.utf8, options);
  }
  drop_duplicate_anchors(doc.provisions);
  if (doc.provisions.empty()) doc.provisions = paragraphs(doc.text.utf8);
  structure::mark_provision_languages(doc);
  doc.definitions = structure::find_definitions(doc);
  doc.references = structure::find_references(doc);
  return doc;
}

}  // namespace rightscheck
