// DOCX reader: opens the package within the decompression budget, then
// walks word/document.xml in order. Each paragraph is a line, prefixed with
// the list number Word would show; each table row is a line of
// tab-separated cells. Tracked changes are read as accepted: deletions are
// skipped, insertions kept.
#include <pugixml.hpp>

#include <string>

#include "ingest/docx_numbering.h"
#include "ingest/line_writer.h"
#include "ingest/readers.h"
#include "ingest/unicode.h"
#include "ingest/xml_names.h"
#include "ingest/zip_archive.h"

namespace rightscheck::ingest {
namespace {

constexpr int kMaxNesting = 512;

// Elements whose content is not the text as it reads now: deletions, field
// codes, properties, and the fallback copy of alternate content.
bool is_skipped(std::string_view name) {
  return is_one_of(name, {"del", "delText", "moveFrom", "instrText", "pPr", "rPr", "sectPr", "tblPr", "trPr",
                          "tcPr", "tblGrid", "Fallback", "footnoteReference", "endnoteReference",
                          "commentReference", "altChunk"});
}

// Walks w:body and writes lines. Inside a table cell, paragraph ends become
// spaces so the row stays on one line.
class DocxTextWriter {
 public:
  explicit DocxTextWriter(DocxNumbering& numbering) : numbering_(numbering) {}

  // Block level: paragraphs, tables and the containers around them.
  // Returns false when the document nests deeper than kMaxNesting.
  bool write_blocks(const pugi::xml_node& parent, int depth) {
    if (depth > kMaxNesting) return false;
    for (pugi::xml_node node : parent.children()) {
      if (node.type() != pugi::node_element) continue;
      const std::string_view name = local_name(node);
      if (is_skipped(name)) continue;
      bool ok = true;
      if (name == "p") ok = write_paragraph(node, depth + 1);
      else if (name == "tbl") ok = write_table(node, depth + 1);
      else ok = write_blocks(node, depth + 1);  // sdt, sdtContent, customXml, ins, AlternateContent ...
      if (!ok) return false;
    }
    return true;
  }

  std::string finish() && { return std::move(out_).finish(); }

 private:
  bool write_paragraph(const pugi::xml_node& paragraph, int depth) {
    const std::string label = numbering_.next_label(child_named(paragraph, "pPr"));
    if (!label.empty()) {
      out_.append(label, LineWriter::Whitespace::preserve);
      out_.append(" ", LineWriter::Whitespace::preserve);
    }
    if (!write_runs(paragraph, depth + 1)) return false;
    if (cell_depth_ > 0) out_.append(" ");
    else out_.break_line();
    return true;
  }

