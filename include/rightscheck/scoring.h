// Scoring: per-recommendation and overall scores (0-100) from an
// Assessment, by the method in docs/methodology.md. Pure function of its
// inputs: the same findings always give the same scores, whatever their
// order in the Assessment.
//
// In brief: each recommendation starts at kScoreBaseline; every finding
// under it moves it by signed points (safeguards up, risks and gaps down),
// scaled by severity and confidence, halved for a risk a safeguard governs,
// and halved again for each further finding of the same indicator; the
// result is clamped to 0-100 and rounded. A recommendation with no finding
// is "not assessed": it gets kScoreBaseline and is left out of the overall,
// which is the mean of the assessed recommendations' scores.
//
// A score compares what a text says against one framework's indicators; it
// is not a legal opinion. See docs/methodology.md for what it means.
//
// Thread safety: stateless; call from any thread.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rightscheck/engine.h"
#include "rightscheck/framework.h"

namespace rightscheck {

// Where every recommendation starts, and the score a recommendation with no
// finding is given (neither credit nor penalty).
inline constexpr int kScoreBaseline = 50;

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
  // In order: by recommendation, then largest change first. Before clamping,
  // a recommendation's score is kScoreBaseline plus the sum of its points.
  std::vector<ScoreContribution> contributions;
  // Recommendations of the framework with no finding: their entry in
  // by_recommendation is kScoreBaseline and they do not enter `overall`.
  std::vector<int> not_assessed;            // ascending
};

Scores score_assessment(const Assessment& assessment, const Framework& framework);

}  // namespace rightscheck
