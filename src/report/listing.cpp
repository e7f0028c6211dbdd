// The compiler-style listing: one finding per block, the way linters and
// compilers print diagnostics, so editors can jump to path:line:col.
#include <fmt/format.h>

#include <map>

#include "report/line_index.h"
#include "rightscheck/report.h"

namespace rightscheck {
namespace {

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::high: return "\x1b[1;31m";
    case Severity::medium: return "\x1b[1;33m";
    case Severity::low: return "\x1b[1;36m";
  }
  return "";
}

const char* kind_colour(IndicatorKind k) {
  return k == IndicatorKind::safeguard ? "\x1b[1;32m" : "";
}

}  // namespace

std::string listing(const std::vector<DocumentReport>& reports, const ListingOptions& options) {
  std::string out;
  std::map<std::string, int> totals;
  auto paint = [&](const char* colour, const std::string& s) {
    return options.color && *colour ? std::string(colour) + s + "\x1b[0m" : s;
  };
  for (const DocumentReport& r : reports) {
    const Document& doc = *r.document;
    LineIndex lines(doc.text.utf8);
    if (!r.assessment) continue;
    for (const Finding& f : r.assessment->findings) {
      const std::string kind = indicator_kind_name(f.kind);
      ++totals[kind];
      std::string label = f.kind == IndicatorKind::safeguard ? "safeguard" : severity_name(f.severity);
      const char* colour = f.kind == IndicatorKind::safeguard ? kind_colour(f.kind) : severity_colour(f.severity);
      std::string what = fmt::format("R{} {} [{}]", f.recommendation, f.message, f.indicator);
      if (f.kind == IndicatorKind::gap || f.evidence.empty()) {
        out += fmt::format("{}: {}: {} ({})\n", doc.path, paint(colour, label), what, kind);
        continue;
      }
      std::size_t at = f.evidence.front().start;
      std::string anchor = f.provision >= 0 ? doc.provisions[f.provision].anchor : "";
      out += fmt::format("{}:{}:{}: {}: {}{}\n", doc.path, lines.line(at), lines.column(at), paint(colour, label), what,
                         anchor.empty() ? "" : " in " + anchor);
      for (const Evidence& e : f.evidence) {
        std::size_t end = std::min(e.end, doc.text.utf8.size());
        std::string quote = doc.text.utf8.substr(e.start, end - e.start);
        for (char& c : quote)
          if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        out += fmt::format("    | {}\n", quote);
      }
    }
  }
  out += fmt::format("{} document(s): {} risk(s), {} safeguard(s), {} gap(s)\n", reports.size(), totals["risk"],
                     totals["safeguard"], totals["gap"]);
  return out;
}

}  // namespace rightscheck
