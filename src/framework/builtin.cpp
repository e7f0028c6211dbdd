// Frameworks compiled into the binary, read from the embedded files.
#include <set>

#include "framework/embedded_files.h"
#include "rightscheck/framework.h"

namespace rightscheck {

std::vector<std::string> builtin_framework_ids() {
  std::set<std::string> ids;
  for (const EmbeddedFile& file : embedded_framework_files()) {
    std::string path = file.path;
    std::size_t slash = path.find('/');
    if (slash != std::string::npos && path.substr(slash + 1) == "framework.yaml") ids.insert(path.substr(0, slash));
  }
  return {ids.begin(), ids.end()};
}

Result<Framework> builtin_framework(const std::string& id) {
  const std::string prefix = id + "/";
  std::vector<FrameworkFile> files;
  for (const EmbeddedFile& file : embedded_framework_files()) {
    std::string path = file.path;
    if (path.rfind(prefix, 0) != 0) continue;
    files.push_back({path.substr(prefix.size()), std::string(reinterpret_cast<const char*>(file.bytes), file.size)});
  }
  if (files.empty()) {
    return Status::error(Status::Code::not_found, id, "no built-in framework with this id");
  }
  return parse_framework(files, "builtin:" + id);
}

}  // namespace rightscheck
