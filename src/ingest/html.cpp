// HTML reader: decodes the declared charset, parses with gumbo (the HTML5
// parsing algorithm, so tag soup parses as browsers parse it) and keeps the
// text a reader sees: no navigation, scripts or hidden parts; blocks become
// lines, table rows become tab-separated lines.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "ingest/line_writer.h"
#include "ingest/readers.h"
#include "ingest/unicode.h"

namespace rightscheck::ingest {
namespace {

// Deeper documents are refused rather than risk the stack.
constexpr int kMaxNesting = 512;

Status html_error(const std::string& name, std::string reason) {
  return Status::error(Status::Code::invalid_input, name, std::move(reason));
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The value after `key` and "=" in an attribute-like run ("charset=x",
// charset="x", encoding='x'), or "" when the key is absent.
std::string value_after(std::string_view tag, std::string_view key) {
  std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  std::size_t i = at + key.size();
  auto skip_spaces = [&] {
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
  };
  skip_spaces();
  if (i >= tag.size() || tag[i] != '=') return "";
  ++i;
  skip_spaces();
  while (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[end])) || tag[end] == '-' ||
                              tag[end] == '_' || tag[end] == '.' || tag[end] == ':'))
    ++end;
  return std::string(tag.substr(i, end - i));
}

// The charset declared in the first bytes: an XML declaration's encoding or
// a <meta charset> / <meta http-equiv content="...; charset=..."> tag.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096)));
  if (starts_with(head, "<?xml")) {
    std::string encoding = value_after(head.substr(0, head.find("?>")), "encoding");
    if (!encoding.empty()) return encoding;
  }
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    std::string_view tag = std::string_view(head).substr(at, head.find('>', at) - at);
    std::string charset = value_after(tag, "charset");
    if (!charset.empty()) return charset;
  }
  return "";
}

// Labels that browsers treat as another encoding (WHATWG Encoding
// standard): Latin-1 and ASCII labels mean windows-1252, and a UTF-16 label
// inside an ASCII-compatible meta tag cannot be true, so it means UTF-8.
std::string effective_charset(const std::string& label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "l1" || label == "us-ascii" ||
      label == "ascii" || label == "iso8859-1" || label == "iso_8859-1")
    return "windows-1252";
  if (starts_with(label, "utf-16") || label == "utf8") return "utf-8";
  return label;
}

// Decodes bytes to UTF-8 following a BOM, else the declared charset, else
// UTF-8. Returns false with a reason when that is impossible.
bool decode_html(std::string_view bytes, std::string& utf8, std::string& reason) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  else if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    const std::string charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (convert_to_utf8(bytes.substr(2), charset, utf8)) return true;
    reason = "starts with a " + charset + " byte-order mark but does not decode as " + charset;
    return false;
  } else {
    const std::string label = declared_charset(bytes);
    const std::string charset = effective_charset(label);
    if (!charset.empty() && charset != "utf-8") {
      std::string probe;
      if (!convert_to_utf8("", charset, probe)) {
        reason = "declares an unknown charset \"" + label + "\"";
        return false;
      }
      if (convert_to_utf8(bytes, charset, utf8)) return true;
      reason = "holds bytes that are not valid in its declared charset " + label;
      return false;
    }
    if (!is_valid_utf8(bytes)) {
      reason = label.empty()
                   ? "is not valid UTF-8 and declares no charset (add <meta charset=...> or convert it to UTF-8)"
                   : "declares charset utf-8 but holds bytes that are not valid UTF-8";
      return false;
    }
  }
  utf8.assign(bytes);
  return true;
}

