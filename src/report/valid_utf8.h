// Strings that come from outside the text and are never validated — a
// document's path as the user typed it may hold any bytes — must still be
// UTF-8 in a report: JSON and SARIF require it, and nlohmann::json throws
// on anything else when the report is written out.
#pragma once

#include <string>
#include <string_view>

namespace rightscheck {

// bytes with every ill-formed UTF-8 sequence (stray continuation bytes,
// truncated or overlong sequences, surrogates, values past U+10FFFF)
// replaced by U+FFFD; well-formed input is returned unchanged.
std::string valid_utf8(std::string_view bytes);

}  // namespace rightscheck
