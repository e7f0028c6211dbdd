// Markdown: for pasting into an advocacy brief or a pull request.
#include <fmt/format.h>

#include <array>
#include <map>

#include "rightscheck/report.h"

namespace rightscheck {
namespace {

// Text from a hostile document must not turn into Markdown markup.
std::string escape_inline(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string quote_of(const Finding& f, const Document& doc) {
  std::string quote;
  for (const Evidence& e : f.evidence) {
    std::size_t end = std::min(e.end, doc.text.utf8.size());
    if (!quote.empty()) quote += " … ";
    quote += doc.text.utf8.substr(std::min(e.start, end), end - std::min(e.start, end));
  }
  return quote;
}

std::string finding_line(const Finding& f, const Document& doc) {
  std::string where = f.provision >= 0 ? doc.provisions[f.provision].anchor : "whole document";
  std::string label = f.kind == IndicatorKind::safeguard ? "safeguard"
                                                          : std::string(severity_name(f.severity)) + " " +
                                                                indicator_kind_name(f.kind);
  std::string out = fmt::format("- **{}** · R{} · {} · `{}` — {}\n", label, f.recommendation, escape_inline(where),
                                f.indicator, escape_inline(f.message));
  std::string quote = quote_of(f, doc);
  if (!quote.empty()) out += fmt::format("  > {}\n", escape_inline(quote));
  if (f.kind != IndicatorKind::safeguard && !f.suggestion.empty())
    out += fmt::format("  Suggestion: {}\n", escape_inline(f.suggestion));
  return out;
}

}  // namespace

std::string markdown_report(const std::vector<DocumentReport>& reports, const Framework& framework) {
  std::string out = fmt::format("# rightscheck report\n\nFramework: {} (version {}).\n", framework.id, framework.version);
  for (const DocumentReport& r : reports) {
    const Document& doc = *r.document;
    out += fmt::format("\n## {}\n\n`{}` · {} · language {} · overall score **{}**/100\n\n",
                       escape_inline(doc.title.empty() ? doc.path : doc.title), doc.path, kind_name(doc.kind),
                       doc.language, r.scores.overall);
    std::map<int, std::array<int, 3>> counts;  // risk, safeguard, gap
    if (r.assessment)
      for (const Finding& f : r.assessment->findings) ++counts[f.recommendation][static_cast<int>(f.kind)];
    out += "| Recommendation | Score | Risks | Safeguards | Gaps |\n|---|---:|---:|---:|---:|\n";
    for (const auto& [rec, score] : r.scores.by_recommendation) {
      auto c = counts[rec];
      out += fmt::format("| R{} | {} | {} | {} | {} |\n", rec, score, c[0], c[1], c[2]);
    }
    if (!r.assessment) continue;
    for (IndicatorKind kind : {IndicatorKind::risk, IndicatorKind::gap, IndicatorKind::safeguard}) {
      std::string section;
      for (const Finding& f : r.assessment->findings)
        if (f.kind == kind) section += finding_line(f, doc);
      if (section.empty()) continue;
      const char* title = kind == IndicatorKind::risk ? "Risks" : kind == IndicatorKind::gap ? "Gaps" : "Safeguards";
      out += fmt::format("\n### {}\n\n{}", title, section);
    }
    if (!r.suppressed.empty()) {
      out += "\n### Suppressed\n\n";
      for (const SuppressedFinding& s : r.suppressed)
        out += finding_line(s.finding, doc) + fmt::format("  Suppressed: {}\n", escape_inline(s.justification));
    }
  }
  return out;
}

}  // namespace rightscheck
