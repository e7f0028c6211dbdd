// score_assessment(): the method of docs/methodology.md. Every constant the
// method uses is here, named, and documented there; change them together.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "rightscheck/scoring.h"

namespace rightscheck {
namespace {

// Points of one finding at confidence 1, by severity. A risk subtracts them,
// a safeguard adds them.
double severity_points(Severity severity) {
  switch (severity) {
    case Severity::low: return 5;
    case Severity::medium: return 10;
    case Severity::high: return 20;
  }
  return 10;
}

// A gap is document-wide: no provision anywhere supplies the protection.
constexpr double kGapFactor = 1.5;
// A risk that a safeguard in scope governs (Finding::governed_by).
constexpr double kGovernedFactor = 0.5;
// Each further finding of one indicator under one recommendation counts this
// much of the one before, so one indicator moves a score by at most twice
// its weight however often the text repeats it.
constexpr double kRepeatFactor = 0.5;

double clamped_confidence(double confidence) {
  if (!(confidence > 0)) return 0;  // also NaN
  return std::min(confidence, 1.0);
}

// Half up, with a tolerance so that 62.4999999 from floating-point sums of
// values like 0.9 * 20 reads as the 62.5 a person computes by hand.
int round_half_up(double value) { return static_cast<int>(std::floor(value + 0.5 + 1e-9)); }

std::string ordinal(int n) {
  if (n % 100 >= 11 && n % 100 <= 13) return std::to_string(n) + "th";
  switch (n % 10) {
    case 1: return std::to_string(n) + "st";
    case 2: return std::to_string(n) + "nd";
    case 3: return std::to_string(n) + "rd";
    default: return std::to_string(n) + "th";
  }
}

// One finding's points before the repeat factor, and why.
struct Weighed {
  const Finding* finding = nullptr;
  std::string id;
  std::size_t at = 0;  // first evidence offset, to order ties
  double points = 0;   // signed
  std::string reason;
};

Weighed weigh(const Finding& finding, const Document* document) {
  Weighed w;
  w.finding = &finding;
  w.id = document != nullptr ? finding_id(finding, *document) : finding.indicator;
  w.at = finding.evidence.empty() ? 0 : finding.evidence.front().start;
  const double base = severity_points(finding.severity);
  const double confidence = clamped_confidence(finding.confidence);
  const char* severity = severity_name(finding.severity);
  switch (finding.kind) {
    case IndicatorKind::safeguard:
      w.points = base * confidence;
      w.reason = fmt::format("{} safeguard: +{:g} x confidence {:g}", severity, base, confidence);
      break;
    case IndicatorKind::risk:
      w.points = -base * confidence;
      w.reason = fmt::format("{} risk: -{:g} x confidence {:g}", severity, base, confidence);
      if (!finding.governed_by.empty()) {
        w.points *= kGovernedFactor;
        std::string by;
        for (const std::string& s : finding.governed_by) by += (by.empty() ? "" : ", ") + s;
        w.reason += fmt::format(" x {:g} (governed by {})", kGovernedFactor, by);
      }
      break;
    case IndicatorKind::gap:
      w.points = -base * kGapFactor * confidence;
      w.reason = fmt::format("{} gap: -{:g} x {:g} x confidence {:g}", severity, base, kGapFactor, confidence);
      break;
  }
  return w;
}

bool larger_first(const Weighed& a, const Weighed& b) {
  return std::tuple(-std::fabs(a.points), a.id, a.at) < std::tuple(-std::fabs(b.points), b.id, b.at);
}

}  // namespace

Scores score_assessment(const Assessment& assessment, const Framework& framework) {
  Scores scores;
  std::set<int> known;
  for (const Recommendation& r : framework.recommendations) known.insert(r.number);

  // Findings of one indicator under one recommendation share the repeat
  // factor; removed risks (Assessment::removed) are not scored at all.
  std::map<std::pair<int, std::string>, std::vector<Weighed>> groups;
  for (const Finding& finding : assessment.findings) {
    if (!known.contains(finding.recommendation)) continue;
    groups[{finding.recommendation, finding.indicator}].push_back(weigh(finding, assessment.document));
  }
  for (auto& [key, group] : groups) {
    std::sort(group.begin(), group.end(), larger_first);
    double factor = 1;
    for (std::size_t k = 0; k < group.size(); ++k) {
      ScoreContribution c;
      c.finding_id = group[k].id;
      c.recommendation = key.first;
      c.points = group[k].points * factor;
      c.reason = group[k].reason;
      if (k > 0) c.reason += fmt::format(" x {:g} ({} finding of {})", factor, ordinal(static_cast<int>(k) + 1), key.second);
      scores.contributions.push_back(std::move(c));
      factor *= kRepeatFactor;
    }
  }
  std::stable_sort(scores.contributions.begin(), scores.contributions.end(),
                   [](const ScoreContribution& a, const ScoreContribution& b) {
                     return std::tuple(a.recommendation, -std::fabs(a.points), a.finding_id) <
                            std::tuple(b.recommendation, -std::fabs(b.points), b.finding_id);
                   });

  std::map<int, double> totals;
  for (const ScoreContribution& c : scores.contributions) totals[c.recommendation] += c.points;

  double assessed_sum = 0;
  int assessed_count = 0;
  for (int number : known) {
    auto total = totals.find(number);
    if (total == totals.end()) {
      scores.by_recommendation[number] = kScoreBaseline;
      scores.not_assessed.push_back(number);
      continue;
    }
    int score = round_half_up(std::clamp(kScoreBaseline + total->second, 0.0, 100.0));
    scores.by_recommendation[number] = score;
    assessed_sum += score;
    ++assessed_count;
  }
  // Every recommendation weighs the same; see docs/methodology.md.
  scores.overall = assessed_count == 0 ? kScoreBaseline : round_half_up(assessed_sum / assessed_count);
  return scores;
}

}  // namespace rightscheck
