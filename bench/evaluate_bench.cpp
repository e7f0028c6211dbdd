// The evaluator: evaluate() of an analysed document with the built-in
// framework (scan, conditions, safeguard scope, gaps), and what every
// command pays before it: loading the built-in framework.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "rightscheck/ingest.h"
#include "rightscheck/scoring.h"

namespace rightscheck::bench {
namespace {

Document analysed(const BenchDocument& input) {
  Result<Text> text = ingest_bytes(input.bytes, input.path);
  return analyse(std::move(text).value(), input.path);
}

void evaluate_document(benchmark::State& state, const BenchDocument& input) {
  const CompiledFramework& framework = builtin();
  Document document = analysed(input);
  Scratch scratch(framework);
  std::size_t findings = 0;
  for (auto _ : state) {
    Assessment assessment = evaluate(framework, document, scratch);
    findings = assessment.findings.size();
    benchmark::DoNotOptimize(assessment.findings.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.bytes.size()));
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["provisions"] = static_cast<double>(document.provisions.size());
}

void BM_EvaluateExampleBill(benchmark::State& state) { evaluate_document(state, example_bill()); }
BENCHMARK(BM_EvaluateExampleBill)->Unit(benchmark::kMicrosecond);

// One run per dev document: state.range(0) indexes dev_corpus().
void BM_EvaluateDevDocument(benchmark::State& state) {
  const auto& corpus = dev_corpus();
  if (static_cast<std::size_t>(state.range(0)) >= corpus.size()) {
    state.SkipWithError("no such document in the shared corpus (../shared/corpus/dev)");
    return;
  }
  state.SetLabel(corpus[state.range(0)].name);
  evaluate_document(state, corpus[state.range(0)]);
}
BENCHMARK(BM_EvaluateDevDocument)->DenseRange(0, 11)->Unit(benchmark::kMillisecond);

void BM_ScoreExampleBill(benchmark::State& state) {
  Document document = analysed(example_bill());
  Assessment assessment = evaluate(builtin(), document);
  for (auto _ : state) benchmark::DoNotOptimize(score_assessment(assessment, builtin().framework()).overall);
}
BENCHMARK(BM_ScoreExampleBill)->Unit(benchmark::kMicrosecond);

// What `rightscheck scan` pays before reading a document: parse the embedded
// YAML and load the build-time pattern database (or compile, without one).
void BM_LoadBuiltinFramework(benchmark::State& state) {
  for (auto _ : state) {
    Result<Framework> source = builtin_framework("foc-2016");
    Result<CompiledFramework> compiled = compile(source.value());
    benchmark::DoNotOptimize(compiled.is_ok());
  }
}
BENCHMARK(BM_LoadBuiltinFramework)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace rightscheck::bench

BENCHMARK_MAIN();
