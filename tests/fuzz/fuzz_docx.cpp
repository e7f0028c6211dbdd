// Fuzz target: the DOCX reader (libzip + pugixml): ZIP containers,
// WordprocessingML, numbering definitions.
// The reader is called directly, so format detection never sends the input
// elsewhere.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest_target.h"
#include "ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rightscheck::fuzz::check_ingested(
      rightscheck::ingest::read_docx(bytes, "fuzz-input", rightscheck::fuzz::fuzz_limits()));
  return 0;
}