  // Inline level: the text of runs, hyperlinks, insertions, fields ...
  bool write_runs(const pugi::xml_node& parent, int depth) {
    if (depth > kMaxNesting) return false;
    for (pugi::xml_node node : parent.children()) {
      if (node.type() != pugi::node_element) continue;
      const std::string_view name = local_name(node);
      if (is_skipped(name)) continue;
      if (name == "t") {
        out_.append(node.text().get(), LineWriter::Whitespace::preserve);
      } else if (name == "tab" || name == "ptab") {
        out_.append("\t", LineWriter::Whitespace::preserve);
      } else if (name == "br" || name == "cr") {
        if (cell_depth_ > 0) out_.append(" ");
        else out_.break_line();
      } else if (name == "noBreakHyphen") {
        out_.append("-", LineWriter::Whitespace::preserve);
      } else if (name == "softHyphen") {
        // an optional hyphenation point: nothing in the text
      } else if (name == "p") {  // a paragraph inside a text box
        if (!write_runs(node, depth + 1)) return false;
        out_.append(" ");
      } else if (name == "tbl") {
        if (!write_table(node, depth + 1)) return false;
      } else if (!write_runs(node, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  // Each row one line, cells separated by tabs. A table nested in a cell is
  // flattened into that cell: its cells and rows separated by spaces.
  bool write_table(const pugi::xml_node& table, int depth) {
    if (depth > kMaxNesting) return false;
    if (cell_depth_ == 0) out_.end_line();
    for (pugi::xml_node row : table.children()) {
      const std::string_view row_name = local_name(row);
      if (row_name == "sdt" || row_name == "customXml") {  // rows wrapped in a content control
        if (!write_table(child_named(row, "sdtContent") ? child_named(row, "sdtContent") : row, depth + 1))
          return false;
        continue;
      }
      if (row_name != "tr") continue;
      bool first_cell = true;
      for (pugi::xml_node cell : row.children()) {
        if (local_name(cell) != "tc") continue;
        if (!first_cell) {
          if (cell_depth_ > 0) out_.append(" ");
          else out_.append_cell_separator();
        }
        first_cell = false;
        ++cell_depth_;
        const bool ok = write_blocks(cell, depth + 1);
        --cell_depth_;
        if (!ok) return false;
      }
      if (cell_depth_ > 0) out_.append(" ");
      else out_.end_line();
    }
    return true;
  }

  DocxNumbering& numbering_;
  LineWriter out_;
  int cell_depth_ = 0;
};

Status docx_error(const std::string& name, std::string reason) {
  return Status::error(Status::Code::invalid_input, name, std::move(reason));
}

// Reads and parses one part. A missing optional part leaves document empty.
Status load_part(ZipArchive& archive, const std::string& part, bool required, const std::string& name,
                 const IngestLimits& limits, pugi::xml_document& document) {
  std::string bytes;
  std::string error;
  switch (archive.read(part, bytes, error)) {
    case ZipArchive::ReadOutcome::ok:
      break;
    case ZipArchive::ReadOutcome::missing:
      if (required) return docx_error(name, "malformed DOCX: " + part + " is missing");
      return Status::ok();
    case ZipArchive::ReadOutcome::over_budget:
      return Status::error(Status::Code::limit_exceeded, name,
                           "DOCX expands to more than " + std::to_string(limits.max_decompressed_bytes) +
                               " bytes (zip bomb?); see --max-decompressed");
    case ZipArchive::ReadOutcome::damaged:
      return docx_error(name, "malformed DOCX: cannot read " + part + " (" + error + ")");
  }
  const pugi::xml_parse_result parsed =
      document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed)
    return docx_error(name, "malformed DOCX: " + part + " is not well-formed XML at byte " +
                                std::to_string(parsed.offset) + ": " + parsed.description());
  return Status::ok();
}

std::string single_line(std::string text) {
  LineWriter out;
  out.append(text);
  text = std::move(out).finish();
  if (!text.empty()) text.pop_back();
  return text;
}

}  // namespace

Result<Text> read_docx(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  std::string zip_error;
  std::unique_ptr<ZipArchive> archive = ZipArchive::open(bytes, limits.max_decompressed_bytes, zip_error);
  if (!archive) return docx_error(name, "malformed DOCX: not a readable ZIP archive (" + zip_error + ")");

  pugi::xml_document document, numbering_part, styles_part, core_part;
  for (auto [part, target, required] :
       {std::tuple{"word/document.xml", &document, true}, std::tuple{"word/numbering.xml", &numbering_part, false},
        std::tuple{"word/styles.xml", &styles_part, false}, std::tuple{"docProps/core.xml", &core_part, false}}) {
    Status loaded = load_part(*archive, part, required, name, limits, *target);
    if (!loaded.is_ok()) return loaded;
  }

  const pugi::xml_node body = child_named(document.document_element(), "body");
  if (!body) return docx_error(name, "malformed DOCX: word/document.xml has no w:body");
  DocxNumbering numbering;
  numbering.load(numbering_part, styles_part);
  DocxTextWriter writer(numbering);
  if (!writer.write_blocks(body, 0))
    return docx_error(name, "DOCX nests elements more than " + std::to_string(kMaxNesting) + " levels deep");

  Text text;
  text.utf8 = std::move(writer).finish();
  if (is_blank(text.utf8)) return docx_error(name, "DOCX holds no text");
  if (!is_valid_utf8(text.utf8)) return docx_error(name, "malformed DOCX: text is not valid UTF-8");
  text.format = SourceFormat::docx;
  text.title = single_line(child_named(core_part.document_element(), "title").text().get());
  if (!is_valid_utf8(text.title)) text.title.clear();  // metadata is not checked with the text
  return text;
}

}  // namespace rightscheck::ingest
