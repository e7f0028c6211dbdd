// Deciding document-level gaps from what was detected.
#include "engine/gaps.h"

#include <algorithm>

#include "engine/condition.h"

namespace rightscheck {

std::vector<Detection> decide_gaps(const CompiledProgram& program, const std::vector<Detection>& detections) {
  // A gap with hundreds of triggering powers needs only enough evidence to
  // show the pattern; the findings themselves list the rest.
  constexpr std::size_t kMaxGapEvidence = 50;
  std::vector<Detection> gaps;
  for (std::size_t g = 0; g < program.indicators.size(); ++g) {
    const CompiledIndicator& gap = program.indicators[g];
    if (program.indicator(static_cast<int>(g)).kind != IndicatorKind::gap) continue;
    auto listed = [](const std::vector<int>& ids, int id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    bool cured = false;
    std::vector<Evidence> evidence;
    bool triggered = false;
    for (const Detection& detection : detections) {
      if (detection.removed) continue;
      if (listed(gap.unless_any, detection.indicator)) cured = true;
      if (listed(gap.when_any, detection.indicator)) {
        triggered = true;
        if (!detection.evidence.empty() && evidence.size() < kMaxGapEvidence) evidence.push_back(detection.evidence.front());
      }
    }
    if (!triggered || cured) continue;
    Detection detection;
    detection.indicator = static_cast<int>(g);
    detection.provision = -1;
    detection.evidence = merge_evidence(std::move(evidence));
    detection.severity = program.indicator(static_cast<int>(g)).severity;
    gaps.push_back(std::move(detection));
  }
  return gaps;
}

}  // namespace rightscheck
