// The self-contained HTML report: a scorecard per document, then its text
// with every finding highlighted and explained beside it, gaps and
// suppressed findings in their own sections. One pass into one string;
// nothing on the page is fetched (see the Content-Security-Policy below).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "report/html_assets.h"
#include "report/html_escape.h"
#include "report/html_labels.h"
#include "report/html_text.h"
#include "rightscheck/report.h"

namespace rightscheck {
namespace {

constexpr std::array<IndicatorKind, 3> kKinds = {IndicatorKind::risk, IndicatorKind::safeguard, IndicatorKind::gap};
constexpr std::array<Severity, 3> kSeverities = {Severity::high, Severity::medium, Severity::low};
constexpr std::size_t kQuoteBytes = 160;

// Everything the sections of one document share.
struct DocumentPage {
  const DocumentReport* report = nullptr;
  const Document* doc = nullptr;
  std::string prefix;                 // "d1-": starts every id of the document
  std::vector<PageFinding> findings;  // findings in force, then suppressed ones
  std::size_t in_force = 0;
  std::vector<bool> anchored;         // provisions that something links to
  std::vector<bool> listed;           // provisions in the table of contents
};

void put(std::string& out, std::string_view text) { append_escaped(out, text); }

template <typename... Args>
void putf(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, label(n == 1 ? one : many));
}

std::string_view kind_plural(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::risk: return label("Risks");
    case IndicatorKind::safeguard: return label("Safeguards");
    case IndicatorKind::gap: return label("Gaps");
  }
  return {};
}

// "1 risk, 2 safeguards" (empty when all are zero).
std::string count_words(const std::array<std::size_t, 3>& by_kind) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> names = {
      {{"risk", "risks"}, {"safeguard", "safeguards"}, {"gap", "gaps"}}};
  std::string out;
  for (std::size_t k = 0; k < 3; ++k) {
    if (by_kind[k] == 0) continue;
    if (!out.empty()) out += ", ";
    out += plural(by_kind[k], names[k].first, names[k].second);
  }
  return out;
}

std::size_t kind_index(IndicatorKind kind) { return static_cast<std::size_t>(kind); }

// A BCP 47 tag is letters, digits and hyphens; anything else falls back to "en".
std::string language_tag(const std::string& lang) {
  bool ok = !lang.empty() && lang.size() <= 35 &&
            std::all_of(lang.begin(), lang.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
  return ok ? lang : "en";
}

const char* score_band(int score) { return score < 40 ? "b-low" : score < 70 ? "b-mid" : "b-high"; }

std::string document_name(const Document& doc) { return doc.title.empty() ? doc.path : doc.title; }

// Evidence quoted for a person: whitespace runs folded to one space, cut short.
std::string quote(const Document& doc, const Evidence& e) {
  const std::string& text = doc.text.utf8;
  std::size_t end = std::min(e.end, text.size());
  std::size_t start = utf8_floor(text, std::min(e.start, end));
  std::string folded;
  bool space = false;
  for (std::size_t i = start; i < end; ++i) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
      space = !folded.empty();
      continue;
    }
    if (space) folded += ' ';
    space = false;
    folded += c;
  }
  return utf8_prefix(folded, kQuoteBytes);
}

bool valid_provision(const Document& doc, int p) { return p >= 0 && p < static_cast<int>(doc.provisions.size()); }

DocumentPage make_page(const DocumentReport& report, std::size_t index) {
  DocumentPage page;
  page.report = &report;
  page.doc = report.document;
  page.prefix = fmt::format("d{}-", index + 1);
  const Document& doc = *report.document;
  int number = 0;
  if (report.assessment)
    for (const Finding& f : report.assessment->findings)
      page.findings.push_back({&f, std::to_string(++number), f.kind != IndicatorKind::gap, true});
  page.in_force = page.findings.size();
  number = 0;
  for (const SuppressedFinding& s : report.suppressed)
    page.findings.push_back({&s.finding, fmt::format("s{}", ++number), false, false});

  page.anchored.assign(doc.provisions.size(), false);
  page.listed.assign(doc.provisions.size(), false);
  for (std::size_t p = 0; p < doc.provisions.size(); ++p)
    if (doc.provisions[p].depth == 0 || !doc.provisions[p].heading.empty()) page.listed[p] = page.anchored[p] = true;
  for (const PageFinding& pf : page.findings)
    if (valid_provision(doc, pf.finding->provision)) page.anchored[pf.finding->provision] = true;
  return page;
}

