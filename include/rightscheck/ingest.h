// Ingestion: read a file people have into a Text.
//
// Formats: plain text, Markdown, HTML, PDF (text layer), DOCX, Akoma Ntoso
// XML. The format is detected from the content; the extension only breaks
// ties between text formats and is checked against binary content.
//
// Errors are values: every failure returns a Status naming the file and the
// reason in one line (missing, unreadable, empty, binary, bad encoding,
// encrypted or image-only PDF, malformed container, limit exceeded, a
// parser that crashed or ran out of time or memory). No function here
// throws.
//
// Isolation: ingest_file and ingest_bytes parse PDF and DOCX in a forked
// child process under CPU, memory and output limits and a system-call
// filter, so a parser bug costs one file, not the caller.
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
  // PDF and DOCX are parsed in a child process under these limits; see
  // "Isolation" in docs/architecture.md. The extracted text may not exceed
  // max_decompressed_bytes. isolate_parsers = false parses in the calling
  // process (benchmarks and debugging only).
  bool isolate_parsers = true;
  int parse_cpu_seconds = 60;                       // CPU time of the parser
  int parse_wall_seconds = 210;                     // wall-clock deadline: 3 x CPU + 30 s
  std::uint64_t parse_memory_bytes = 2ull << 30;    // memory the parser may add
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
