#include "bench_inputs.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace rightscheck::bench {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

const BenchDocument& example_bill() {
  static const BenchDocument bill = [] {
    std::string path = std::string(RIGHTSCHECK_SOURCE_DIR) + "/examples/cybercrime-bill.txt";
    return BenchDocument{"cybercrime-bill.txt", path, read(path)};
  }();
  return bill;
}

const std::vector<BenchDocument>& dev_corpus() {
  static const std::vector<BenchDocument> corpus = [] {
    std::vector<BenchDocument> out;
    const char* shared = std::getenv("SHARED_DIR");
    std::filesystem::path dir = std::filesystem::path(shared ? shared : RIGHTSCHECK_SHARED_DIR) / "corpus" / "dev";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return out;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".txt") continue;
      out.push_back({entry.path().filename().string(), entry.path().string(), read(entry.path().string())});
    }
    std::sort(out.begin(), out.end(), [](const BenchDocument& a, const BenchDocument& b) { return a.name < b.name; });
    return out;
  }();
  return corpus;
}

const std::string& joined_corpus() {
  static const std::string joined = [] {
    std::string out;
    for (const BenchDocument& d : dev_corpus()) out += d.bytes + "\n\n";
    return out.empty() ? example_bill().bytes : out;
  }();
  return joined;
}

const CompiledFramework& builtin() {
  static const CompiledFramework framework = [] {
    Result<Framework> source = builtin_framework("foc-2016");
    if (!source.is_ok()) {
      std::cerr << source.status().message() << "\n";
      std::exit(2);
    }
    Result<CompiledFramework> compiled = compile(source.value());
    if (!compiled.is_ok()) {
      std::cerr << compiled.status().message() << "\n";
      std::exit(2);
    }
    return std::move(compiled).value();
  }();
  return framework;
}

}  // namespace rightscheck::bench
