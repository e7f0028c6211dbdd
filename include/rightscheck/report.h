// Reports: the JSON contract (../shared/spec/report-contract.md) and the
// compiler-style listing. Each format reads the same DocumentReport values
// and returns a string; writing it is the caller's job.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rightscheck/document.h"
#include "rightscheck/engine.h"
#include "rightscheck/framework.h"
#include "rightscheck/scoring.h"

namespace rightscheck {

// A finding the user has suppressed in the configuration, with the reason
// they gave. Every format reports it, marked as suppressed.
struct SuppressedFinding {
  Finding finding;
  std::string justification;
};

// One evaluated document. Pointers are borrowed and must outlive the report.
// assessment->findings holds the findings still in force; suppressed ones
// are listed separately.
struct DocumentReport {
  const Document* document = nullptr;
  const Assessment* assessment = nullptr;
  Scores scores;
  std::vector<SuppressedFinding> suppressed;
};

// The document part of the contract without findings: path, sha256, title,
// kind, language, provisions, definitions.
nlohmann::ordered_json document_json(const Document& document);

// One finding as the contract writes it.
nlohmann::ordered_json finding_json(const Finding& finding, const Document& document);

// The whole report object: schema_version, tool, framework, documents.
nlohmann::ordered_json report_json(const std::vector<DocumentReport>& reports, const Framework& framework);

struct ListingOptions {
  bool color = false;  // ANSI colours (only on a terminal and without NO_COLOR)
};

// "path:line:col: severity: R8 message [indicator]" per finding, the quoted
// evidence under it, gaps as "path: severity: …", and a summary line.
std::string listing(const std::vector<DocumentReport>& reports, const ListingOptions& options);

struct HtmlOptions {
  std::string lang = "en";  // the report's language (the <html lang>)
};

// One self-contained HTML page (inline CSS and SVG; no external resource):
// a scorecard, then each document's text with every finding highlighted at
// its evidence and explained beside it. Readable without JavaScript.
std::string html_report(const std::vector<DocumentReport>& reports, const Framework& framework,
                        const HtmlOptions& options);

// Markdown: a summary table per document and the findings list.
std::string markdown_report(const std::vector<DocumentReport>& reports, const Framework& framework);

// CSV (RFC 4180): one row per finding, every contract field flattened.
std::string csv_report(const std::vector<DocumentReport>& reports);

// SARIF 2.1.0: rules from indicators, results with physical and logical
// locations and fingerprints that survive renumbering.
nlohmann::ordered_json sarif_report(const std::vector<DocumentReport>& reports, const Framework& framework);

// The provision tree for a person: one line per provision, indented by depth.
std::string structure_listing(const Document& document);

}  // namespace rightscheck
