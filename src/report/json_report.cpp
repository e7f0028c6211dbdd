#include <fmt/format.h>

#include "rightscheck/report.h"

namespace rightscheck {

nlohmann::ordered_json document_json(const Document& document) {
  nlohmann::ordered_json provisions = nlohmann::ordered_json::array();
  for (const Provision& p : document.provisions) {
    nlohmann::ordered_json entry = {{"anchor", p.anchor}, {"heading", p.heading}, {"start", p.start}, {"end", p.end}};
    entry["unit"] = p.unit;
    entry["parent"] = p.parent >= 0 ? nlohmann::ordered_json(document.provisions[p.parent].anchor) : nlohmann::ordered_json();
    if (!document.text.pages.empty()) entry["page"] = document.text.page_at(p.start);
    provisions.push_back(std::move(entry));
  }
  nlohmann::ordered_json definitions = nlohmann::ordered_json::array();
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
      {"findings", nlohmann::ordered_json::array()},
  };
}

nlohmann::ordered_json report_json(const std::vector<Document>& documents) {
  nlohmann::ordered_json docs = nlohmann::ordered_json::array();
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
