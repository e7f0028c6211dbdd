// LineWriter: assembles extracted text line by line while keeping the
// invariants every structured reader promises (HTML, DOCX, Akoma Ntoso).
//
// Contract of the string it builds:
//   - every piece of text is NFC-normalised as it is appended, so offsets
//     taken with size() while writing are offsets into the final text;
//   - no line ends in spaces or tabs (whitespace is held back until text
//     follows it on the same line);
//   - no empty lines at the start, and never more than one empty line in a
//     row;
//   - finish() ends the text with exactly one "\n".
// Offsets from size() stay valid: nothing already written is ever changed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rightscheck::ingest {

class LineWriter {
 public:
  enum class Whitespace {
    collapse,  // runs of whitespace become one space; none at a line start
    preserve,  // spaces and tabs kept as written; "\n" ends the line
  };

  // Appends UTF-8 text (assumed valid) under the given whitespace rule.
  void append(std::string_view utf8, Whitespace mode = Whitespace::collapse);

  // Appends a tab that separates table cells: kept when text follows on the
  // line, dropped at the line end like any trailing whitespace.
  void append_cell_separator();

  // Ends the current line if it holds text (a block boundary).
  void end_line();

  // Ends the current line even when it is empty (<br>, w:br); this can make
  // an empty line, but never two in a row.
  void break_line();

  // Bytes written so far, excluding held-back whitespace: the offset at
  // which the next text will start (after end_line, the start of a line).
  std::size_t size() const { return text_.size(); }

  // Like size(), but not counting line breaks at the end: where the text
  // written so far ends.
  std::size_t content_end() const;

  // True when the current line holds no text yet.
  bool at_line_start() const { return text_.empty() || text_.back() == '\n'; }

  // The finished text; empty when no text was ever written.
  std::string finish() &&;

 private:
  void write_pending_and(std::string_view text);

  std::string text_;
  std::string pending_whitespace_;
};

// True when s holds only ASCII whitespace (or nothing).
bool is_blank(std::string_view s);

}  // namespace rightscheck::ingest
