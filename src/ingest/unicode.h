// Unicode helpers for the ingest layer (ICU underneath).
#pragma once

#include <string>
#include <string_view>

namespace rightscheck::ingest {

// True when bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);

// NFC form of valid UTF-8 text.
std::string to_nfc(std::string_view utf8);

// Converts bytes in the named charset (as an HTML meta tag gives it) to
// UTF-8. Returns false when the charset is unknown or the bytes do not
// convert.
bool convert_to_utf8(std::string_view bytes, const std::string& charset, std::string& out);

}  // namespace rightscheck::ingest