// --- the head ---------------------------------------------------------------

// Filtering without JavaScript: an unticked box hides, through :has(), the
// explanations and links of its findings and un-highlights the evidence that
// only such findings cover. Browsers without :has() ignore these rules; the
// script then does the same work.
void append_filter_rules(std::string& out, const DocumentPage& page) {
  std::map<std::string, std::string> keys;  // filter key -> mark class
  for (const PageFinding& pf : page.findings) {
    const Finding& f = *pf.finding;
    keys[fmt::format("k-{}", indicator_kind_name(f.kind))] = fmt::format("mk-{}", indicator_kind_name(f.kind));
    keys[fmt::format("s-{}", severity_name(f.severity))] = fmt::format("ms-{}", severity_name(f.severity));
    keys[fmt::format("r{}", f.recommendation)] = fmt::format("mr-{}", f.recommendation);
  }
  std::string doc_id = page.prefix.substr(0, page.prefix.size() - 1);
  for (const auto& [key, mark] : keys) {
    std::string item = key[0] == 'r' ? "fr-" + key.substr(1) : "f" + key;
    putf(out, "#{0}:has(#{1}flt-{2}:not(:checked)) :is(.finding.{3},.ref.{3}){{display:none}}\n", doc_id, page.prefix,
         key, item);
    putf(out, "#{0}:has(#{1}flt-{2}:not(:checked)) mark.{3}{{background:none;border-bottom:0}}\n", doc_id,
         page.prefix, key, mark);
  }
}

void append_head(std::string& out, const std::vector<DocumentPage>& pages, const HtmlOptions& options) {
  putf(out, "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", language_tag(options.lang));
  putf(out,
       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
       "script-src {}; img-src data:; base-uri 'none'; form-action 'none'\">\n",
       html_script_hash_source());
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"color-scheme\" content=\"light\">\n";
  out += "<meta name=\"generator\" content=\"rightscheck\">\n<title>";
  if (pages.size() == 1) {
    put(out, document_name(*pages[0].doc));
    out += " — ";
  }
  put(out, label("rightscheck report"));
  out += "</title>\n<style>";
  out += html_stylesheet();
  for (const DocumentPage& page : pages) append_filter_rules(out, page);
  out += "</style>\n</head>\n";
}

// --- one finding ------------------------------------------------------------

