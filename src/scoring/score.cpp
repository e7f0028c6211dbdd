// Placeholder scoring: 50 for every recommendation until the documented
// method lands (docs/methodology.md).
#include "rightscheck/scoring.h"

namespace rightscheck {

Scores score_assessment(const Assessment& assessment, const Framework& framework) {
  Scores scores;
  for (const Recommendation& r : framework.recommendations) scores.by_recommendation[r.number] = 50;
  scores.overall = 50;
  return scores;
}

}  // namespace rightscheck
