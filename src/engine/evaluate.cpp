// evaluate(): scan once, test every indicator on every unit of text, apply
// safeguard scope, decide gaps, report each detection under each of its
// recommendations.
#include <algorithm>
#include <map>

#include "engine/detection.h"
#include "engine/gaps.h"
#include "engine/program.h"
#include "engine/safeguard_scope.h"
#include "engine/text_units.h"
#include "engine/window.h"
#include "rightscheck/engine.h"

namespace rightscheck {

struct Scratch::State {
  PatternScratch patterns;
  std::vector<TermMatch> matches;
};

Scratch::Scratch(const CompiledFramework&) : state_(std::make_unique<State>()) {}
Scratch::~Scratch() = default;
Scratch::Scratch(Scratch&&) noexcept = default;
Scratch& Scratch::operator=(Scratch&&) noexcept = default;

namespace {

// Enough for any real statute many times over; a document that produces
// more is pathological and is reported as incomplete, not allowed to
// exhaust memory.
constexpr std::size_t kMaxMatches = 2'000'000;

// Definitions say what words mean, not what the law does: a term matched
// inside a definition entry does not count on its own.
void drop_matches_in_definitions(const Document& document, std::vector<TermMatch>& matches) {
  if (document.definitions.empty()) return;
  std::vector<Evidence> entries;
  for (const Definition& definition : document.definitions) entries.push_back({definition.start, definition.end});
  std::sort(entries.begin(), entries.end(), [](const Evidence& a, const Evidence& b) { return a.start < b.start; });
  std::erase_if(matches, [&](const TermMatch& m) {
    auto it = std::upper_bound(entries.begin(), entries.end(), m.start,
                               [](std::size_t at, const Evidence& e) { return at < e.start; });
    // Entries do not overlap, so only the last one starting at or before
    // the match can hold it.
    if (it == entries.begin()) return false;
    --it;
    return m.end <= it->end;
  });
}

// A stretch of the text and the language its words are matched in.
struct LanguageRun {
  Evidence span;
  const std::string* language;
};

// The text cut into runs of one language: a provision written in another
// language than the document's (Provision::language) is matched in its
// own, the innermost such provision deciding where they nest; the rest is
// in the document's language. Adjacent runs of one language are merged.
std::vector<LanguageRun> language_runs(const Document& document) {
  struct Region {
    Evidence span;
    const std::string* language;
  };
  std::vector<Region> regions;
  for (const Provision& p : document.provisions) {
    if (!p.language.empty() && p.language != document.language && p.start < p.end) {
      regions.push_back({{p.start, p.end}, &p.language});
    }
  }
  std::vector<LanguageRun> runs;
  if (regions.empty()) return runs;
  // Sweep the region edges; the open region with the shortest span is the
  // innermost.
  std::vector<std::size_t> edges{0, document.text.utf8.size()};
  for (const Region& region : regions) {
    edges.push_back(region.span.start);
    edges.push_back(region.span.end);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  std::sort(regions.begin(), regions.end(), [](const Region& a, const Region& b) { return a.span.start < b.span.start; });
  auto longer = [](const Region* a, const Region* b) { return a->span.end - a->span.start > b->span.end - b->span.start; };
  std::vector<const Region*> open;  // a heap: the shortest on top
  std::size_t next = 0;
  for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
    const Evidence piece{edges[i], edges[i + 1]};
    while (next < regions.size() && regions[next].span.start <= piece.start) {
      open.push_back(&regions[next++]);
      std::push_heap(open.begin(), open.end(), longer);
    }
    // Closed regions are dropped when they reach the top, so the top is
    // the shortest open region.
    while (!open.empty() && open.front()->span.end <= piece.start) {
      std::pop_heap(open.begin(), open.end(), longer);
      open.pop_back();
    }
    const std::string* language = open.empty() ? &document.language : open.front()->language;
    if (!runs.empty() && *runs.back().language == *language && runs.back().span.end == piece.start) {
      runs.back().span.end = piece.end;
    } else {
      runs.push_back({piece, language});
    }
  }
  return runs;
}

const std::string& language_at(const std::vector<LanguageRun>& runs, const Document& document, std::size_t at) {
  auto it = std::upper_bound(runs.begin(), runs.end(), at,
                             [](std::size_t offset, const LanguageRun& run) { return offset < run.span.start; });
  if (it == runs.begin()) return document.language;
  --it;
  return at < it->span.end ? *it->language : document.language;
}

// A document that mixes languages: the stretches in another language are
// matched with that language's patterns instead of the document's.
Status rescan_foreign_provisions(const CompiledProgram& program, const Document& document, PatternScratch& scratch,
                                 std::vector<TermMatch>& matches) {
  std::vector<LanguageRun> runs = language_runs(document);
  if (runs.empty() || (runs.size() == 1 && *runs[0].language == document.language)) return Status::ok();
  std::erase_if(matches, [&](const TermMatch& m) { return language_at(runs, document, m.start) != document.language; });
  const std::string_view text = document.text.utf8;
  std::vector<TermMatch> found;
  for (const LanguageRun& run : runs) {
    if (*run.language == document.language) continue;
    found.clear();
    Status scanned = program.patterns_for(*run.language)
                         .scan(text.substr(run.span.start, run.span.end - run.span.start), scratch, kMaxMatches, found);
    if (!scanned.is_ok()) return scanned;
    for (TermMatch& m : found) {
      m.start += run.span.start;
      m.end += run.span.start;
      matches.push_back(m);
    }
  }
  std::stable_sort(matches.begin(), matches.end(), [](const TermMatch& a, const TermMatch& b) { return a.start < b.start; });
  return Status::ok();
}

std::vector<Detection> detect(const DocumentScan& scan) {
  const CompiledProgram& program = *scan.program;
  // One detection per (indicator, provision): a provision's lead-in and its
  // trailing words are separate units but one provision.
  std::map<std::pair<int, int>, Detection> found;
  // The term sets matched inside the current unit, to skip rules that
  // cannot fire there (most rules on most units).
  std::vector<char> present(program.term_sets.size(), 0);
  std::vector<int> marked;
  auto first_at = [&](std::size_t offset) {
    return std::lower_bound(scan.matches.begin(), scan.matches.end(), offset,
                            [](const TermMatch& m, std::size_t at) { return m.start < at; });
  };
  for (const TextUnit& unit : text_units(*scan.document)) {
    Window window(scan, unit.span, unit.provision);
    for (int set : marked) present[set] = 0;
    marked.clear();
    for (auto it = first_at(unit.span.start); it != scan.matches.end() && it->start < unit.span.end; ++it) {
      if (it->end > unit.span.end) continue;
      for (int set : program.sets_of_pattern[it->pattern]) {
        if (!present[set]) marked.push_back(set);
        present[set] = 1;
      }
    }
    if (marked.empty()) continue;
    for (std::size_t i = 0; i < program.indicators.size(); ++i) {
      const CompiledIndicator& indicator = program.indicators[i];
      if (!indicator.detect) continue;
      if (indicator.triggers &&
          std::none_of(indicator.triggers->begin(), indicator.triggers->end(), [&](int set) { return present[set]; })) {
        continue;
      }
      Outcome outcome = indicator.detect->test(window);
      if (!outcome.holds || outcome.evidence.empty()) continue;
      Detection& detection = found[{static_cast<int>(i), unit.provision}];
      detection.indicator = static_cast<int>(i);
      detection.provision = unit.provision;
      detection.severity = program.indicator(static_cast<int>(i)).severity;
      detection.evidence.insert(detection.evidence.end(), outcome.evidence.begin(), outcome.evidence.end());
    }
  }
  std::vector<Detection> detections;
  for (auto& [key, detection] : found) {
    detection.evidence = merge_evidence(std::move(detection.evidence));
    detections.push_back(std::move(detection));
  }
  return detections;
}

void report(const CompiledProgram& program, const Detection& detection, std::string_view language,
            std::vector<Finding>& out) {
  const Indicator& indicator = program.indicator(detection.indicator);
  IndicatorText text = indicator.text_in(language);
  for (int recommendation : indicator.recommendations) {
    Finding finding;
    finding.indicator = indicator.id;
    finding.recommendation = recommendation;
    finding.kind = indicator.kind;
    finding.severity = detection.severity;
    finding.confidence = indicator.confidence;
    finding.provision = detection.provision;
    finding.evidence = detection.evidence;
    finding.message = text.message;
    finding.rationale = text.rationale;
    finding.suggestion = text.suggestion;
    for (int safeguard : detection.governed_by) finding.governed_by.push_back(program.indicator(safeguard).id);
    out.push_back(std::move(finding));
  }
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    bool a_gap = a.kind == IndicatorKind::gap;
    bool b_gap = b.kind == IndicatorKind::gap;
    if (a_gap != b_gap) return b_gap;
    std::size_t a_at = a.evidence.empty() ? 0 : a.evidence.front().start;
    std::size_t b_at = b.evidence.empty() ? 0 : b.evidence.front().start;
    if (a_at != b_at) return a_at < b_at;
    if (a.indicator != b.indicator) return a.indicator < b.indicator;
    return a.recommendation < b.recommendation;
  });
}

}  // namespace

