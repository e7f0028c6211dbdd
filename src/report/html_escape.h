// Escaping for the HTML report. Document text is hostile input: a bill may
// contain "<script>", stray control characters or quotes, and every byte of
// it must reach the reader as text, never as markup.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rightscheck {

// Appends text to out with & < > " ' escaped, so the result is safe both as
// element content and inside a double- or single-quoted attribute. C0
// control characters other than tab, line feed, form feed and carriage
// return (which HTML forbids in text) become U+FFFD; every other byte is
// copied as is, so valid UTF-8 stays valid.
void append_escaped(std::string& out, std::string_view text);

// The same, returned as a new string.
std::string escaped(std::string_view text);

// The largest offset <= at that does not fall inside a UTF-8 sequence of
// text (at is clamped to text.size()).
std::size_t utf8_floor(std::string_view text, std::size_t at);

// At most max_bytes of text cut at a character boundary, with "…" appended
// when something was cut.
std::string utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace rightscheck
