// The matcher: one pass of the built-in framework's English patterns over a
// document, as evaluate() runs it (before any condition is tested).
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "engine/program.h"

namespace rightscheck::bench {
namespace {

void scan_text(benchmark::State& state, const std::string& text) {
  const PatternSet& patterns = builtin().program().patterns_for("en");
  PatternScratch scratch;
  std::vector<TermMatch> matches;
  for (auto _ : state) {
    matches.clear();
    Status status = patterns.scan(text, scratch, 2'000'000, matches);
    benchmark::DoNotOptimize(matches.data());
    if (!status.is_ok()) state.SkipWithError(status.message().c_str());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["matches"] = static_cast<double>(matches.size());
  state.counters["patterns"] = static_cast<double>(patterns.size());
}

void BM_ScanExampleBill(benchmark::State& state) { scan_text(state, example_bill().bytes); }
BENCHMARK(BM_ScanExampleBill)->Unit(benchmark::kMicrosecond);

void BM_ScanDevCorpus(benchmark::State& state) {
  if (dev_corpus().empty()) {
    state.SkipWithError("no shared corpus (../shared/corpus/dev)");
    return;
  }
  scan_text(state, joined_corpus());
}
BENCHMARK(BM_ScanDevCorpus)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rightscheck::bench

BENCHMARK_MAIN();