// Elements that never hold content or whose end tag browsers imply; the
// nesting estimate below does not count them.
bool opens_no_nesting(std::string_view tag) {
  static const char* const kTags[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                      "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                                      "option", "!doctype"};
  for (const char* known : kTags)
    if (tag == known) return true;
  return false;
}

// A linear estimate of how deep the start tags nest. gumbo's tree building
// slows down with the square of the depth, so a pathological file (tens of
// thousands of unclosed <div>s) would stall the parser; we refuse it first.
int estimated_nesting(std::string_view html) {
  int depth = 0, deepest = 0;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    std::size_t begin = at + (closing ? 2 : 1), end = begin;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!')) ++end;
    if (end == begin) continue;
    const std::string tag = lower(html.substr(begin, end - begin));
    if (opens_no_nesting(tag)) continue;
    if (closing) depth = std::max(0, depth - 1);
    else deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

bool attribute_is(const GumboElement& element, const char* name, const char* value) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute != nullptr && lower(attribute->value) == value;
}

// Elements whose content a reader of the law does not see or need.
bool is_dropped(const GumboElement& element) {
  switch (element.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      break;
  }
  return gumbo_get_attribute(&element.attributes, "hidden") != nullptr ||
         attribute_is(element, "aria-hidden", "true") || attribute_is(element, "role", "navigation");
}

// Elements that start and end a line.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_P: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TR: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

// Non-breaking spaces are layout, not content: they become plain spaces so
// that whitespace collapsing and line trimming treat them alike.
void replace_no_break_spaces(std::string& utf8) {
  std::size_t at = 0;
  while ((at = utf8.find("\xC2\xA0", at)) != std::string::npos) utf8.replace(at, 2, " ");
}

bool is_cell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

// Walks the tree and writes the visible text. Inside a table cell, block
// boundaries become spaces so that a row stays on one line.
class HtmlTextWriter {
 public:
  // Returns false when the tree nests deeper than kMaxNesting.
  bool write(const GumboNode& node, int depth) {
    if (depth > kMaxNesting) return false;
    switch (node.type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        piece_ = node.v.text.text;
        replace_no_break_spaces(piece_);
        out_.append(piece_, pre_depth_ > 0 ? LineWriter::Whitespace::preserve
                                                     : LineWriter::Whitespace::collapse);
        return true;
      case GUMBO_NODE_DOCUMENT:
        return write_children(node.v.document.children, depth);
      case GUMBO_NODE_ELEMENT:
        return write_element(node.v.element, depth);
      default:  // comments, templates
        return true;
    }
  }

  std::string finish() && { return std::move(out_).finish(); }

 private:
  bool write_children(const GumboVector& children, int depth) {
    for (unsigned i = 0; i < children.length; ++i)
      if (!write(*static_cast<const GumboNode*>(children.data[i]), depth + 1)) return false;
    return true;
  }

  void block_boundary() {
    if (cell_depth_ > 0) out_.append(" ");
    else out_.end_line();
  }

  bool write_element(const GumboElement& element, int depth) {
    if (is_dropped(element)) return true;
    const GumboTag tag = element.tag;
    if (tag == GUMBO_TAG_BR) {
      if (cell_depth_ > 0) out_.append(" ");
      else out_.break_line();
      return true;
    }
    if (tag == GUMBO_TAG_TR) cells_in_row_ = 0;
    if (is_cell(tag)) {
      if (cells_in_row_++ > 0 && cell_depth_ == 0) out_.append_cell_separator();
      else if (cell_depth_ > 0) out_.append(" ");
      ++cell_depth_;
    }
    const bool block = is_block(tag);
    if (block) block_boundary();
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT) ++pre_depth_;
    const int saved_cells = cells_in_row_;
    const bool ok = write_children(element.children, depth);
    cells_in_row_ = saved_cells;
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT) --pre_depth_;
    if (block) block_boundary();
    if (is_cell(tag)) --cell_depth_;
    return ok;
  }

  LineWriter out_;
  std::string piece_;
  int pre_depth_ = 0;
  int cell_depth_ = 0;
  int cells_in_row_ = 0;
};

const GumboNode* find_first(const GumboNode& node, GumboTag tag, int depth) {
  if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_DOCUMENT) return nullptr;
  if (depth > kMaxNesting) return nullptr;
  if (node.type == GUMBO_NODE_ELEMENT && node.v.element.tag == tag) return &node;
  const GumboVector& children =
      node.type == GUMBO_NODE_ELEMENT ? node.v.element.children : node.v.document.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (const GumboNode* found = find_first(*static_cast<const GumboNode*>(children.data[i]), tag, depth + 1))
      return found;
  return nullptr;
}

// Text of a title-like element on one line.
std::string single_line_text(const GumboNode& node) {
  HtmlTextWriter writer;
  for (unsigned i = 0; i < node.v.element.children.length; ++i)
    writer.write(*static_cast<const GumboNode*>(node.v.element.children.data[i]), 0);
  std::string text = std::move(writer).finish();
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::string declared_title(const GumboNode& root) {
  if (const GumboNode* title = find_first(root, GUMBO_TAG_TITLE, 0)) {
    std::string text = single_line_text(*title);
    if (!text.empty()) return text;
  }
  if (const GumboNode* h1 = find_first(root, GUMBO_TAG_H1, 0)) return single_line_text(*h1);
  return "";
}

}  // namespace

Result<Text> read_html(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  std::string utf8;
  std::string reason;
  if (!decode_html(bytes, utf8, reason)) return html_error(name, "HTML " + reason);

  if (estimated_nesting(utf8) > kMaxNesting)
    return html_error(name, "HTML nests elements more than " + std::to_string(kMaxNesting) + " levels deep");
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()),
      [](GumboOutput* parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });
  if (!output) return html_error(name, "HTML could not be parsed");

  HtmlTextWriter writer;
  if (!writer.write(*output->document, 0))
    return html_error(name, "HTML nests elements more than " + std::to_string(kMaxNesting) + " levels deep");
  Text text;
  text.utf8 = std::move(writer).finish();
  if (is_blank(text.utf8)) return html_error(name, "HTML holds no visible text");
  text.format = SourceFormat::html;
  text.title = declared_title(*output->document);
  return text;
}

}  // namespace rightscheck::ingest
