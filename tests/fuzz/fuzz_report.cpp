// Fuzz target: the report writers — JSON, SARIF, Markdown, CSV, HTML, the
// listing and the structure listing — on an assessment of fuzzed text with
// the small fixed framework of tests/data/report-framework (fast to compile,
// and its terms are in the dictionary, so findings happen).
//
// Input layout: the first line is the document's path as the user typed it
// (any bytes: a path need not be UTF-8), the rest is the text. Text that is
// not UTF-8 is skipped, as ingestion would refuse it. The low bit of the
// first byte decides whether the first finding is suppressed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "invariants.h"
#include "rightscheck/report.h"

namespace {

const rightscheck::CompiledFramework& report_framework() {
  static const rightscheck::CompiledFramework framework = [] {
    auto compiled = rightscheck::load_and_compile(RIGHTSCHECK_SOURCE_DIR "/tests/data/report-framework");
    if (!compiled.is_ok()) {
      std::fprintf(stderr, "fuzz_report: %s\n", compiled.status().message().c_str());
      std::abort();
    }
    return std::move(compiled).value();
  }();
  return framework;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rightscheck;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  Text text;
  text.utf8 = std::string(input.substr(newline + 1));
  if (!fuzz::well_formed_utf8(text.utf8)) return 0;
  text.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  const CompiledFramework& framework = report_framework();
  const Document document = analyse(std::move(text), std::string(input.substr(0, newline)));
  fuzz::check_document(document);
  Assessment assessment = evaluate(framework, document);
  const std::string_view utf8 = document.text.utf8;
  for (const Finding& finding : assessment.findings)
    for (const Evidence& e : finding.evidence) {
      fuzz::require(e.start <= e.end && e.end <= utf8.size(), "evidence outside the text");
      fuzz::require(fuzz::on_boundary(utf8, e.start) && fuzz::on_boundary(utf8, e.end),
                    "evidence cuts a UTF-8 sequence");
    }
  DocumentReport report;
  report.document = &document;
  report.assessment = &assessment;
  if (size > 0 && (data[0] & 1) && !assessment.findings.empty()) {
    report.suppressed.push_back({assessment.findings.front(), "accepted by the fuzz harness"});
    assessment.findings.erase(assessment.findings.begin());
  }
  report.scores = score_assessment(assessment, framework.framework());
  const std::vector<DocumentReport> reports{report};

  const Framework& rules = framework.framework();
  // dump() throws on invalid UTF-8: an escaping exception is a finding.
  const std::string json = report_json(reports, rules).dump(2);
  const std::string sarif = sarif_report(reports, rules).dump(2);
  fuzz::require(fuzz::well_formed_utf8(json) && fuzz::well_formed_utf8(sarif), "JSON output is not UTF-8");
  (void)markdown_report(reports, rules);
  (void)csv_report(reports);
  (void)html_report(reports, rules, HtmlOptions{});
  (void)listing(reports, ListingOptions{});
  (void)structure_listing(document);
  return 0;
}
