#include "report/html_escape.h"

namespace rightscheck {

void append_escaped(std::string& out, std::string_view text) {
  std::size_t plain = 0;  // start of the run of bytes copied unchanged
  auto flush = [&](std::size_t i, std::string_view replacement) {
    out.append(text.data() + plain, i - plain);
    out += replacement;
    plain = i + 1;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': flush(i, "&amp;"); break;
      case '<': flush(i, "&lt;"); break;
      case '>': flush(i, "&gt;"); break;
      case '"': flush(i, "&quot;"); break;
      case '\'': flush(i, "&#39;"); break;
      case '\t': case '\n': case '\f': case '\r': break;
      default:
        if (c < 0x20 || c == 0x7f) flush(i, "\xEF\xBF\xBD");
    }
  }
  out.append(text.data() + plain, text.size() - plain);
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped(out, text);
  return out;
}

std::size_t utf8_floor(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  // Continuation bytes are 10xxxxxx; step back over at most three of them.
  for (int steps = 0; steps < 3 && at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; ++steps) --at;
  return at;
}

std::string utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  return std::string(text.substr(0, utf8_floor(text, max_bytes))) + "\xE2\x80\xA6";
}

}  // namespace rightscheck