// The explanation of page.findings[index]; suppressed findings carry their justification.
void append_finding(std::string& out, const DocumentPage& page, std::size_t index) {
  const PageFinding& pf = page.findings[index];
  const Finding& f = *pf.finding;
  const Document& doc = *page.doc;
  bool suppressed = index >= page.in_force;
  const char* kind = indicator_kind_name(f.kind);
  std::string id = page.prefix + "f" + pf.number;
  putf(out, "<article class=\"finding fk-{0} fr-{1} fs-{2}{3}\" id=\"{4}\" data-n=\"{5}\" data-keys=\"{6}\" "
            "aria-labelledby=\"{4}-h\">",
       kind, f.recommendation, severity_name(f.severity), suppressed ? " suppressed" : "", id, pf.number,
       filter_keys(f));
  putf(out, "<h4 id=\"{}-h\">", id);
  if (suppressed) {
    putf(out, "<span class=\"tag t-suppressed\"><span aria-hidden=\"true\">\u2298</span> {}</span>", label("Suppressed"));
  }
  putf(out, "<span class=\"tag t-{0}\"><span aria-hidden=\"true\">{1}</span> {2} · {3}</span> ", kind,
       kind_symbol(f.kind), label(capitalised(kind)), label(severity_name(f.severity)));
  putf(out, "<span class=\"num\">#{}</span> ", pf.number);
  put(out, f.message);
  out += "</h4>\n<p class=\"meta\">";
  putf(out, "R{}", f.recommendation);
  if (valid_provision(doc, f.provision)) {
    putf(out, " · <a href=\"#{}p{}\">", page.prefix, f.provision);
    put(out, doc.provisions[f.provision].anchor);
    out += "</a>";
  } else if (f.kind == IndicatorKind::gap) {
    putf(out, " · {}", label("whole document"));
  }
  if (!doc.text.pages.empty()) {
    std::size_t at = !f.evidence.empty()                   ? f.evidence.front().start
                     : valid_provision(doc, f.provision) ? doc.provisions[f.provision].start
                                                          : std::size_t{0};
    if (!f.evidence.empty() || valid_provision(doc, f.provision)) {
      putf(out, " · {} {}", label("page"), doc.text.page_at(at));
    }
  }
  putf(out, " · {} {:.0f}% · <code>", label("confidence"), f.confidence * 100);
  put(out, f.indicator);
  out += "</code></p>\n";

  if (!f.evidence.empty()) {
    out += "<p class=\"quote\">";
    out += label(f.kind == IndicatorKind::gap ? "What makes it a gap: " : "Evidence: ");
    for (std::size_t k = 0; k < f.evidence.size(); ++k) {
      if (k) out += ", ";
      std::string words = quote(doc, f.evidence[k]);
      if (pf.highlighted && !words.empty()) putf(out, "<a href=\"#{}-e{}\">", id, k);
      out += "\u201C";
      put(out, words);
      out += "\u201D";
      if (pf.highlighted && !words.empty()) out += "</a>";
    }
    out += "</p>\n";
  } else if (f.kind == IndicatorKind::gap) {
    putf(out, "<p>{}</p>\n", label("No provision of the document provides this protection."));
  }
  if (!f.rationale.empty()) {
    putf(out, "<p><strong>{}</strong> ", label("Why it matters:"));
    put(out, f.rationale);
    out += "</p>\n";
  }
  if (!f.suggestion.empty()) {
    putf(out, "<p><strong>{}</strong> ", label("Suggestion:"));
    put(out, f.suggestion);
    out += "</p>\n";
  }
  if (!f.governed_by.empty()) {
    putf(out, "<p>{} ", label(f.governed_by.size() > 1 ? "Lowered by the safeguards" : "Lowered by the safeguard"));
    for (std::size_t i = 0; i < f.governed_by.size(); ++i) {
      if (i) out += ", ";
      out += "<code>";
      put(out, f.governed_by[i]);
      out += "</code>";
    }
    out += ".</p>\n";
  }
  if (suppressed) {
    const std::string& why = page.report->suppressed[index - page.in_force].justification;
    putf(out, "<p><strong>{}</strong> ", label("Suppressed because:"));
    put(out, why.empty() ? label("no justification given") : std::string_view(why));
    out += "</p>\n";
  }
  out += "</article>\n";
}

// --- the sections of a document --------------------------------------------