Assessment evaluate(const CompiledFramework& framework, const Document& document, Scratch& scratch) {
  const CompiledProgram& program = framework.program();
  Assessment assessment;
  assessment.document = &document;

  DocumentScan scan;
  scan.document = &document;
  scan.program = &program;
  scan.language = document.language;
  std::vector<TermMatch>& matches = scratch.state().matches;
  matches.clear();
  Status scanned =
      program.patterns_for(document.language).scan(document.text.utf8, scratch.state().patterns, kMaxMatches, matches);
  if (scanned.is_ok()) scanned = rescan_foreign_provisions(program, document, scratch.state().patterns, matches);
  if (!scanned.is_ok()) {
    assessment.status = Status::error(scanned.code(), document.path, scanned.reason());
  }
  scan.matches.swap(matches);
  drop_matches_in_definitions(document, scan.matches);

  std::vector<Detection> detections = detect(scan);
  apply_safeguards(document, program, detections);
  std::vector<Detection> gaps = decide_gaps(program, detections);
  detections.insert(detections.end(), gaps.begin(), gaps.end());

  for (const Detection& detection : detections) {
    report(program, detection, document.language, detection.removed ? assessment.removed : assessment.findings);
  }
  sort_findings(assessment.findings);
  sort_findings(assessment.removed);
  scan.matches.swap(matches);  // give the memory back to the scratch
  return assessment;
}

Assessment evaluate(const CompiledFramework& framework, const Document& document) {
  Scratch scratch(framework);
  return evaluate(framework, document, scratch);
}

void set_report_language(Assessment& assessment, const Framework& framework, std::string_view language) {
  for (std::vector<Finding>* list : {&assessment.findings, &assessment.removed}) {
    for (Finding& finding : *list) {
      const Indicator* indicator = framework.find_indicator(finding.indicator);
      if (indicator == nullptr) continue;
      IndicatorText text = indicator->text_in(language);
      finding.message = std::move(text.message);
      finding.rationale = std::move(text.rationale);
      finding.suggestion = std::move(text.suggestion);
    }
  }
}

std::string finding_id(const Finding& finding, const Document& document) {
  if (finding.provision < 0 || finding.provision >= static_cast<int>(document.provisions.size())) {
    return finding.indicator;
  }
  return finding.indicator + "@" + document.provisions[finding.provision].anchor;
}

}  // namespace rightscheck
