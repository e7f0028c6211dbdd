// Inputs the benchmarks share: the example bill, the shared dev corpus when
// it is present (../shared/corpus/dev/*.txt), and the built-in framework
// compiled once per process.
#pragma once

#include <string>
#include <vector>

#include "rightscheck/engine.h"
#include "rightscheck/framework.h"

namespace rightscheck::bench {

struct BenchDocument {
  std::string name;  // file name
  std::string path;
  std::string bytes;
};

// The example bill (always present).
const BenchDocument& example_bill();
// The dev corpus, sorted by name; empty when the shared folder is absent.
const std::vector<BenchDocument>& dev_corpus();
// All dev documents joined, or the example bill when there is no corpus.
const std::string& joined_corpus();

// The built-in framework, compiled once (from the build-time database).
const CompiledFramework& builtin();

}  // namespace rightscheck::bench
