// CSV (RFC 4180): one row per finding, for spreadsheets.
#include <fmt/format.h>

#include "report/line_index.h"
#include "rightscheck/report.h"

namespace rightscheck {
namespace {

// Quotes a field when it needs it, and defuses cells a spreadsheet would
// run as a formula: document text is untrusted.
std::string field(std::string_view value) {
  std::string v(value);
  if (!v.empty() && std::string_view("=+-@\t\r").find(v.front()) != std::string_view::npos) v.insert(v.begin(), '\'');
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

template <typename T>
std::string number(T value) {
  return fmt::format("{}", value);
}

void write_row(std::string& out, const DocumentReport& r, const LineIndex& lines, const Finding& f, bool suppressed,
               const std::string& justification) {
  const Document& doc = *r.document;
  std::string anchor, pstart, pend, page, line, column, estart, eend, etext;
  if (f.provision >= 0) {
    const Provision& p = doc.provisions[f.provision];
    anchor = p.anchor;
    pstart = number(p.start);
    pend = number(p.end);
    if (!doc.text.pages.empty()) page = number(doc.text.page_at(p.start));
  }
  if (!f.evidence.empty()) {
    estart = number(f.evidence.front().start);
    eend = number(f.evidence.back().end);
    line = number(lines.line(f.evidence.front().start));
    column = number(lines.column(f.evidence.front().start));
    for (const Evidence& e : f.evidence) {
      std::size_t end = std::min(e.end, doc.text.utf8.size());
      if (!etext.empty()) etext += " … ";
      etext += doc.text.utf8.substr(std::min(e.start, end), end - std::min(e.start, end));
    }
  }
  std::vector<std::string> cells = {doc.path, doc.title, finding_id(f, doc), f.indicator, number(f.recommendation),
                                    indicator_kind_name(f.kind), severity_name(f.severity),
                                    fmt::format("{:.2f}", f.confidence), anchor, pstart, pend, page, line, column,
                                    estart, eend, etext, f.message, f.rationale, f.suggestion,
                                    suppressed ? "yes" : "no", justification};
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + field(cells[i]);
  out += "\r\n";
}

}  // namespace

std::string csv_report(const std::vector<DocumentReport>& reports) {
  std::string out =
      "path,title,id,indicator,recommendation,kind,severity,confidence,anchor,provision_start,provision_end,page,"
      "line,column,evidence_start,evidence_end,evidence,message,rationale,suggestion,suppressed,justification\r\n";
  for (const DocumentReport& r : reports) {
    LineIndex lines(r.document->text.utf8);
    if (r.assessment)
      for (const Finding& f : r.assessment->findings) write_row(out, r, lines, f, false, "");
    for (const SuppressedFinding& s : r.suppressed) write_row(out, r, lines, s.finding, true, s.justification);
  }
  return out;
}

}  // namespace rightscheck
