#include "ingest/line_writer.h"

#include "ingest/unicode.h"

namespace rightscheck::ingest {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

bool is_blank(std::string_view s) {
  for (char c : s)
    if (!is_ascii_space(c)) return false;
  return true;
}

void LineWriter::write_pending_and(std::string_view text) {
  text_ += pending_whitespace_;
  pending_whitespace_.clear();
  text_ += to_nfc(text);
}

void LineWriter::append(std::string_view utf8, Whitespace mode) {
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char c = utf8[i];
    if (mode == Whitespace::preserve && (c == '\n' || c == '\r')) {
      // "\r\n" is one break.
      if (c == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      break_line();
      ++i;
      continue;
    }
    if (is_ascii_space(c)) {
      if (mode == Whitespace::preserve) {
        if (c == ' ' || c == '\t') pending_whitespace_ += c;
      } else if (!at_line_start() && pending_whitespace_.empty()) {
        pending_whitespace_ = " ";
      }
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < utf8.size() && !is_ascii_space(utf8[end])) ++end;
    write_pending_and(utf8.substr(i, end - i));
    i = end;
  }
}

void LineWriter::append_cell_separator() {
  // A space held back from the end of the previous cell is swallowed by the tab.
  while (!pending_whitespace_.empty() && pending_whitespace_.back() == ' ') pending_whitespace_.pop_back();
  pending_whitespace_ += '\t';
}

void LineWriter::end_line() {
  pending_whitespace_.clear();
  if (!at_line_start()) text_ += '\n';
}

void LineWriter::break_line() {
  pending_whitespace_.clear();
  if (text_.empty()) return;  // no empty lines at the start
  const bool line_is_empty = text_.back() == '\n';
  const bool previous_is_empty = text_.size() >= 2 && text_[text_.size() - 2] == '\n';
  if (line_is_empty && previous_is_empty) return;  // already one empty line
  text_ += '\n';
}

std::size_t LineWriter::content_end() const {
  std::size_t end = text_.size();
  while (end > 0 && text_[end - 1] == '\n') --end;
  return end;
}

std::string LineWriter::finish() && {
  // Drop a trailing empty line, then end with exactly one newline.
  while (!text_.empty() && text_.back() == '\n') text_.pop_back();
  if (!text_.empty()) text_ += '\n';
  return std::move(text_);
}

}  // namespace rightscheck::ingest