void append_scorecard(std::string& out, const DocumentPage& page, const Framework& framework) {
  const DocumentReport& report = *page.report;
  std::array<std::array<std::size_t, 3>, 3> counts{};  // [kind][severity]
  std::map<int, std::array<std::size_t, 3>> by_rec;    // recommendation -> [kind]
  for (std::size_t i = 0; i < page.in_force; ++i) {
    const Finding& f = *page.findings[i].finding;
    ++counts[kind_index(f.kind)][static_cast<std::size_t>(f.severity)];
    ++by_rec[f.recommendation][kind_index(f.kind)];
  }
  putf(out, "<section class=\"scorecard\" id=\"{0}scorecard\" aria-labelledby=\"{0}scorecard-h\">\n", page.prefix);
  putf(out, "<h3 id=\"{}scorecard-h\">{}</h3>\n<div class=\"summary\">\n", page.prefix, label("Scorecard"));

  int overall = std::clamp(report.scores.overall, 0, 100);
  constexpr double kCircumference = 326.73;  // 2·π·52
  putf(out,
       "<div class=\"overall\"><svg viewBox=\"0 0 120 120\" aria-hidden=\"true\" focusable=\"false\">"
       "<circle class=\"ring-track\" cx=\"60\" cy=\"60\" r=\"52\"/>"
       "<circle class=\"ring {0}\" cx=\"60\" cy=\"60\" r=\"52\" stroke-dasharray=\"{1:.2f} {2:.2f}\" "
       "transform=\"rotate(-90 60 60)\"/></svg>"
       "<p><span class=\"big\">{3}</span> / 100<br>{4}</p></div>\n",
       score_band(overall), kCircumference * overall / 100.0, kCircumference, overall, label("overall score"));

  putf(out, "<table class=\"counts\"><caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
       label("Findings by kind and severity"), label("Kind"));
  for (Severity s : kSeverities) putf(out, "<th scope=\"col\">{}</th>", label(capitalised(severity_name(s))));
  putf(out, "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n", label("Total"));
  for (IndicatorKind k : kKinds) {
    putf(out, "<tr><th scope=\"row\"><span aria-hidden=\"true\">{}</span> {}</th>", kind_symbol(k), kind_plural(k));
    std::size_t total = 0;
    for (Severity s : kSeverities) {
      std::size_t n = counts[kind_index(k)][static_cast<std::size_t>(s)];
      total += n;
      putf(out, "<td>{}</td>", n);
    }
    putf(out, "<td>{}</td></tr>\n", total);
  }
  out += "</tbody></table>\n</div>\n";
  if (!report.suppressed.empty())
    putf(out, "<p>{}<a href=\"#{}suppressed\">{}</a>.</p>\n", label("Not counted: "), page.prefix,
         plural(report.suppressed.size(), "suppressed finding", "suppressed findings"));
  if (report.assessment && !report.assessment->removed.empty())
    putf(out, "<p>{} {} (<code>rightscheck explain</code> {}).</p>\n",
         plural(report.assessment->removed.size(), "risk was", "risks were"), label("removed by a governing safeguard"),
         label("says why"));

  putf(out, "<h4>{}</h4>\n<ol class=\"bars\">\n", label("Score by recommendation"));
  std::vector<const Recommendation*> recs;
  for (const Recommendation& r : framework.recommendations) recs.push_back(&r);
  std::sort(recs.begin(), recs.end(), [](auto* a, auto* b) { return a->number < b->number; });
  for (const Recommendation* r : recs) {
    auto found = report.scores.by_recommendation.find(r->number);
    putf(out, "<li><span class=\"rec\">R{}</span>", r->number);
    if (found == report.scores.by_recommendation.end()) {
      putf(out, "<span></span><span class=\"val\">{}</span>", label("not scored"));
    } else {
      int score = std::clamp(found->second, 0, 100);
      putf(out,
           "<svg viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
           "<rect class=\"track\" width=\"100\" height=\"8\"/><rect class=\"{}\" width=\"{}\" height=\"8\"/></svg>"
           "<span class=\"val\">{} / 100</span>",
           score_band(score), score, score);
    }
    auto rec_counts = by_rec.find(r->number);
    putf(out, "<span class=\"rtext\">{}</span></li>\n",
         rec_counts == by_rec.end() ? std::string(label("No findings")) : capitalised(count_words(rec_counts->second)));
  }
  putf(out, "</ol>\n<details><summary>{}</summary>\n<dl class=\"recs\">\n", label("What each recommendation asks"));
  for (const Recommendation* r : recs) {
    putf(out, "<dt>R{}</dt><dd>", r->number);
    put(out, r->text);
    out += "</dd>\n";
  }
  out += "</dl>\n</details>\n</section>\n";
}

