#include <fmt/format.h>

#include "rightscheck/report.h"

namespace rightscheck {

nlohmann::json document_json(const Document& document) {
  nlohmann::json provisions = nlohmann::json::array();
  for (const Provision& p : document.provisions) {
    nlohmann::json entry = {{"anchor", p.anchor}, {"heading", p.heading}, {"start", p.start}, {"end", p.end}};
    entry["unit"] = p.unit;
    entry["parent"] = p.parent >= 0 ? nlohmann::json(document.provisions[p.parent].anchor) : nlohmann::json();
    if (!document.text.pages.empty()) entry["page"] = document.text.page_at(p.start);
    provisions.push_back(std::move(entry));
  }
  nlohmann::json definitions = nlohmann::json::array();
  for (const Definition& d : document.definitions)
    definitions.push_back({{"term", d.term}, {"start", d.start}, {"end", d.end}});
  return {
      {"path", document.path},
      {"sha256", document.sha256},
      {"title", document.title},
      {"kind", kind_name(document.kind)},
      {"language", document.language},
      {"format", format_name(document.text.format)},
      {"provisions", std::move(provisions)},
      {"definitions", std::move(definitions)},
      {"findings", nlohmann::json::array()},
  };
}

nlohmann::json report_json(const std::vector<Document>& documents) {
  nlohmann::json docs = nlohmann::json::array();
  for (const Document& d : documents) docs.push_back(document_json(d));
  return {
      {"schema_version", 1},
      {"tool", {{"name", "rightscheck"}, {"version", RIGHTSCHECK_VERSION}}},
      {"framework", nullptr},
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
