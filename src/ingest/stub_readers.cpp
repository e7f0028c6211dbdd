// Placeholder readers, replaced one by one by the real ones.
#include "ingest/readers.h"

namespace rightscheck::ingest {
namespace {
Status not_yet(const std::string& name, const char* what) {
  return Status::error(Status::Code::unsupported, name, std::string(what) + " input is not supported yet");
}
}  // namespace
Result<Text> read_pdf(std::string_view, const std::string& name, const IngestLimits&) { return not_yet(name, "PDF"); }
}  // namespace rightscheck::ingest
