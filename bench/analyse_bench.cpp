// The segmenter: analyse() of plain text into provisions, anchors,
// definitions and cross-references; and plain-text ingest for comparison.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "rightscheck/document.h"
#include "rightscheck/ingest.h"

namespace rightscheck::bench {
namespace {

void analyse_bytes(benchmark::State& state, const std::string& bytes, const std::string& name) {
  Result<Text> text = ingest_bytes(bytes, name);
  if (!text.is_ok()) {
    state.SkipWithError(text.status().message().c_str());
    return;
  }
  std::size_t provisions = 0;
  for (auto _ : state) {
    Document document = analyse(text.value(), name);  // includes one copy of the Text
    provisions = document.provisions.size();
    benchmark::DoNotOptimize(document.provisions.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes.size()));
  state.counters["provisions"] = static_cast<double>(provisions);
}

void BM_AnalyseExampleBill(benchmark::State& state) { analyse_bytes(state, example_bill().bytes, "bill.txt"); }
BENCHMARK(BM_AnalyseExampleBill)->Unit(benchmark::kMicrosecond);

void BM_AnalyseDevCorpus(benchmark::State& state) {
  if (dev_corpus().empty()) {
    state.SkipWithError("no shared corpus (../shared/corpus/dev)");
    return;
  }
  // One document at a time, as the CLI does.
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const BenchDocument& d : dev_corpus()) {
      Result<Text> text = ingest_bytes(d.bytes, d.name);
      Document document = analyse(std::move(text).value(), d.name);
      benchmark::DoNotOptimize(document.provisions.data());
    }
  }
  for (const BenchDocument& d : dev_corpus()) bytes += d.bytes.size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_AnalyseDevCorpus)->Unit(benchmark::kMillisecond);

void BM_IngestPlainText(benchmark::State& state) {
  const std::string& bytes = joined_corpus();
  for (auto _ : state) {
    Result<Text> text = ingest_bytes(bytes, "corpus.txt");
    benchmark::DoNotOptimize(text.is_ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes.size()));
}
BENCHMARK(BM_IngestPlainText)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace rightscheck::bench

BENCHMARK_MAIN();
