// Reports: the JSON contract (../shared/spec/report-contract.md) and the
// human listing. Each format reads the same analysed documents and writes a
// string; writing it to a file or stdout is the caller's job.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rightscheck/document.h"

namespace rightscheck {

// The "documents[]" entry of the contract for one document.
nlohmann::ordered_json document_json(const Document& document);

// The whole report object: schema_version, tool, framework, documents.
nlohmann::ordered_json report_json(const std::vector<Document>& documents);

// The provision tree for a person: one line per provision, indented by depth.
std::string structure_listing(const Document& document);

}  // namespace rightscheck
