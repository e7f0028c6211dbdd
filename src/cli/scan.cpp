// `rightscheck scan FILE...`: evaluate documents and report.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/config.h"
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
      ->check(CLI::IsMember({"text", "json", "md", "csv", "sarif", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options.output, "Write the report to this file instead of stdout");
  cmd->add_option("--framework", options.framework,
                  "Evaluate with the framework in this folder (default: built-in foc-2016)");
  cmd->add_option("--fail-on", options.fail_on,
                  "Exit 1 when a risk or gap at or above this severity is found (default: none)")
      ->check(CLI::IsMember({"none", "low", "medium", "high"}));
  cmd->add_option("--config", options.config, "Read settings from this file instead of .rightscheck.yaml");
  cmd->add_option("--lang", options.lang,
                  "Language of the report's messages, rationales and suggestions, and of the HTML page: en, fr, es "
                  "(default: each document's)")
      ->check(CLI::IsMember({"en", "fr", "es"}));
}

namespace {

// --lang, or the first document's language when it is one we write in.
std::string report_language(const std::vector<DocumentReport>& reports, const ScanOptions& options) {
  if (!options.lang.empty()) return options.lang;
  const std::string& first = reports.front().document->language;
  return first == "fr" || first == "es" ? first : "en";
}

std::string render(const std::string& format, const std::vector<DocumentReport>& reports, const Framework& rules,
                   const ScanOptions& options) {
  if (format == "json") return report_json(reports, rules).dump(2) + "\n";
  if (format == "md") return markdown_report(reports, rules);
  if (format == "csv") return csv_report(reports);
  if (format == "sarif") return sarif_report(reports, rules).dump(2) + "\n";
  if (format == "html") {
    HtmlOptions html;
    html.lang = report_language(reports, options);
    return html_report(reports, rules, html);
  }
  ListingOptions listing_options;
  listing_options.color = options.output.empty() && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  return listing(reports, listing_options);
}

// Whether a risk or gap still in force reaches the threshold.
bool reaches(const std::vector<DocumentReport>& reports, Severity threshold) {
  for (const DocumentReport& r : reports)
    for (const Finding& f : r.assessment->findings)
      if (f.kind != IndicatorKind::safeguard && f.severity >= threshold) return true;
  return false;
}

}  // namespace

int run_scan(const CommonOptions& common, const ScanOptions& options) {
  // Settings: the command line wins over the configuration file.
  Config config;
  std::string config_path = !options.config.empty() ? options.config : find_config(options.files.front());
  if (!config_path.empty()) {
    Result<Config> loaded = load_config(config_path);
    if (!loaded.is_ok()) {
      std::cerr << "rightscheck: " << loaded.status().message() << "\n";
      return kExitError;
    }
    config = std::move(loaded).value();
  }
  std::optional<Severity> fail_on = config.fail_on;
  if (!options.fail_on.empty()) parse_fail_on(options.fail_on, fail_on);

  std::optional<CompiledFramework> framework =
      load_compiled_framework(!options.framework.empty() ? options.framework : config.framework);
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
    if (!options.lang.empty()) set_report_language(*assessment, framework->framework(), options.lang);
    if (!assessment->status.is_ok()) std::cerr << "rightscheck: " << assessment->status.message() << "\n";
    DocumentReport report;
    report.document = doc.get();
    report.assessment = assessment.get();
    apply_config(config, *assessment, report);
    report.scores = score_assessment(*assessment, rules);
    reports.push_back(std::move(report));
    documents.push_back(std::move(doc));
    assessments.push_back(std::move(assessment));
  }
  for (const Suppression& s : config.suppressions)
    if (s.matched == 0)
      std::cerr << "rightscheck: warning: " << s.where << ": suppression of " << s.indicator
                << (s.anchor.empty() ? "" : " at " + s.anchor) << " matched no finding\n";
  if (reports.empty()) return kExitError;  // nothing to report: no partial output

  const Framework localized = rules.in_language(report_language(reports, options));
  Status written = write_output(options.output, render(options.format, reports, localized, options));
  if (!written.is_ok()) {
    std::cerr << "rightscheck: " << written.message() << "\n";
    return kExitError;
  }
  if (failed) return kExitError;
  return fail_on && reaches(reports, *fail_on) ? kExitFindings : kExitClean;
}

}  // namespace rightscheck::cli
