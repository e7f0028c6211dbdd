// Akoma Ntoso reader: the legislative XML standard states the structure
// itself, so besides the text we return one StructureHint per numbered or
// headed unit (section 12, article 5, point (b) ...), with byte spans into
// the final text. Only the normative parts are read: preface, preamble, the
// body and conclusions; metadata is skipped.
#include <pugixml.hpp>

#include <array>
#include <string>
#include <vector>

#include "ingest/line_writer.h"
#include "ingest/readers.h"
#include "ingest/unicode.h"
#include "ingest/xml_names.h"

namespace rightscheck::ingest {
namespace {

constexpr int kMaxNesting = 512;

// Units of the document hierarchy: each starts a line with its num and
// heading and may get a StructureHint.
bool is_hierarchical(std::string_view name) {
  return is_one_of(name, {"part", "subpart", "chapter", "subchapter", "title", "subtitle", "book", "tome",
                          "section", "subsection", "article", "paragraph", "subparagraph", "clause",
                          "subclause", "point", "item", "rule", "subrule", "division", "subdivision",
                          "list", "sublist", "indent", "alinea", "hcontainer", "level", "tblock",
                          "proviso", "transitional", "compositionPart", "miscellaneous"});
}

// Containers and paragraphs that begin and end a line of their own.
bool is_block(std::string_view name) {
  return is_one_of(name, {"p", "content", "intro", "wrapUp", "blockList", "blockContainer",
                          "listIntroduction", "listWrapUp", "crossHeading", "longTitle", "formula",
                          "preface", "preamble", "body", "mainBody", "judgmentBody", "debateBody",
                          "amendmentBody", "conclusions", "container", "recitals", "recital",
                          "citations", "citation", "formula", "block", "toc", "tocItem", "ul", "ol",
                          "li", "table", "caption", "signature", "subheading", "quotedStructure",
                          "embeddedStructure", "blockquote"});
}

// Parts of the document element whose text is the law itself.
bool is_normative_part(std::string_view name) {
  return is_one_of(name, {"preface", "preamble", "body", "mainBody", "judgmentBody", "debateBody",
                          "amendmentBody", "conclusions"});
}

// Notes interrupt the sentence they are attached to; metadata is not text.
bool is_skipped(std::string_view name) {
  return is_one_of(name, {"meta", "authorialNote", "noteRef", "componentRef", "documentRef", "foreign"});
}

bool is_cell(std::string_view name) { return name == "td" || name == "th"; }

// Text of an element on one line, whitespace collapsed, NFC: the same form
// the element takes in the final text, so hints match the text they span.
std::string inline_text(const pugi::xml_node& node) {
  LineWriter out;
  for (pugi::xml_node piece = node.first_child(); piece;) {
    if (piece.type() == pugi::node_pcdata || piece.type() == pugi::node_cdata) out.append(piece.value());
    if (piece.type() == pugi::node_element && !is_skipped(local_name(piece)) && piece.first_child()) {
      piece = piece.first_child();
      continue;
    }
    while (piece && piece != node && !piece.next_sibling()) piece = piece.parent();
    if (!piece || piece == node) break;
    piece = piece.next_sibling();
  }
  std::string text = std::move(out).finish();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

class AkomaNtosoTextWriter {
 public:
  // Returns false when the document nests deeper than kMaxNesting.
  bool write(const pugi::xml_node& node, int depth, int parent_hint) {
    if (depth > kMaxNesting) return false;
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      out_.append(node.value());
      return true;
    }
    if (node.type() != pugi::node_element) return true;
    const std::string_view name = local_name(node);
    if (is_skipped(name)) return true;
    if (name == "br") {
      if (cell_depth_ > 0) out_.append(" ");
      else out_.break_line();
      return true;
    }
    if (name == "eol" || name == "eop") {  // where a printed line or page ended: not a break in the text
      out_.append(" ");
      return true;
    }
    if (is_hierarchical(name)) return write_unit(node, name, depth, parent_hint);
    if (name == "tr") return write_row(node, depth, parent_hint);
    const bool block = is_block(name);
    if (block) block_boundary();
    if (!write_children(node, depth, parent_hint)) return false;
    if (block) block_boundary();
    return true;
  }

  std::vector<StructureHint> take_hints() { return std::move(hints_); }
  std::string finish() && { return std::move(out_).finish(); }

 private:
  bool write_children(const pugi::xml_node& node, int depth, int parent_hint) {
    for (pugi::xml_node child : node.children())
      if (!write(child, depth + 1, parent_hint)) return false;
    return true;
  }

  void block_boundary() {
    if (cell_depth_ > 0) out_.append(" ");
    else out_.end_line();
  }

  // A unit: "<num> <heading>" on its first line, then its content.
  bool write_unit(const pugi::xml_node& node, std::string_view name, int depth, int parent_hint) {
    block_boundary();
    const pugi::xml_node num = child_named(node, "num");
    const pugi::xml_node heading = child_named(node, "heading");
    int hint_index = parent_hint;
    if (num || heading) {
      hint_index = static_cast<int>(hints_.size());
      StructureHint hint;
      hint.unit = std::string(name);
      hint.number = num ? inline_text(num) : "";
      hint.heading = heading ? inline_text(heading) : "";
      hint.start = out_.size();
      hint.parent = parent_hint;
      hints_.push_back(std::move(hint));
    }
    const std::size_t start = out_.size();
    if (num) out_.append(inline_text(num));
    if (heading) {
      out_.append(" ");
      out_.append(inline_text(heading));
    }
    for (pugi::xml_node child : node.children()) {
      if (child == num || child == heading) continue;
      if (!write(child, depth + 1, hint_index)) return false;
    }
    if (hint_index != parent_hint) hints_[hint_index].end = std::max(start, out_.content_end());
    block_boundary();
    return true;
  }

  // A table row: one line, cells separated by tabs.
  bool write_row(const pugi::xml_node& row, int depth, int parent_hint) {
    block_boundary();
    bool first = true;
    for (pugi::xml_node cell : row.children()) {
      if (cell.type() != pugi::node_element || !is_cell(local_name(cell))) continue;
      if (!first) {
        if (cell_depth_ > 0) out_.append(" ");
        else out_.append_cell_separator();
      }
      first = false;
      ++cell_depth_;
      const bool ok = write_children(cell, depth + 1, parent_hint);
      --cell_depth_;
      if (!ok) return false;
    }
    block_boundary();
    return true;
  }

  LineWriter out_;
  std::vector<StructureHint> hints_;
  int cell_depth_ = 0;
};

pugi::xml_node first_descendant_named(const pugi::xml_node& root, std::string_view local) {
  return root.find_node([local](const pugi::xml_node& node) {
    return node.type() == pugi::node_element && local_name(node) == local;
  });
}

// The title the document declares: its docTitle, else the FRBR alias of the
// work, else a shortTitle.
std::string declared_title(const pugi::xml_node& root) {
  if (pugi::xml_node title = first_descendant_named(root, "docTitle")) {
    std::string text = inline_text(title);
    if (!text.empty()) return text;
  }
  if (pugi::xml_node alias = first_descendant_named(root, "FRBRalias")) {
    std::string text = to_nfc(attribute_named(alias, "value").value());
    if (!is_blank(text)) return text;
  }
  if (pugi::xml_node short_title = first_descendant_named(root, "shortTitle")) return inline_text(short_title);
  return "";
}

Status xml_error(const std::string& name, std::string reason) {
  return Status::error(Status::Code::invalid_input, name, std::move(reason));
}

}  // namespace

Result<Text> read_akoma_ntoso(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed)
    return xml_error(name, "malformed XML at byte " + std::to_string(parsed.offset) + ": " + parsed.description());

