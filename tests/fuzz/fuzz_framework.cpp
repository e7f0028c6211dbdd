// Fuzz target: the framework loader — YAML syntax, the framework.yaml
// header, term files and indicator files, and the cross-file checks — then,
// for a framework that loads, compile(), which validates conditions and
// patterns. A user's own framework (--framework DIR) is untrusted input too.
//
// Input layout: the bytes up to the first line "#> PATH" are framework.yaml;
// each "#> PATH" line starts a file of that path ("indicators/a.yaml",
// "terms/t.yaml"). The marker is a YAML comment, so every part stays a
// readable YAML file in the seed corpus.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "invariants.h"
#include "rightscheck/framework.h"

namespace {

std::vector<rightscheck::FrameworkFile> split_files(std::string_view input) {
  std::vector<rightscheck::FrameworkFile> files{{"framework.yaml", ""}};
  std::size_t at = 0;
  while (at < input.size()) {
    std::size_t end = input.find('\n', at);
    end = end == std::string_view::npos ? input.size() : end + 1;
    const std::string_view line = input.substr(at, end - at);
    if (line.substr(0, 3) == "#> ") {
      std::string_view path = line.substr(3);
      while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.remove_suffix(1);
      files.push_back({std::string(path), ""});
    } else {
      files.back().contents.append(line);
    }
    at = end;
  }
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rightscheck;
  // Pattern compilation grows fast with pattern length; rule files of real
  // frameworks are far smaller than this per indicator.
  if (size > 16384) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Result<Framework> framework = parse_framework(split_files(input), "fuzz");
  if (!framework.is_ok()) {
    fuzz::require(!framework.status().message().empty(), "a refusal without a reason");
    return 0;
  }
  for (const Indicator& indicator : framework->indicators)
    fuzz::require(framework->find_indicator(indicator.id) != nullptr, "an indicator that cannot be found by id");
  Result<CompiledFramework> compiled = compile(framework.value());
  if (!compiled.is_ok()) fuzz::require(!compiled.status().message().empty(), "a compile error without a reason");
  return 0;
}
