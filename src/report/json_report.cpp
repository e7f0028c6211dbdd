#include <fmt/format.h>

#include <algorithm>

#include "report/valid_utf8.h"
#include "rightscheck/report.h"

namespace rightscheck {

nlohmann::ordered_json document_json(const Document& document) {
  nlohmann::ordered_json provisions = nlohmann::ordered_json::array();
  for (const Provision& p : document.provisions) {
    nlohmann::ordered_json entry = {{"anchor", p.anchor}, {"heading", p.heading}, {"start", p.start}, {"end", p.end}};
    entry["unit"] = p.unit;
    entry["parent"] = p.parent >= 0 ? nlohmann::ordered_json(document.provisions[p.parent].anchor) : nlohmann::ordered_json();
    if (!document.text.pages.empty()) entry["page"] = document.text.page_at(p.start);
    // Only in a document that mixes languages: where a provision's differs.
    if (!p.language.empty()) entry["language"] = p.language;
    provisions.push_back(std::move(entry));
  }
  nlohmann::ordered_json definitions = nlohmann::ordered_json::array();
  for (const Definition& d : document.definitions)
    definitions.push_back({{"term", d.term}, {"start", d.start}, {"end", d.end}});
  return {
      {"path", valid_utf8(document.path)},
      {"sha256", document.sha256},
      {"title", document.title},
      {"kind", kind_name(document.kind)},
      {"language", document.language},
      {"format", format_name(document.text.format)},
      {"provisions", std::move(provisions)},
      {"definitions", std::move(definitions)},
  };
}

nlohmann::ordered_json finding_json(const Finding& finding, const Document& document) {
  nlohmann::ordered_json provision = nullptr;
  if (finding.provision >= 0 && finding.provision < static_cast<int>(document.provisions.size())) {
    const Provision& p = document.provisions[finding.provision];
    provision = {{"anchor", p.anchor}, {"start", p.start}, {"end", p.end}};
    if (!document.text.pages.empty()) provision["page"] = document.text.page_at(p.start);
  }
  nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
  for (const Evidence& e : finding.evidence) {
    std::size_t end = std::min(e.end, document.text.utf8.size());
    std::size_t start = std::min(e.start, end);
    evidence.push_back({{"start", start}, {"end", end}, {"text", document.text.utf8.substr(start, end - start)}});
  }
  nlohmann::ordered_json out = {
      {"id", finding_id(finding, document)},
      {"indicator", finding.indicator},
      {"recommendation", finding.recommendation},
      {"kind", indicator_kind_name(finding.kind)},
      {"severity", severity_name(finding.severity)},
      {"confidence", finding.confidence},
      {"provision", std::move(provision)},
      {"evidence", std::move(evidence)},
      {"message", finding.message},
      {"rationale", finding.rationale},
      {"suggestion", finding.suggestion},
  };
  if (!finding.governed_by.empty()) out["governed_by"] = finding.governed_by;
  return out;
}

nlohmann::ordered_json report_json(const std::vector<DocumentReport>& reports, const Framework& framework) {
  nlohmann::ordered_json docs = nlohmann::ordered_json::array();
  for (const DocumentReport& r : reports) {
    nlohmann::ordered_json doc = document_json(*r.document);
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    if (r.assessment)
      for (const Finding& f : r.assessment->findings) findings.push_back(finding_json(f, *r.document));
    doc["findings"] = std::move(findings);
    nlohmann::ordered_json by_rec = nlohmann::ordered_json::object();
    for (const auto& [rec, value] : r.scores.by_recommendation) by_rec[std::to_string(rec)] = value;
    doc["scores"] = {{"overall", r.scores.overall}, {"by_recommendation", std::move(by_rec)}};
    docs.push_back(std::move(doc));
  }
  return {
      {"schema_version", 1},
      {"tool", {{"name", "rightscheck"}, {"version", RIGHTSCHECK_VERSION}}},
      {"framework", {{"id", framework.id}, {"version", framework.version}}},
      {"documents", std::move(docs)},
  };
}

std::string structure_listing(const Document& document) {
  std::string out = fmt::format("{} — {} ({}, {})\n", document.path, document.title, kind_name(document.kind),
                                document.language);
  for (const Provision& p : document.provisions) {
    out += std::string(2 * static_cast<std::size_t>(p.depth), ' ');
    out += p.anchor;
    if (!p.heading.empty() && p.heading != p.anchor) out += "  " + p.heading;
    out += fmt::format("  [{}-{}]\n", p.start, p.end);
  }
  return out;
}

}  // namespace rightscheck
