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

std::optional<CompiledFramework> load_compiled_framework(const std::string& path) {
  Result<Framework> framework = path.empty() ? builtin_framework("foc-2016") : load_framework(path);
  if (!framework.is_ok()) {
    std::cerr << "rightscheck: " << framework.status().message() << "\n";
    return std::nullopt;
  }
  Result<CompiledFramework> compiled = compile(framework.value());
  if (!compiled.is_ok()) {
    std::cerr << "rightscheck: " << compiled.status().message() << "\n";
    return std::nullopt;
  }
  return std::move(compiled).value();
}

}  // namespace rightscheck::cli
