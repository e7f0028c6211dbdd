#include "report/html_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/html_escape.h"

namespace rightscheck {
namespace {

// Something that happens at a byte offset of the text, in the order the
// page needs them at one offset: evidence ends (and their links) first, then
// page and provision anchors, then evidence starts.
struct TextEvent {
  enum Type { evidence_end = 0, page = 1, provision = 2, evidence_start = 3 };
  std::size_t at = 0;
  Type type = evidence_end;
  std::size_t finding = 0;  // index into the PageFinding list; page number; provision index
  std::size_t evidence = 0;
  bool link = false;  // evidence_end: the finding's last span, followed by the link to its explanation

  bool operator<(const TextEvent& o) const {
    if (at != o.at) return at < o.at;
    if (type != o.type) return type < o.type;
    if (finding != o.finding) return finding < o.finding;
    return evidence < o.evidence;
  }
};

std::size_t utf8_ceil(std::string_view text, std::size_t at) {
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return std::min(at, text.size());
}

// A consecutive run of rows that is written as one: either one row with
// explanations beside it, or any number of rows without.
struct RowGroup {
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<std::size_t> notes;
};

std::vector<RowGroup> row_groups(const Document& doc, const std::vector<PageFinding>& findings) {
  const std::string& text = doc.text.utf8;
  std::vector<std::size_t> starts{0};
  for (const Provision& p : doc.provisions)
    if (p.start > 0 && p.start < text.size() && text[p.start - 1] == '\n') starts.push_back(p.start);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

  std::vector<std::vector<std::size_t>> notes(starts.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = *findings[i].finding;
    if (!findings[i].explained_in_text) continue;
    std::size_t at = 0;
    if (!f.evidence.empty())
      at = f.evidence.front().start;
    else if (f.provision >= 0 && f.provision < static_cast<int>(doc.provisions.size()))
      at = doc.provisions[f.provision].start;
    at = std::min(at, text.size());
    std::size_t row = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
    notes[row].push_back(i);
  }

  std::vector<RowGroup> groups;
  for (std::size_t r = 0; r < starts.size(); ++r) {
    std::size_t end = r + 1 < starts.size() ? starts[r + 1] : text.size();
    bool plain = notes[r].empty();
    if (plain && !groups.empty() && groups.back().notes.empty()) {
      groups.back().end = end;
      continue;
    }
    groups.push_back({starts[r], end, std::move(notes[r])});
  }
  return groups;
}

std::vector<TextEvent> text_events(const Document& doc, const std::vector<PageFinding>& findings,
                                   const std::vector<bool>& anchored) {
  const std::string& text = doc.text.utf8;
  std::vector<TextEvent> events;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!findings[i].highlighted) continue;
    const std::vector<Evidence>& evidence = findings[i].finding->evidence;
    std::size_t last_end = 0;
    bool any = false;
    for (std::size_t k = 0; k < evidence.size(); ++k) {
      std::size_t start = utf8_floor(text, evidence[k].start);
      std::size_t end = utf8_ceil(text, std::min(evidence[k].end, text.size()));
      if (start >= end) continue;
      events.push_back({start, TextEvent::evidence_start, i, k});
      events.push_back({end, TextEvent::evidence_end, i, k});
      if (!any || end >= events[last_end].at) last_end = events.size() - 1;
      any = true;
    }
    if (any) events[last_end].link = true;
  }
  for (const PageSpan& page : doc.text.pages)
    if (page.number > 1 && page.start < text.size())
      events.push_back({utf8_floor(text, page.start), TextEvent::page, static_cast<std::size_t>(page.number), 0});
  for (std::size_t p = 0; p < doc.provisions.size() && p < anchored.size(); ++p)
    if (anchored[p]) events.push_back({std::min(doc.provisions[p].start, text.size()), TextEvent::provision, p, 0});
  std::sort(events.begin(), events.end());
  return events;
}

// The findings covering the current segment, in list order, with how many
// of each one's evidence spans are open (at most one unless spans touch).
class Coverage {
 public:
  void open(std::size_t finding) {
    auto it = std::lower_bound(active_.begin(), active_.end(), finding,
                               [](const auto& a, std::size_t f) { return a.first < f; });
    if (it != active_.end() && it->first == finding)
      ++it->second;
    else
      active_.insert(it, {finding, 1});
  }
  void close(std::size_t finding) {
    auto it = std::lower_bound(active_.begin(), active_.end(), finding,
                               [](const auto& a, std::size_t f) { return a.first < f; });
    if (it == active_.end() || it->first != finding) return;
    if (--it->second == 0) active_.erase(it);
  }
  bool empty() const { return active_.empty(); }
  const std::vector<std::pair<std::size_t, int>>& active() const { return active_; }

 private:
  std::vector<std::pair<std::size_t, int>> active_;
};

