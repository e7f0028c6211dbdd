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
#include "named_parts.h"
#include "rightscheck/framework.h"

namespace {

// framework.yaml first, then each "#> path" file.
std::vector<rightscheck::FrameworkFile> split_files(std::string_view input) {
  std::vector<rightscheck::FrameworkFile> files;
  for (auto& [path, contents] : rightscheck::fuzz::split_named_parts(input, "framework.yaml")) {
    files.push_back({std::move(path), std::move(contents)});
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
