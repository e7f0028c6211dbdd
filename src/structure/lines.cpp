#include "structure/lines.h"

#include <algorithm>

namespace rightscheck::structure {
namespace {
bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// U+00A0 (no-break space) is common in converted documents; treat it as blank.
std::size_t blank_width(std::string_view text, std::size_t i) {
  if (is_blank_byte(text[i])) return 1;
  if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0)
    return 2;
  return 0;
}
}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  // Counting first is one fast pass; growing the vector instead copies it
  // and faults in twice its memory on a long statute.
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    Line line;
    line.start = pos;
    line.end = end;
    std::size_t i = pos;
    int indent = 0;
    while (i < end) {
      std::size_t w = blank_width(text, i);
      if (w == 0) break;
      indent += text[i] == '\t' ? 4 : 1;
      i += w;
    }
    std::size_t j = end;
    while (j > i) {
      if (is_blank_byte(text[j - 1])) {
        --j;
      } else if (j - i >= 2 && static_cast<unsigned char>(text[j - 2]) == 0xC2 &&
                 static_cast<unsigned char>(text[j - 1]) == 0xA0) {
        j -= 2;
      } else {
        break;
      }
    }
    line.content = i;
    line.content_end = j;
    line.indent = indent;
    line.text = text.substr(i, j - i);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

}  // namespace rightscheck::structure
