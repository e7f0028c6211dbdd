// PDF reader: the text layer of each page, in reading order, one printed
// line per line; running headers, footers and page numbers removed; words
// hyphenated at a line end rejoined; a PageSpan per page.
//
// Layout choice. poppler offers three text layouts. raw_order_layout gives
// content-stream order, which producers do not keep in reading order.
// non_raw_non_physical_layout ("reading order") regroups text into flows
// and blocks, but it joins the lines of a block, and when a line ends in a
// hyphen it drops the hyphen and glues the next line on: "Director-" /
// "General" becomes "DirectorGeneral", and the printed lines, which the
// structure layer reads ("(2) A person ..."), are lost. physical_layout
// keeps every printed line as one line, top to bottom, with no
// dehyphenation of its own; for the single-column layout of statutes that
// is the reading order. Its cost is padding: it indents and spaces words
// with runs of blanks to mimic positions, which we collapse. Two-column
// pages would come out with both columns on each line; statutes rarely
// use them.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <regex>
#include <string>
#include <vector>

#include "ingest/readers.h"
#include "ingest/unicode.h"

namespace rightscheck::ingest {
namespace {

using PageLines = std::vector<std::string>;

// poppler reports syntax problems on stderr by default; a reader must not
// print, and its failures are reported through Status instead.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// UTF-16 to UTF-8 through ICU rather than ustring::to_utf8, which uses
// iconv: iconv loads its converters from files, and the parser child may
// open no file (docs/architecture.md, "Isolation").
std::string to_string(const poppler::ustring& text) {
  std::string utf8;
  icu::UnicodeString(reinterpret_cast<const char16_t*>(text.data()), static_cast<int32_t>(text.size()))
      .toUTF8String(utf8);
  return utf8;
}

// One printed line: control characters dropped, runs of blanks (physical
// layout padding) collapsed to one space, no spaces at either end.
std::string clean_line(std::string_view raw) {
  std::string line;
  bool pending_space = false;
  for (char c : raw) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == ' ' || byte == '\t') {
      pending_space = !line.empty();
      continue;
    }
    if (byte < 0x20 || byte == 0x7F) continue;
    if (pending_space) line += ' ';
    pending_space = false;
    line += c;
  }
  return line;
}

