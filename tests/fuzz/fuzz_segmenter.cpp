// Fuzz target: the structure layer — segmenter, enumerators, definitions,
// cross-references, title/kind/language — on any UTF-8 text, as a .txt and
// as a .md would reach it. Bytes that are not UTF-8 never reach analyse()
// (ingestion refuses them), so they are skipped here.
#include <cstddef>
#include <cstdint>
#include <string>

#include "invariants.h"
#include "rightscheck/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rightscheck;
  std::string utf8(reinterpret_cast<const char*>(data), size);
  if (!fuzz::well_formed_utf8(utf8)) return 0;
  for (SourceFormat format : {SourceFormat::plain_text, SourceFormat::markdown}) {
    Text text;
    text.utf8 = utf8;
    text.format = format;
    fuzz::check_document(analyse(std::move(text), "fuzz-input"));
  }
  return 0;
}
