// SARIF 2.1.0 for code-review tools that show findings on bills kept in
// version control.
#include <cctype>
#include <map>

#include "report/line_index.h"
#include "report/valid_utf8.h"
#include "rightscheck/ingest.h"
#include "rightscheck/report.h"

namespace rightscheck {
namespace {

using json = nlohmann::ordered_json;

// error / warning / note, as code-review tools rank them. Safeguards are
// notes: worth seeing, never a failure.
const char* level_of(IndicatorKind kind, Severity severity) {
  if (kind == IndicatorKind::safeguard) return "note";
  switch (severity) {
    case Severity::high: return "error";
    case Severity::medium: return "warning";
    case Severity::low: return "note";
  }
  return "warning";
}

std::string evidence_text(const Finding& f, const Document& doc) {
  std::string text;
  for (const Evidence& e : f.evidence) {
    std::size_t end = std::min(e.end, doc.text.utf8.size());
    text += doc.text.utf8.substr(std::min(e.start, end), end - std::min(e.start, end));
    text += ' ';
  }
  return text;
}

// What stays the same when sections are renumbered or text moves: the
// indicator and the words of its evidence (case and spacing folded), plus
// the occurrence count among identical pairs in the document.
std::string stable_key(const Finding& f, const Document& doc) {
  std::string key = f.indicator + "|";
  bool space = false;
  for (char c : evidence_text(f, doc)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && key.back() != '|') key += ' ';
    space = false;
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

json rule_of(const Indicator& indicator) {
  json tags = json::array();
  for (int r : indicator.recommendations) tags.push_back("R" + std::to_string(r));
  tags.push_back(indicator_kind_name(indicator.kind));
  return {
      {"id", indicator.id},
      {"name", indicator.id},
      {"shortDescription", {{"text", indicator.message}}},
      {"fullDescription", {{"text", indicator.rationale}}},
      {"help", {{"text", indicator.suggestion}}},
      {"defaultConfiguration", {{"level", level_of(indicator.kind, indicator.severity)}}},
      {"properties",
       {{"tags", tags}, {"recommendations", indicator.recommendations},
        {"kind", indicator_kind_name(indicator.kind)}, {"severity", severity_name(indicator.severity)}}},
  };
}

}  // namespace

json sarif_report(const std::vector<DocumentReport>& reports, const Framework& framework) {
  json rules = json::array();
  std::map<std::string, int> rule_index;
  for (const Indicator& indicator : framework.indicators) {
    rule_index[indicator.id] = static_cast<int>(rules.size());
    rules.push_back(rule_of(indicator));
  }
  json artifacts = json::array();
  json results = json::array();
  for (std::size_t a = 0; a < reports.size(); ++a) {
    const Document& doc = *reports[a].document;
    artifacts.push_back({{"location", {{"uri", valid_utf8(doc.path)}}}, {"hashes", {{"sha-256", doc.sha256}}}});
    LineIndex lines(doc.text.utf8);
    std::map<std::string, int> seen;
    auto add = [&](const Finding& f, const std::string* justification) {
      json location = {{"physicalLocation", {{"artifactLocation", {{"uri", valid_utf8(doc.path)}, {"index", a}}}}}};
      if (!f.evidence.empty()) {
        std::size_t start = f.evidence.front().start;
        std::size_t end = std::min(f.evidence.front().end, doc.text.utf8.size());
        location["physicalLocation"]["region"] = {
            {"startLine", lines.line(start)},
            {"startColumn", lines.column(start)},
            {"endLine", lines.line(end)},
            {"endColumn", lines.column(end)},
            {"byteOffset", start},
            {"byteLength", end - start},
            {"snippet", {{"text", doc.text.utf8.substr(start, end - start)}}},
        };
      }
      if (f.provision >= 0) {
        const std::string& anchor = doc.provisions[f.provision].anchor;
        location["logicalLocations"] = json::array({{{"name", anchor}, {"fullyQualifiedName", anchor}}});
      }
      std::string key = stable_key(f, doc);
      int occurrence = seen[key]++;
      json result = {
          {"ruleId", f.indicator},
          {"level", level_of(f.kind, f.severity)},
          {"kind", f.kind == IndicatorKind::safeguard ? "informational" : "fail"},
          {"message", {{"text", "R" + std::to_string(f.recommendation) + ": " + f.message}}},
          {"locations", json::array({location})},
          {"partialFingerprints",
           {{"rightscheckEvidence/v1", sha256_hex(key + "#" + std::to_string(occurrence)).substr(0, 32)}}},
          {"properties",
           {{"recommendation", f.recommendation}, {"kind", indicator_kind_name(f.kind)},
            {"severity", severity_name(f.severity)}, {"confidence", f.confidence}}},
      };
      auto it = rule_index.find(f.indicator);
      if (it != rule_index.end()) result["ruleIndex"] = it->second;
      if (justification)
        result["suppressions"] = json::array({{{"kind", "external"}, {"justification", *justification}}});
      results.push_back(std::move(result));
    };
    if (reports[a].assessment)
      for (const Finding& f : reports[a].assessment->findings) add(f, nullptr);
    for (const SuppressedFinding& s : reports[a].suppressed) add(s.finding, &s.justification);
  }
  return {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({{
                   {"tool",
                    {{"driver",
                      {{"name", "rightscheck"},
                       {"version", RIGHTSCHECK_VERSION},
                       {"rules", rules},
                       {"properties", {{"framework", framework.id}, {"frameworkVersion", framework.version}}}}}}},
                   {"columnKind", "unicodeCodePoints"},
                   {"artifacts", artifacts},
                   {"results", results},
               }})},
  };
}

}  // namespace rightscheck
