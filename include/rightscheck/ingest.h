// Ingestion: read a file people have into a Text.
//
// Formats: plain text, Markdown, HTML, PDF (text layer), DOCX, Akoma Ntoso
// XML. The format is detected from the content; the extension only breaks
// ties between text formats and is checked against binary content.
//
// Errors are values: every failure returns a Status naming the file and the
// reason in one line (missing, unreadable, empty, binary, bad encoding,
// encrypted or image-only PDF, malformed container, limit exceeded). No
// function here throws.
//
// Thread safety: all functions are reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "rightscheck/status.h"
#include "rightscheck/text.h"

namespace rightscheck {

struct IngestLimits {
  std::uint64_t max_input_bytes = 64ull << 20;          // the file itself
  std::uint64_t max_decompressed_bytes = 256ull << 20;  // inside a DOCX
  int max_pages = 5000;                                 // PDF pages
};

// Reads and converts the file at path.
Result<Text> ingest_file(const std::string& path, const IngestLimits& limits = {});

// Converts bytes already in memory; name is used for messages and for the
// extension hint.
Result<Text> ingest_bytes(std::string_view bytes, const std::string& name,
                          const IngestLimits& limits = {});

// The format the content shows, using the name's extension only to choose
// among text formats. Returns false in ok when the content is binary and
// matches no supported format.
SourceFormat detect_format(std::string_view bytes, const std::string& name, bool& ok);

// Lower-case hex SHA-256 of bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace rightscheck