// <mark class="m-risk mk-risk mr-8 ms-high" data-f="3 4">: the highlight
// style of the strongest kind present, and the filter classes that every
// covering finding shares (so that hiding one kind, recommendation or
// severity by CSS alone un-highlights only segments wholly of it).
void open_mark(std::string& out, const std::vector<PageFinding>& findings, const Coverage& coverage) {
  bool risk = false, safeguard = false, gap = false;
  const Finding& first = *findings[coverage.active().front().first].finding;
  bool same_kind = true, same_rec = true, same_severity = true;
  for (const auto& [i, count] : coverage.active()) {
    const Finding& f = *findings[i].finding;
    risk |= f.kind == IndicatorKind::risk;
    safeguard |= f.kind == IndicatorKind::safeguard;
    gap |= f.kind == IndicatorKind::gap;
    same_kind &= f.kind == first.kind;
    same_rec &= f.recommendation == first.recommendation;
    same_severity &= f.severity == first.severity;
  }
  out += "<mark class=\"";
  out += risk ? "m-risk" : gap ? "m-gap" : "m-safeguard";
  if (risk + safeguard + gap > 1) out += " m-mixed";
  if (same_kind) fmt::format_to(std::back_inserter(out), " mk-{}", indicator_kind_name(first.kind));
  if (same_rec) fmt::format_to(std::back_inserter(out), " mr-{}", first.recommendation);
  if (same_severity) fmt::format_to(std::back_inserter(out), " ms-{}", severity_name(first.severity));
  out += "\" data-f=\"";
  bool space = false;
  for (const auto& [i, count] : coverage.active()) {
    if (space) out += ' ';
    out += findings[i].number;
    space = true;
  }
  out += "\">";
}

void append_event(std::string& out, const TextEvent& e, const std::vector<PageFinding>& findings,
                  Coverage& coverage, std::string_view prefix) {
  switch (e.type) {
    case TextEvent::evidence_end: {
      coverage.close(e.finding);
      if (!e.link) break;
      const PageFinding& pf = findings[e.finding];
      const Finding& f = *pf.finding;
      fmt::format_to(std::back_inserter(out),
                     "<a class=\"ref fk-{0} fr-{1} fs-{2}\" href=\"#{3}f{4}\" data-n=\"{4}\">[<span "
                     "aria-hidden=\"true\">{5}</span><span class=\"vh\">finding </span>{4}<span class=\"vh\">, "
                     "{0}</span>]</a>",
                     indicator_kind_name(f.kind), f.recommendation, severity_name(f.severity), prefix, pf.number,
                     kind_symbol(f.kind));
      break;
    }
    case TextEvent::page:
      fmt::format_to(std::back_inserter(out), "<span class=\"pg\" id=\"{}page{}\">page {}</span>", prefix, e.finding,
                     e.finding);
      break;
    case TextEvent::provision:
      fmt::format_to(std::back_inserter(out), "<span class=\"pv\" id=\"{}p{}\"></span>", prefix, e.finding);
      break;
    case TextEvent::evidence_start:
      coverage.open(e.finding);
      fmt::format_to(std::back_inserter(out), "<span class=\"ev\" id=\"{}f{}-e{}\"></span>", prefix,
                     findings[e.finding].number, e.evidence);
      break;
  }
}

}  // namespace

const char* kind_symbol(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::risk: return "\u25B2";
    case IndicatorKind::safeguard: return "\u2714";
    case IndicatorKind::gap: return "\u25CB";
  }
  return "";
}

std::string filter_keys(const Finding& finding) {
  return fmt::format("r{} k-{} s-{}", finding.recommendation, indicator_kind_name(finding.kind),
                     severity_name(finding.severity));
}

void append_marked_text(std::string& out, const Document& doc, const std::vector<PageFinding>& findings,
                        const std::vector<bool>& anchored, std::string_view prefix, const NotesWriter& notes) {
  const std::string_view text = doc.text.utf8;
  std::string lang = doc.language.empty() || doc.language == "und" ? "" : escaped(doc.language);
  std::vector<RowGroup> groups = row_groups(doc, findings);
  std::vector<TextEvent> events = text_events(doc, findings, anchored);
  Coverage coverage;
  std::size_t next_event = 0;

  for (std::size_t g = 0; g < groups.size(); ++g) {
    const RowGroup& group = groups[g];
    bool last = g + 1 == groups.size();
    out += group.notes.empty() ? "<div class=\"row\">" : "<div class=\"row has-notes\">";
    out += "<div class=\"src\" dir=\"auto\"";
    if (!lang.empty()) out += " lang=\"" + lang + "\"";
    out += ">";
    std::size_t pos = group.start;
    for (;;) {
      // At a row's end only evidence ends belong to it (their links follow
      // the words they cite), except at the very end of the text.
      while (next_event < events.size() && events[next_event].at == pos &&
             (pos < group.end || last || events[next_event].type == TextEvent::evidence_end))
        append_event(out, events[next_event++], findings, coverage, prefix);
      if (pos >= group.end) break;
      std::size_t next = group.end;
      if (next_event < events.size()) next = std::min(next, events[next_event].at);
      if (coverage.empty()) {
        append_escaped(out, text.substr(pos, next - pos));
      } else {
        open_mark(out, findings, coverage);
        append_escaped(out, text.substr(pos, next - pos));
        out += "</mark>";
      }
      pos = next;
    }
    out += "</div>";
    if (!group.notes.empty()) {
      out += "<div class=\"notes\">";
      notes(out, group.notes);
      out += "</div>";
    }
    out += "</div>\n";
  }
}

}  // namespace rightscheck