void append_contents(std::string& out, const DocumentPage& page) {
  const Document& doc = *page.doc;
  // Findings per listed provision: each counted at its nearest listed ancestor-or-self.
  std::vector<std::array<std::size_t, 3>> counts(doc.provisions.size());
  std::size_t gaps = 0;
  for (std::size_t i = 0; i < page.in_force; ++i) {
    const Finding& f = *page.findings[i].finding;
    if (f.kind == IndicatorKind::gap) ++gaps;
    int p = f.provision;
    for (int guard = 0; valid_provision(doc, p) && !page.listed[p] && guard < 1000; ++guard) p = doc.provisions[p].parent;
    if (valid_provision(doc, p)) ++counts[p][kind_index(f.kind)];
  }
  putf(out, "<nav class=\"contents\" aria-labelledby=\"{0}toc-h\">\n<h3 id=\"{0}toc-h\">{1}</h3>\n<ul>\n",
       page.prefix, label("Contents"));
  putf(out, "<li><a href=\"#{}scorecard\">{}</a></li>\n", page.prefix, label("Scorecard"));
  putf(out, "<li><a href=\"#{}filters\">{}</a></li>\n", page.prefix, label("Filter findings"));
  putf(out, "<li><a href=\"#{}text\">{}</a>", page.prefix, label("Text and findings"));

  std::size_t listed = static_cast<std::size_t>(std::count(page.listed.begin(), page.listed.end(), true));
  if (listed > 0) {
    putf(out, "\n<details{}><summary>{} ({})</summary>\n", listed <= 60 ? " open" : "", label("Provisions"), listed);
    // Nest by the number of listed ancestors; parents precede children.
    std::vector<int> level(doc.provisions.size(), 0);
    int open = 0;  // lists open
    for (std::size_t p = 0; p < doc.provisions.size(); ++p) {
      if (!page.listed[p]) continue;
      int depth = 0;
      int parent = doc.provisions[p].parent;
      for (int guard = 0; valid_provision(doc, parent) && guard < 1000; ++guard) {
        if (page.listed[parent] && static_cast<std::size_t>(parent) < p) {
          depth = level[parent] + 1;
          break;
        }
        parent = doc.provisions[parent].parent;
      }
      depth = std::min(depth, open);  // never open two lists at once
      level[p] = depth;
      if (depth + 1 > open) {
        out += "<ol>";
        ++open;
      } else {
        out += "</li>";
        for (; open > depth + 1; --open) out += "</ol></li>";
      }
      const Provision& pr = doc.provisions[p];
      putf(out, "\n<li><a href=\"#{}p{}\">", page.prefix, p);
      put(out, pr.anchor);
      if (!pr.heading.empty() && pr.heading != pr.anchor) {
        out += " ";
        put(out, pr.heading);
      }
      out += "</a>";
      if (!doc.text.pages.empty()) {
        putf(out, " <span class=\"counts-inline\">{} {}</span>", label("page"), doc.text.page_at(pr.start));
      }
      std::string words = count_words(counts[p]);
      if (!words.empty()) putf(out, " <span class=\"counts-inline\">({})</span>", words);
    }
    for (; open > 0; --open) out += "</li></ol>";
    out += "\n</details>\n";
  }
  out += "</li>\n";
  putf(out, "<li><a href=\"#{}gaps\">{}</a> <span class=\"counts-inline\">({})</span></li>\n", page.prefix,
       label("Gaps"), gaps);
  putf(out, "<li><a href=\"#{}suppressed\">{}</a> <span class=\"counts-inline\">({})</span></li>\n", page.prefix,
       label("Suppressed findings"), page.findings.size() - page.in_force);
  out += "</ul>\n</nav>\n";
}

