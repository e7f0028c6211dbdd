// rightscheck: evaluate cybersecurity laws and strategies against
// human-rights norms. This file wires the subcommands; each lives in its own
// file under src/cli/.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"

int main(int argc, char** argv) {
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