  const pugi::xml_node root = document.document_element();
  if (local_name(root) != "akomaNtoso") return xml_error(name, "XML but not an Akoma Ntoso document");
  pugi::xml_node work;  // act, bill, judgment, doc ...
  for (pugi::xml_node child : root.children())
    if (child.type() == pugi::node_element) {
      work = child;
      break;
    }
  if (!work) return xml_error(name, "Akoma Ntoso document holds no act, bill or other document element");

  AkomaNtosoTextWriter writer;
  for (pugi::xml_node part : work.children()) {
    if (part.type() != pugi::node_element || !is_normative_part(local_name(part))) continue;
    if (!writer.write(part, 0, -1))
      return xml_error(name, "Akoma Ntoso nests elements more than " + std::to_string(kMaxNesting) + " levels deep");
  }
  Text text;
  text.hints = writer.take_hints();
  text.utf8 = std::move(writer).finish();
  if (is_blank(text.utf8))
    return xml_error(name, "Akoma Ntoso document has no text in its preface, preamble, body or conclusions");
  if (!is_valid_utf8(text.utf8)) return xml_error(name, "Akoma Ntoso text is not valid UTF-8");
  text.format = SourceFormat::akoma_ntoso;
  text.title = declared_title(root);
  // The title may come from metadata outside the text checked above.
  if (!is_valid_utf8(text.title)) text.title.clear();
  return text;
}

}  // namespace rightscheck::ingest