void append_filters(std::string& out, const DocumentPage& page) {
  std::array<std::size_t, 3> kinds{}, severities{};
  std::map<int, std::size_t> recs;
  for (const PageFinding& pf : page.findings) {
    ++kinds[kind_index(pf.finding->kind)];
    ++severities[static_cast<std::size_t>(pf.finding->severity)];
    ++recs[pf.finding->recommendation];
  }
  auto box = [&](const std::string& key, const std::string& label) {
    putf(out, "<label><input type=\"checkbox\" id=\"{0}flt-{1}\" value=\"{1}\" checked> {2}</label>\n", page.prefix,
         key, label);
  };
  putf(out, "<section class=\"filters\" id=\"{0}filters\" aria-labelledby=\"{0}filters-h\">\n", page.prefix);
  putf(out, "<h3 id=\"{}filters-h\">{}</h3>\n", page.prefix, label("Filter findings"));
  putf(out, "<p class=\"meta\">{}</p>\n",
       label("Untick a box to hide those findings and their highlights. Everything is shown when the browser cannot "
             "filter."));
  putf(out, "<fieldset><legend>{}</legend>\n", label("Kind"));
  for (IndicatorKind k : kKinds)
    if (kinds[kind_index(k)])
      box(fmt::format("k-{}", indicator_kind_name(k)),
          fmt::format("<span aria-hidden=\"true\">{}</span> {} ({})", kind_symbol(k), kind_plural(k), kinds[kind_index(k)]));
  putf(out, "</fieldset>\n<fieldset><legend>{}</legend>\n", label("Severity"));
  for (Severity s : kSeverities)
    if (severities[static_cast<std::size_t>(s)])
      box(fmt::format("s-{}", severity_name(s)),
          fmt::format("{} ({})", label(capitalised(severity_name(s))), severities[static_cast<std::size_t>(s)]));
  putf(out, "</fieldset>\n<fieldset><legend>{}</legend>\n", label("Recommendation"));
  for (const auto& [rec, n] : recs) box(fmt::format("r{}", rec), fmt::format("R{} ({})", rec, n));
  putf(out, "</fieldset>\n<p class=\"shown\" role=\"status\" data-template=\"{}\"></p>\n</section>\n",
       label("Showing {n} of {total} findings."));
}

void append_text(std::string& out, const DocumentPage& page) {
  putf(out, "<section class=\"text\" id=\"{0}text\" aria-labelledby=\"{0}text-h\">\n", page.prefix);
  putf(out, "<h3 id=\"{}text-h\">{}</h3>\n", page.prefix, label("Text and findings"));
  putf(out,
       "<p class=\"meta\">{} <mark class=\"m-risk\">{}</mark> {} <mark class=\"m-safeguard\">{}</mark> {} "
       "<mark class=\"m-gap\">{}</mark> {}</p>\n",
       label("Highlighted words are evidence:"), label("solid underline"), label("for a risk,"),
       label("double underline"), label("for a safeguard,"), label("dotted underline"),
       label("for a gap. The number in brackets after them links to the explanation, which links back."));
  append_marked_text(out, *page.doc, page.findings, page.anchored, page.prefix,
                     [&](std::string& notes, const std::vector<std::size_t>& indices) {
                       for (std::size_t i : indices) append_finding(notes, page, i);
                     });
  out += "</section>\n";
}

void append_gaps(std::string& out, const DocumentPage& page) {
  putf(out, "<section class=\"gaps\" id=\"{0}gaps\" aria-labelledby=\"{0}gaps-h\">\n", page.prefix);
  putf(out, "<h3 id=\"{}gaps-h\">{}</h3>\n", page.prefix, label("Gaps: protections the document lacks"));
  putf(out, "<p class=\"meta\">{}</p>\n<div class=\"list\">\n",
       label("A gap belongs to no provision: it is a protection missing from the whole document, given the powers it "
             "contains."));
  std::size_t n = 0;
  for (std::size_t i = 0; i < page.in_force; ++i)
    if (page.findings[i].finding->kind == IndicatorKind::gap) {
      append_finding(out, page, i);
      ++n;
    }
  if (n == 0) putf(out, "<p>{}</p>\n", label("No gaps found."));
  out += "</div>\n</section>\n";
}

