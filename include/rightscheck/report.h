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

// One evaluated document. Pointers are borrowed and must outlive the report.
struct DocumentReport {
  const Document* document = nullptr;
  const Assessment* assessment = nullptr;
  Scores scores;
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

// The provision tree for a person: one line per provision, indented by depth.
std::string structure_listing(const Document& document);

}  // namespace rightscheck
