// `rightscheck scan FILE...`: evaluate documents and report.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "rightscheck/report.h"

namespace rightscheck::cli {

void register_scan(CLI::App& app, CommonOptions& common, ScanOptions& options) {
  CLI::App* cmd = app.add_subcommand("scan", "Evaluate documents and report findings");
  cmd->add_option("files", options.files, "Documents to scan (txt, md, html, pdf, docx, Akoma Ntoso xml)")
      ->required();
  cmd->add_option("--format,-f", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options.output, "Write the report to this file instead of stdout");
}

namespace {

std::string text_listing(const std::vector<Document>& documents) {
  std::string out;
  for (const Document& d : documents) {
    out += fmt::format("{}: {} \"{}\", language {}, {} provisions, {} definitions\n", d.path, kind_name(d.kind),
                       d.title, d.language, d.provisions.size(), d.definitions.size());
  }
  return out;
}

}  // namespace

int run_scan(const CommonOptions& common, const ScanOptions& options) {
  std::vector<Document> documents;
  bool failed = false;
  for (const std::string& path : options.files) {
    Document doc;
    if (load_document(path, common, doc))
      documents.push_back(std::move(doc));
    else
      failed = true;
  }
  if (documents.empty()) return kExitError;  // nothing to report: no partial output
  std::string content = options.format == "json" ? report_json(documents).dump(2) + "\n" : text_listing(documents);
  Status written = write_output(options.output, content);
  if (!written.is_ok()) {
    std::cerr << "rightscheck: " << written.message() << "\n";
    return kExitError;
  }
  return failed ? kExitError : kExitClean;
}

}  // namespace rightscheck::cli
