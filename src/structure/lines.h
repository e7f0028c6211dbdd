// Lines of a Text with their byte offsets: the unit the segmenter reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rightscheck::structure {

struct Line {
  std::size_t start = 0;    // first byte of the line
  std::size_t end = 0;      // one past the last byte before the line break
  std::size_t content = 0;  // first non-blank byte (== end when blank)
  std::size_t content_end = 0;  // one past the last non-blank byte
  int indent = 0;           // leading columns (tab = 4)
  std::string_view text;    // trimmed both sides
  bool blank() const { return text.empty(); }
};

// ASCII lower case (legal keywords and anchors; other bytes unchanged).
std::string lower_ascii(std::string_view s);

// Whether s begins with prefix. The segmenter tries dozens of keywords on
// every line, and most differ in their first byte: that is checked before
// comparing the rest.
inline bool starts_with(std::string_view s, std::string_view prefix) {
  return prefix.empty() || (!s.empty() && s[0] == prefix[0] && s.starts_with(prefix));
}

// Splits on \n (a preceding \r is trimmed); form feeds count as blanks.
std::vector<Line> split_lines(std::string_view text);

}  // namespace rightscheck::structure