void append_suppressed(std::string& out, const DocumentPage& page) {
  putf(out, "<section class=\"suppressed-list\" id=\"{0}suppressed\" aria-labelledby=\"{0}suppressed-h\">\n",
       page.prefix);
  putf(out, "<h3 id=\"{}suppressed-h\">{}</h3>\n", page.prefix, label("Suppressed findings"));
  putf(out, "<p class=\"meta\">{}</p>\n<div class=\"list\">\n",
       label("Findings the configuration suppresses, with the reason given. They are not highlighted and not counted "
             "in the scorecard."));
  for (std::size_t i = page.in_force; i < page.findings.size(); ++i) append_finding(out, page, i);
  if (page.in_force == page.findings.size()) putf(out, "<p>{}</p>\n", label("None."));
  out += "</div>\n</section>\n";
}

void append_document(std::string& out, const DocumentPage& page, const Framework& framework) {
  const Document& doc = *page.doc;
  std::string doc_id = page.prefix.substr(0, page.prefix.size() - 1);
  putf(out, "<section class=\"doc\" id=\"{0}\" aria-labelledby=\"{0}-h\">\n<h2 id=\"{0}-h\">", doc_id);
  put(out, document_name(doc));
  out += "</h2>\n<p class=\"meta\">";
  put(out, doc.path);
  putf(out, " · {} · {} · {} ", kind_name(doc.kind), format_name(doc.text.format), label("language"));
  put(out, doc.language);
  if (!doc.text.pages.empty()) putf(out, " · {}", plural(doc.text.pages.size(), "page", "pages"));
  out += " · SHA-256 <code>";
  put(out, doc.sha256);
  out += "</code></p>\n";
  if (page.report->assessment && !page.report->assessment->status.is_ok()) {
    putf(out, "<p><strong>{}</strong> ", label("Incomplete:"));
    put(out, page.report->assessment->status.message());
    out += "</p>\n";
  }
  append_scorecard(out, page, framework);
  append_contents(out, page);
  append_filters(out, page);
  append_text(out, page);
  append_gaps(out, page);
  append_suppressed(out, page);
  out += "</section>\n";
}

}  // namespace

std::string html_report(const std::vector<DocumentReport>& reports, const Framework& framework,
                        const HtmlOptions& options) {
  std::vector<DocumentPage> pages;
  std::size_t text_bytes = 0, finding_count = 0;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    if (!reports[i].document) continue;
    pages.push_back(make_page(reports[i], i));
    text_bytes += reports[i].document->text.utf8.size();
    finding_count += pages.back().findings.size();
  }
  std::string out;
  out.reserve(32768 + text_bytes + text_bytes / 4 + finding_count * 3072);

  LabelLanguage labels(options.lang);
  append_head(out, pages, options);
  putf(out, "<body>\n<a class=\"skip\" href=\"#main\">{}</a>\n<header>\n", label("Skip to the report"));
  putf(out, "<h1>{} {}</h1>\n<p class=\"meta\">{} {}, {} ", label("Human-rights review of"),
       plural(pages.size(), "document", "documents"), label("By rightscheck"), RIGHTSCHECK_VERSION, label("against"));
  put(out, framework.title.empty() ? framework.id : framework.title);
  out += " (<code>";
  put(out, framework.id);
  putf(out, "</code> {} ", label("version"));
  put(out, framework.version);
  out += ").</p>\n</header>\n<main id=\"main\">\n";
  for (const DocumentPage& page : pages) append_document(out, page, framework);
  putf(out, "</main>\n<footer>\n<p>{}</p>\n</footer>\n<script>",
       label("Made by rightscheck. Every finding shows its evidence and its confidence; a finding is a prompt for a "
             "lawyer's reading, not a verdict. This page is self-contained: it loads nothing from any network."));
  out += html_filter_script();
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace rightscheck
