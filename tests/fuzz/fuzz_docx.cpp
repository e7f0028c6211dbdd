// Fuzz target: the DOCX reader (libzip + pugixml): ZIP containers,
// WordprocessingML, numbering definitions, styles and core properties.
// The reader is called directly, so format detection never sends the input
// elsewhere.
//
// Two kinds of input. One that starts with "PK" is a ZIP file and goes to
// the reader as it is: that fuzzes the container. Anything else is a list
// of parts, as in fuzz_framework: lines "#> word/document.xml" start each
// part; the parts are packed into a ZIP here (stored, so no checksum or
// deflate stream stands between a mutation and the XML readers).
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/readers.h"
#include "ingest_target.h"
#include "named_parts.h"

namespace {

using Part = rightscheck::fuzz::NamedPart;  // name in the package, contents

// The parts as the bytes of a ZIP archive; empty when libzip refuses them
// (a duplicate or empty name, say).
std::string pack(const std::vector<Part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) return "";
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer);
    return "";
  }
  zip_source_keep(buffer);  // read it back after zip_close
  bool ok = true;
  for (const Part& part : parts) {
    zip_source_t* contents = zip_source_buffer(archive, part.second.data(), part.second.size(), 0);
    const zip_int64_t index = contents ? zip_file_add(archive, part.first.c_str(), contents, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      zip_source_free(contents);
      ok = false;
      break;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (!ok) {
    zip_discard(archive);
    zip_source_free(buffer);
    return "";
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(buffer);
    return "";
  }
  std::string bytes;
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && zip_source_open(buffer) == 0) {
    bytes.resize(static_cast<std::size_t>(stat.size));
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), bytes.size());
    bytes.resize(read < 0 ? 0 : static_cast<std::size_t>(read));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string packed;
  std::string_view bytes = input;
  if (input.substr(0, 2) != "PK") {
    packed = pack(rightscheck::fuzz::split_named_parts(input));
    if (packed.empty()) return 0;
    bytes = packed;
  }
  rightscheck::fuzz::check_ingested(
      rightscheck::ingest::read_docx(bytes, "fuzz-input", rightscheck::fuzz::fuzz_limits()));
  return 0;
}
