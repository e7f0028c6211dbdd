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

std::vector<Detection> detect(const DocumentScan& scan) {
  const CompiledProgram& program = *scan.program;
  // One detection per (indicator, provision): a provision's lead-in and its
  // trailing words are separate units but one provision.
  std::map<std::pair<int, int>, Detection> found;
  for (const TextUnit& unit : text_units(*scan.document)) {
    Window window(scan, unit.span, unit.provision);
    if (!window.has_matches()) continue;
    for (std::size_t i = 0; i < program.indicators.size(); ++i) {
      const CompiledIndicator& indicator = program.indicators[i];
      if (!indicator.detect) continue;
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

void report(const CompiledProgram& program, const Detection& detection, std::vector<Finding>& out) {
  const Indicator& indicator = program.indicator(detection.indicator);
  for (int recommendation : indicator.recommendations) {
    Finding finding;
    finding.indicator = indicator.id;
    finding.recommendation = recommendation;
    finding.kind = indicator.kind;
    finding.severity = detection.severity;
    finding.confidence = indicator.confidence;
    finding.provision = detection.provision;
    finding.evidence = detection.evidence;
    finding.message = indicator.message;
    finding.rationale = indicator.rationale;
    finding.suggestion = indicator.suggestion;
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
    report(program, detection, detection.removed ? assessment.removed : assessment.findings);
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

std::string finding_id(const Finding& finding, const Document& document) {
  if (finding.provision < 0 || finding.provision >= static_cast<int>(document.provisions.size())) {
    return finding.indicator;
  }
  return finding.indicator + "@" + document.provisions[finding.provision].anchor;
}

}  // namespace rightscheck
