// Scoring: per-recommendation and overall scores (0-100) from an
// Assessment, by the method in docs/methodology.md. Pure function of its
// inputs: the same findings always give the same scores.
//
// Thread safety: stateless; call from any thread.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rightscheck/engine.h"
#include "rightscheck/framework.h"

namespace rightscheck {

// How one finding moved one recommendation's score, for `explain --scores`.
struct ScoreContribution {
  std::string finding_id;  // finding_id() of the finding
  int recommendation = 0;
  double points = 0;       // signed change to that recommendation's score
  std::string reason;      // one line a person can read
};

struct Scores {
  int overall = 0;                          // 0-100
  std::map<int, int> by_recommendation;     // every recommendation of the framework, 0-100
  std::vector<ScoreContribution> contributions;
};

Scores score_assessment(const Assessment& assessment, const Framework& framework);

}  // namespace rightscheck