// The page's lines with empty lines trimmed at both ends and never more
// than one in a row.
PageLines split_lines(const std::string& raw) {
  PageLines lines;
  std::size_t begin = 0;
  while (begin <= raw.size()) {
    std::size_t end = raw.find('\n', begin);
    if (end == std::string::npos) end = raw.size();
    std::string line = clean_line(std::string_view(raw).substr(begin, end - begin));
    const bool blank_after_blank = line.empty() && (lines.empty() || lines.back().empty());
    if (!blank_after_blank) lines.push_back(std::move(line));
    begin = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// "12", "- 12 -", "— 12 —", "Page 12", "page 12 of 40".
bool is_page_number_line(const std::string& line) {
  static const std::regex kPageNumber(
      R"(^(?:(?:-|–|—)\s*\d+\s*(?:-|–|—)|(?:page\s+)?\d+(?:\s+of\s+\d+)?)$)",
      std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
  return line.size() < 40 && std::regex_match(line, kPageNumber);
}

void trim_blank_edges(PageLines& lines) {
  while (!lines.empty() && lines.front().empty()) lines.erase(lines.begin());
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
}

void remove_page_number_lines(std::vector<PageLines>& pages) {
  for (PageLines& lines : pages) {
    if (!lines.empty() && is_page_number_line(lines.front())) lines.erase(lines.begin());
    trim_blank_edges(lines);
    if (!lines.empty() && is_page_number_line(lines.back())) lines.pop_back();
    trim_blank_edges(lines);
  }
}

// A first (or last) line that is identical on at least half the pages of a
// document of three or more pages is a running header (or footer).
void remove_repeated_edge_lines(std::vector<PageLines>& pages) {
  if (pages.size() < 3) return;
  std::map<std::string, std::size_t> first_count, last_count;
  for (const PageLines& lines : pages) {
    if (lines.empty()) continue;
    ++first_count[lines.front()];
    ++last_count[lines.back()];
  }
  auto repeated = [&](const std::map<std::string, std::size_t>& counts, const std::string& line) {
    auto found = counts.find(line);
    return found != counts.end() && found->second * 2 >= pages.size();
  };
  for (PageLines& lines : pages) {
    if (lines.empty()) continue;
    const bool header = repeated(first_count, lines.front());
    const bool footer = lines.size() > 1 && repeated(last_count, lines.back());
    if (footer) lines.pop_back();
    if (header) lines.erase(lines.begin());
    trim_blank_edges(lines);
  }
}

// The code point ending at byte `end` of s, or -1.
UChar32 code_point_before(const std::string& s, std::size_t end) {
  if (end == 0) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(bytes, 0, i, c);
  return c;
}

UChar32 first_code_point(const std::string& s) {
  if (s.empty()) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(s.size()), c);
  return c;
}

// Byte length of the hyphen ending the line (ASCII hyphen-minus, U+2010
// HYPHEN or U+00AD SOFT HYPHEN), or 0.
std::size_t trailing_hyphen_length(const std::string& line) {
  if (!line.empty() && line.back() == '-') return 1;
  if (line.size() >= 3 && line.compare(line.size() - 3, 3, "\xE2\x80\x90") == 0) return 3;
  if (line.size() >= 2 && line.compare(line.size() - 2, 2, "\xC2\xAD") == 0) return 2;
  return 0;
}

// "inter-" + "ception" -> "interception" when a lower-case letter precedes
// the hyphen and the next line starts with one; "Director-" + "General"
// keeps its hyphen and its line break.
void join_hyphenated_words(PageLines& lines) {
  for (std::size_t i = 0; i + 1 < lines.size();) {
    std::string& line = lines[i];
    const std::size_t hyphen = trailing_hyphen_length(line);
    const bool joins = hyphen > 0 && u_islower(code_point_before(line, line.size() - hyphen)) &&
                       u_islower(first_code_point(lines[i + 1]));
    if (!joins) {
      ++i;
      continue;
    }
    line.resize(line.size() - hyphen);
    line += lines[i + 1];
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

Status pdf_error(Status::Code code, const std::string& name, std::string reason) {
  return Status::error(code, name, std::move(reason));
}

}  // namespace

void prepare_pdf_reader() {
  static std::once_flag once;
  std::call_once(once, [] {
    silence_poppler();
    // poppler-cpp converts page text to UTF-16 with iconv, whose first use
    // reads glibc's converter configuration from disk.
    (void)poppler::ustring::from_utf8("\xC3\xA9");
    // The reader's std::regex consults the locale's ctype facet; using it
    // once here means the child, which may read no file (not even /proc,
    // where a sanitizer would look up the facet's type), finds it checked.
    (void)std::regex_search("12", std::regex("[0-9]+"));
  });
}

Result<Text> read_pdf(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  silence_poppler();
  const Status malformed =
      pdf_error(Status::Code::invalid_input, name, "malformed PDF: it cannot be parsed (damaged or incomplete file)");
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return malformed;

  std::vector<PageLines> pages;
  std::string title;
  try {
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) return malformed;
    if (document->is_locked())
      return pdf_error(Status::Code::unsupported, name, "encrypted PDF: a password is needed to read it");
    const int page_count = document->pages();
    if (page_count <= 0) return pdf_error(Status::Code::invalid_input, name, "malformed PDF: it has no pages");
    if (page_count > limits.max_pages)
      return pdf_error(Status::Code::limit_exceeded, name,
                       "PDF has " + std::to_string(page_count) + " pages, over the limit of " +
                           std::to_string(limits.max_pages) + " (see --max-pages)");
    for (int index = 0; index < page_count; ++index) {
      std::unique_ptr<poppler::page> page(document->create_page(index));
      pages.push_back(page ? split_lines(to_string(page->text(poppler::rectf(), poppler::page::physical_layout)))
                           : PageLines{});
    }
    title = clean_line(to_string(document->get_title()));
  } catch (const std::exception& error) {
    return pdf_error(Status::Code::invalid_input, name, std::string("malformed PDF: ") + error.what());
  } catch (...) {
    return malformed;
  }

  const bool has_text = std::any_of(pages.begin(), pages.end(), [](const PageLines& l) { return !l.empty(); });
  if (!has_text)
    return pdf_error(Status::Code::unsupported, name,
                     "PDF has no text layer (scanned images?): run OCR first, e.g. with ocrmypdf");

  remove_page_number_lines(pages);
  remove_repeated_edge_lines(pages);
  remove_page_number_lines(pages);

  Text text;
  text.format = SourceFormat::pdf;
  std::size_t total = 0;
  for (const PageLines& lines : pages) {
    for (const std::string& line : lines) total += line.size() + 1;
  }
  text.utf8.reserve(total);
  std::string page_text;
  for (std::size_t index = 0; index < pages.size(); ++index) {
    join_hyphenated_words(pages[index]);
    page_text.clear();
    for (const std::string& line : pages[index]) page_text.append(line).push_back('\n');
    PageSpan span;
    span.number = static_cast<int>(index) + 1;
    span.start = text.utf8.size();
    text.utf8 += to_nfc(page_text);
    span.end = text.utf8.size();
    text.pages.push_back(span);
  }
  if (text.utf8.empty())
    return pdf_error(Status::Code::invalid_input, name, "PDF holds nothing but page numbers and running heads");
  text.title = to_nfc(title);
  return text;
}

}  // namespace rightscheck::ingest
