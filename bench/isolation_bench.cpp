// What isolation costs: ingest of the example bill as a PDF and as a DOCX
// with the parser in a child process (the default) and in the calling
// process, and a child that parses nothing (fork, limits, filter, pipe,
// reap: the fixed cost). The "WithFramework" runs first load the built-in
// framework, as `scan` does before it reads a file: fork then copies the
// page tables of a process that maps about 100 MB more.
//
// Further files can be measured the same way: ISOLATION_BENCH_FILES=a.pdf:b.docx
// adds BM_IngestFile/<path>/0 and /1 for each, before the framework runs.
//
// The time reported is CPU time of this process and its reaped children
// (getrusage), since Google Benchmark's own CPU column does not see the
// child; wall-clock time per iteration is the wall_ms counter.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "bench_inputs.h"
#include "ingest/isolation.h"
#include "rightscheck/ingest.h"

namespace rightscheck::bench {
namespace {

double cpu_seconds() {
  double total = 0;
  for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage usage{};
    getrusage(who, &usage);
    total += static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
             static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  }
  return total;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Times fn per iteration in CPU seconds of this process and its children.
template <typename Fn>
void time_cpu(benchmark::State& state, Fn&& fn) {
  double wall = 0;
  for (auto _ : state) {
    const double cpu_before = cpu_seconds();
    const auto wall_before = std::chrono::steady_clock::now();
    if (!fn()) return;
    wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_before).count();
    state.SetIterationTime(cpu_seconds() - cpu_before);
  }
  state.counters["wall_ms"] =
      benchmark::Counter(wall * 1e3 / static_cast<double>(state.iterations()));
}

// state.range(0): 1 to parse in a child, 0 in this process.
void ingest_path(benchmark::State& state, const std::string& file, bool with_framework) {
  if (with_framework) builtin();
  const std::string bytes = read_bytes(file);
  if (bytes.empty()) {
    state.SkipWithError("no benchmark input; build the `bench` target");
    return;
  }
  IngestLimits limits;
  limits.isolate_parsers = state.range(0) == 1;
  time_cpu(state, [&] {
    Result<Text> text = ingest_bytes(bytes, file, limits);
    if (!text.is_ok()) state.SkipWithError(text.status().message().c_str());
    return text.is_ok();
  });
  state.SetLabel(limits.isolate_parsers ? "child process" : "in process");
}

void ingest(benchmark::State& state, const std::string& file, bool with_framework) {
  ingest_path(state, std::string(RIGHTSCHECK_BENCH_DIR) + "/" + file, with_framework);
}

void empty_child(benchmark::State& state, bool with_framework) {
  if (with_framework) builtin();
  const ingest::ChildLimits limits;
  time_cpu(state, [&] {
    Result<Text> text =
        ingest::read_in_child([] { return Result<Text>(Text()); }, "empty", "nothing", limits);
    if (!text.is_ok()) state.SkipWithError(text.status().message().c_str());
    return text.is_ok();
  });
}

void BM_IngestPdf(benchmark::State& state) { ingest(state, "cybercrime-bill.pdf", false); }
void BM_IngestDocx(benchmark::State& state) { ingest(state, "cybercrime-bill.docx", false); }
void BM_EmptyChild(benchmark::State& state) { empty_child(state, false); }
void BM_IngestPdfWithFramework(benchmark::State& state) {
  ingest(state, "cybercrime-bill.pdf", true);
}
void BM_IngestDocxWithFramework(benchmark::State& state) {
  ingest(state, "cybercrime-bill.docx", true);
}
void BM_EmptyChildWithFramework(benchmark::State& state) { empty_child(state, true); }

// Registration order is run order: the framework, once loaded, stays.
void register_all() {
  auto both = [](benchmark::internal::Benchmark* b) {
    b->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kMillisecond);
  };
  both(benchmark::RegisterBenchmark("BM_IngestPdf", BM_IngestPdf));
  both(benchmark::RegisterBenchmark("BM_IngestDocx", BM_IngestDocx));
  if (const char* files = std::getenv("ISOLATION_BENCH_FILES")) {
    std::stringstream list(files);
    for (std::string path; std::getline(list, path, ':');)
      if (!path.empty())
        both(benchmark::RegisterBenchmark(
            ("BM_IngestFile/" + path).c_str(),
            [path](benchmark::State& state) { ingest_path(state, path, false); }));
  }
  benchmark::RegisterBenchmark("BM_EmptyChild", BM_EmptyChild)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  both(benchmark::RegisterBenchmark("BM_IngestPdfWithFramework", BM_IngestPdfWithFramework));
  both(benchmark::RegisterBenchmark("BM_IngestDocxWithFramework", BM_IngestDocxWithFramework));
  benchmark::RegisterBenchmark("BM_EmptyChildWithFramework", BM_EmptyChildWithFramework)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
}

}  // namespace
}  // namespace rightscheck::bench

int main(int argc, char** argv) {
  rightscheck::bench::register_all();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
