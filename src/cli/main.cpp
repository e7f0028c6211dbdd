// rightscheck: evaluate cybersecurity laws and strategies against
// human-rights norms. This file wires the subcommands; each lives in its own
// file under src/cli/.
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"

namespace {

// rightscheck runs once over a batch and exits. glibc's defaults return
// freed memory above 128 KB to the kernel and serve large blocks with
// fresh mappings, so each big vector, and each page poppler-cpp lays out
// with a new text device, faults its pages in again: 10-15 % of a scan's
// time went to page faults. Keep up to 256 MB of freed heap for reuse
// instead (bench/README.md, "Third round").
void keep_freed_memory() {
  constexpr int kKeep = 256 * 1024 * 1024;
  mallopt(M_MMAP_THRESHOLD, kKeep);
  mallopt(M_TRIM_THRESHOLD, kKeep);
  mallopt(M_TOP_PAD, 16 * 1024 * 1024);
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
  using namespace rightscheck::cli;
  CLI::App app{"rightscheck — a linter for cybersecurity law with a human-rights style"};
  app.set_version_flag("--version", std::string("rightscheck ") + RIGHTSCHECK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  CommonOptions common;
  app.add_option("--max-bytes", common.limits.max_input_bytes, "Largest input file accepted, in bytes")
      ->capture_default_str();
  app.add_option("--max-decompressed", common.limits.max_decompressed_bytes,
                 "Most bytes a DOCX may expand to")
      ->capture_default_str();
  app.add_option("--max-pages", common.limits.max_pages, "Most pages read from a PDF")->capture_default_str();
  // The parser child's limits (docs/architecture.md, "Isolation"): CPU
  // seconds, and a wall-clock deadline with room for a busy machine.
  app.add_option_function<int>(
         "--parse-timeout",
         [&common](int seconds) {
           common.limits.parse_cpu_seconds = seconds;
           common.limits.parse_wall_seconds = 3 * seconds + 30;
         },
         "CPU seconds a PDF or DOCX parser may use (default " +
             std::to_string(common.limits.parse_cpu_seconds) + ")")
      ->check(CLI::Range(1, 86400));
  app.add_option_function<std::uint64_t>(
         "--parse-memory", [&common](std::uint64_t mib) { common.limits.parse_memory_bytes = mib << 20; },
         "MiB of memory a PDF or DOCX parser may use (default " +
             std::to_string(common.limits.parse_memory_bytes >> 20) + ")")
      ->check(CLI::Range(16, 1 << 20));

  ScanOptions scan;
  register_scan(app, common, scan);
  ExtractOptions extract;
  register_extract(app, common, extract);
  StructureOptions structure;
  register_structure(app, common, structure);
  FrameworksOptions frameworks;
  register_frameworks(app, common, frameworks);
  ExplainOptions explain;
  register_explain(app, common, explain);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  if (app.got_subcommand("scan")) return run_scan(common, scan);
  if (app.got_subcommand("extract")) return run_extract(common, extract);
  if (app.got_subcommand("structure")) return run_structure(common, structure);
  if (app.got_subcommand("frameworks")) return run_frameworks(*app.get_subcommand("frameworks"), frameworks);
  if (app.got_subcommand("explain")) return run_explain(common, explain);
  return kExitError;
}
