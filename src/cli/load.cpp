#include <iostream>

#include "cli/commands.h"

namespace rightscheck::cli {

bool load_document(const std::string& path, const CommonOptions& common, Document& out) {
  Result<Text> text = ingest_file(path, common.limits);
  if (!text.is_ok()) {
    std::cerr << "rightscheck: " << text.status().message() << "\n";
    return false;
  }
  out = analyse(std::move(text).value(), path);
  return true;
}

}  // namespace rightscheck::cli
