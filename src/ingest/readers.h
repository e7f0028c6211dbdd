// One reader per source format. Internal to the ingest layer: callers use
// ingest_file / ingest_bytes, which detect the format and dispatch here.
// Each reader returns Text or a Status naming `name` and the reason; none
// throws.
#pragma once

#include <string>
#include <string_view>

#include "rightscheck/ingest.h"

namespace rightscheck::ingest {

Result<Text> read_plain_text(std::string_view bytes, const std::string& name, SourceFormat format);
Result<Text> read_html(std::string_view bytes, const std::string& name, const IngestLimits& limits);
Result<Text> read_pdf(std::string_view bytes, const std::string& name, const IngestLimits& limits);
// Loads, in the calling process, what read_pdf would otherwise read from
// disk on first use; called before read_pdf runs in a child that may open
// no file. Idempotent and thread-safe.
void prepare_pdf_reader();
Result<Text> read_docx(std::string_view bytes, const std::string& name, const IngestLimits& limits);
Result<Text> read_akoma_ntoso(std::string_view bytes, const std::string& name,
                              const IngestLimits& limits);

}  // namespace rightscheck::ingest
