// What the ingest fuzz targets do with a reader's result: nothing for a
// refusal (a Status is the expected answer to most hostile bytes); for a
// Text, check its promises, then build its structure and check that too,
// since extracted text is what the segmenter receives from a hostile file.
#pragma once

#include <utility>

#include "invariants.h"
#include "rightscheck/document.h"
#include "rightscheck/ingest.h"

namespace rightscheck::fuzz {

// Tighter than the command-line defaults so that one input stays within
// libFuzzer's memory and time budget; the checks are the same.
inline IngestLimits fuzz_limits() {
  IngestLimits limits;
  limits.max_input_bytes = 4u << 20;
  limits.max_decompressed_bytes = 16u << 20;
  limits.max_pages = 64;
  return limits;
}

inline void check_ingested(Result<Text> text) {
  if (!text.is_ok()) {
    require(!text.status().message().empty(), "a refusal without a reason");
    return;
  }
  check_text(text.value());
  const Document document = analyse(std::move(text).value(), "fuzz-input");
  check_document(document);
}

}  // namespace rightscheck::fuzz
