// `rightscheck scan FILE...`: evaluate documents and report.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "rightscheck/engine.h"
#include "rightscheck/report.h"
#include "rightscheck/scoring.h"

namespace rightscheck::cli {

void register_scan(CLI::App& app, CommonOptions& common, ScanOptions& options) {
  CLI::App* cmd = app.add_subcommand("scan", "Evaluate documents and report risks, safeguards and gaps");
  cmd->add_option("files", options.files, "Documents to scan (txt, md, html, pdf, docx, Akoma Ntoso xml)")
      ->required();
  cmd->add_option("--format,-f", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options.output, "Write the report to this file instead of stdout");
  cmd->add_option("--framework", options.framework, "Evaluate with the framework in this folder (default: built-in foc-2016)");
}

int run_scan(const CommonOptions& common, const ScanOptions& options) {
  std::optional<CompiledFramework> framework = load_compiled_framework(options.framework);
  if (!framework) return kExitError;
  const Framework& rules = framework->framework();

  // Documents and assessments are kept in stable storage: reports borrow them.
  std::vector<std::unique_ptr<Document>> documents;
  std::vector<std::unique_ptr<Assessment>> assessments;
  std::vector<DocumentReport> reports;
  Scratch scratch(*framework);
  bool failed = false;
  for (const std::string& path : options.files) {
    auto doc = std::make_unique<Document>();
    if (!load_document(path, common, *doc)) {
      failed = true;
      continue;
    }
    auto assessment = std::make_unique<Assessment>(evaluate(*framework, *doc, scratch));
    if (!assessment->status.is_ok()) std::cerr << "rightscheck: " << assessment->status.message() << "\n";
    DocumentReport report;
    report.document = doc.get();
    report.assessment = assessment.get();
    report.scores = score_assessment(*assessment, rules);
    reports.push_back(std::move(report));
    documents.push_back(std::move(doc));
    assessments.push_back(std::move(assessment));
  }
  if (reports.empty()) return kExitError;  // nothing to report: no partial output

  std::string content;
  if (options.format == "json") {
    content = report_json(reports, rules).dump(2) + "\n";
  } else {
    ListingOptions listing_options;
    listing_options.color = options.output.empty() && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    content = listing(reports, listing_options);
  }
  Status written = write_output(options.output, content);
  if (!written.is_ok()) {
    std::cerr << "rightscheck: " << written.message() << "\n";
    return kExitError;
  }
  return failed ? kExitError : kExitClean;
}

}  // namespace rightscheck::cli
