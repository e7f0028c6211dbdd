// Ingest of a PDF: poppler text extraction, running heads and page numbers
// removed, hyphenation rejoined, NFC. The PDF is the example bill converted
// by tests/tools/convert.py (made by `ninja bench`).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench_inputs.h"
#include "rightscheck/ingest.h"

namespace rightscheck::bench {
namespace {

void BM_IngestPdfExampleBill(benchmark::State& state) {
  const std::string pdf = std::string(RIGHTSCHECK_BENCH_DIR) + "/cybercrime-bill.pdf";
  std::error_code ec;
  if (!std::filesystem::exists(pdf, ec)) {
    state.SkipWithError("no benchmark PDF; build the `bench` target");
    return;
  }
  const auto size = std::filesystem::file_size(pdf, ec);
  std::size_t text_bytes = 0;
  for (auto _ : state) {
    Result<Text> text = ingest_file(pdf);
    if (!text.is_ok()) {
      state.SkipWithError(text.status().message().c_str());
      return;
    }
    text_bytes = text.value().utf8.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(size));
  state.counters["text_bytes"] = static_cast<double>(text_bytes);
}
BENCHMARK(BM_IngestPdfExampleBill)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rightscheck::bench

BENCHMARK_MAIN();
