// score_assessment(): the arithmetic of docs/methodology.md on hand-built
// assessments, so a wrong constant or a wrong sum fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "rightscheck/scoring.h"

namespace rightscheck {
namespace {

Framework thirteen_recommendations() {
  Framework framework;
  framework.id = "test";
  for (int n = 1; n <= 13; ++n) framework.recommendations.push_back({n, "Recommendation " + std::to_string(n)});
  return framework;
}

// A document of provisions "s. 1" … "s. 20", so findings have distinct ids.
Document twenty_sections() {
  Document document;
  for (int i = 0; i < 20; ++i) {
    Provision p;
    p.anchor = "s. " + std::to_string(i + 1);
    p.start = static_cast<std::size_t>(i) * 100;
    p.end = p.start + 100;
    document.provisions.push_back(p);
  }
  return document;
}

Finding finding(const std::string& indicator, int recommendation, IndicatorKind kind, Severity severity,
                double confidence, int provision = -1) {
  Finding f;
  f.indicator = indicator;
  f.recommendation = recommendation;
  f.kind = kind;
  f.severity = severity;
  f.confidence = confidence;
  f.provision = provision;
  if (provision >= 0) f.evidence.push_back({static_cast<std::size_t>(provision) * 100 + 10,
                                            static_cast<std::size_t>(provision) * 100 + 20});
  return f;
}

class ScoreTest : public ::testing::Test {
 protected:
  Scores score(std::vector<Finding> findings) {
    assessment_.document = &document_;
    assessment_.findings = std::move(findings);
    return score_assessment(assessment_, framework_);
  }
  double sum_of_points(const Scores& scores, int recommendation) {
    double sum = 0;
    for (const ScoreContribution& c : scores.contributions)
      if (c.recommendation == recommendation) sum += c.points;
    return sum;
  }

  Framework framework_ = thirteen_recommendations();
  Document document_ = twenty_sections();
  Assessment assessment_;
};

TEST_F(ScoreTest, NoFindingsLeavesEveryRecommendationNotAssessedAtTheBaseline) {
  Scores scores = score({});
  ASSERT_EQ(scores.by_recommendation.size(), 13u);
  for (const auto& [rec, value] : scores.by_recommendation) EXPECT_EQ(value, 50) << "R" << rec;
  EXPECT_EQ(scores.overall, 50);
  EXPECT_EQ(scores.not_assessed.size(), 13u);
  EXPECT_TRUE(scores.contributions.empty());
}

TEST_F(ScoreTest, SafeguardsAddSeverityTimesConfidence) {
  Scores scores = score({finding("R4.warrant", 4, IndicatorKind::safeguard, Severity::high, 0.8, 0),
                         finding("R4.oversight", 4, IndicatorKind::safeguard, Severity::medium, 0.7, 1),
                         finding("R10.consultation", 10, IndicatorKind::safeguard, Severity::low, 1.0, 2)});
  EXPECT_EQ(scores.by_recommendation[4], 73);   // 50 + 20*0.8 + 10*0.7 = 73
  EXPECT_EQ(scores.by_recommendation[10], 55);  // 50 + 5
  EXPECT_EQ(scores.overall, 64);                // (73 + 55) / 2; the eleven others are not assessed
  EXPECT_EQ(scores.not_assessed.size(), 11u);
  EXPECT_EQ(std::count(scores.not_assessed.begin(), scores.not_assessed.end(), 4), 0);
  ASSERT_EQ(scores.contributions.size(), 3u);
  EXPECT_EQ(scores.contributions[0].finding_id, "R4.warrant@s. 1");
  EXPECT_DOUBLE_EQ(scores.contributions[0].points, 16.0);
  EXPECT_NE(scores.contributions[0].reason.find("high safeguard"), std::string::npos);
}

TEST_F(ScoreTest, AHighRiskSubtractsSeverityTimesConfidence) {
  Scores scores = score({finding("R8.decrypt", 8, IndicatorKind::risk, Severity::high, 0.9, 3)});
  EXPECT_EQ(scores.by_recommendation[8], 32);  // 50 - 20*0.9
  EXPECT_EQ(scores.overall, 32);
  ASSERT_EQ(scores.contributions.size(), 1u);
  EXPECT_EQ(scores.contributions[0].finding_id, "R8.decrypt@s. 4");
  EXPECT_EQ(scores.contributions[0].recommendation, 8);
  EXPECT_DOUBLE_EQ(scores.contributions[0].points, -18.0);
}

TEST_F(ScoreTest, SeveritiesWeighFiveTenTwenty) {
  Scores scores = score({finding("R5.a", 5, IndicatorKind::risk, Severity::low, 1.0, 0),
                         finding("R6.a", 6, IndicatorKind::risk, Severity::medium, 1.0, 0),
                         finding("R7.a", 7, IndicatorKind::risk, Severity::high, 1.0, 0)});
  EXPECT_EQ(scores.by_recommendation[5], 45);
  EXPECT_EQ(scores.by_recommendation[6], 40);
  EXPECT_EQ(scores.by_recommendation[7], 30);
  EXPECT_EQ(scores.overall, 38);  // 115 / 3 = 38.33
}

TEST_F(ScoreTest, AGapSubtractsOneAndAHalfTimesItsSeverity) {
  Scores scores = score({finding("R4.no-independent-authorisation", 4, IndicatorKind::gap, Severity::high, 0.8)});
  EXPECT_EQ(scores.by_recommendation[4], 26);  // 50 - 20*1.5*0.8
  ASSERT_EQ(scores.contributions.size(), 1u);
  EXPECT_EQ(scores.contributions[0].finding_id, "R4.no-independent-authorisation");
  EXPECT_DOUBLE_EQ(scores.contributions[0].points, -24.0);
}

TEST_F(ScoreTest, AGovernedRiskCountsHalf) {
  Finding governed = finding("R4.interception", 4, IndicatorKind::risk, Severity::medium, 1.0, 0);
  governed.governed_by = {"R4.judicial-authorisation"};
  Finding plain = finding("R4.interception", 4, IndicatorKind::risk, Severity::medium, 1.0, 0);
  EXPECT_EQ(score({governed}).by_recommendation[4], 45);  // 50 - 10*0.5
  EXPECT_EQ(score({plain}).by_recommendation[4], 40);
  Scores scores = score({governed});
  EXPECT_NE(scores.contributions[0].reason.find("governed by R4.judicial-authorisation"), std::string::npos);
}

TEST_F(ScoreTest, RemovedRisksAreNotScored) {
  assessment_.removed = {finding("R4.interception", 4, IndicatorKind::risk, Severity::high, 1.0, 0)};
  Scores scores = score({});
  EXPECT_EQ(scores.by_recommendation[4], 50);
  EXPECT_TRUE(scores.contributions.empty());
}

TEST_F(ScoreTest, RepeatedFindingsOfOneIndicatorHaveDiminishingReturns) {
  std::vector<Finding> ten;
  for (int i = 0; i < 10; ++i) ten.push_back(finding("R5.false-news", 5, IndicatorKind::risk, Severity::high, 1.0, i));
  Scores scores = score(ten);
  // 20 * (1 + 1/2 + ... + 1/512) = 39.96: one indicator never moves a score
  // by more than twice its weight.
  EXPECT_EQ(scores.by_recommendation[5], 10);
  EXPECT_NEAR(sum_of_points(scores, 5), -39.9609375, 1e-9);
  ASSERT_EQ(scores.contributions.size(), 10u);
  EXPECT_DOUBLE_EQ(scores.contributions[0].points, -20.0);
  EXPECT_DOUBLE_EQ(scores.contributions[1].points, -10.0);
  EXPECT_DOUBLE_EQ(scores.contributions[9].points, -20.0 / 512);
  EXPECT_NE(scores.contributions[1].reason.find("2nd finding of R5.false-news"), std::string::npos);

  // Two different indicators each count in full.
  Scores two = score({finding("R5.false-news", 5, IndicatorKind::risk, Severity::high, 1.0, 0),
                      finding("R5.insult", 5, IndicatorKind::risk, Severity::high, 1.0, 1)});
  EXPECT_EQ(two.by_recommendation[5], 10);
  EXPECT_DOUBLE_EQ(sum_of_points(two, 5), -40.0);
}

TEST_F(ScoreTest, TheStrongestFindingOfAnIndicatorCountsInFull) {
  Finding governed = finding("R4.interception", 4, IndicatorKind::risk, Severity::high, 1.0, 0);
  governed.governed_by = {"R4.warrant"};
  Finding plain = finding("R4.interception", 4, IndicatorKind::risk, Severity::high, 1.0, 1);
  Scores scores = score({governed, plain});
  // The ungoverned one (-20) counts in full, the governed one (-10) at half.
  EXPECT_EQ(scores.by_recommendation[4], 25);
  EXPECT_EQ(scores.contributions[0].finding_id, "R4.interception@s. 2");
}

TEST_F(ScoreTest, ScoresAreClampedToZeroAndHundred) {
  std::vector<Finding> bad, good;
  for (std::string id : {"a", "b", "c", "d"}) {
    bad.push_back(finding("R6." + id, 6, IndicatorKind::gap, Severity::high, 1.0));
    good.push_back(finding("R11." + id, 11, IndicatorKind::safeguard, Severity::high, 1.0, 0));
  }
  EXPECT_EQ(score(bad).by_recommendation[6], 0);     // 50 - 120
  EXPECT_EQ(score(good).by_recommendation[11], 100);  // 50 + 80
}

TEST_F(ScoreTest, ContributionsExplainTheScore) {
  Finding governed = finding("R8.key-disclosure", 8, IndicatorKind::risk, Severity::high, 0.7, 4);
  governed.governed_by = {"R8.encryption-protected"};
  Scores scores = score({finding("R8.encryption-protected", 8, IndicatorKind::safeguard, Severity::high, 0.8, 5),
                         governed,
                         finding("R8.sim-registration", 8, IndicatorKind::risk, Severity::medium, 0.75, 6),
                         finding("R8.sim-registration", 8, IndicatorKind::risk, Severity::medium, 0.75, 7)});
  // 50 + 16 - 7 - 7.5 - 3.75 = 47.75
  EXPECT_NEAR(sum_of_points(scores, 8), -2.25, 1e-9);
  EXPECT_EQ(scores.by_recommendation[8], 48);
  // Largest change first.
  ASSERT_EQ(scores.contributions.size(), 4u);
  EXPECT_DOUBLE_EQ(scores.contributions[0].points, 16.0);
  EXPECT_DOUBLE_EQ(scores.contributions[1].points, -7.5);
  EXPECT_DOUBLE_EQ(scores.contributions[2].points, -7.0);
  EXPECT_DOUBLE_EQ(scores.contributions[3].points, -3.75);
}

TEST_F(ScoreTest, WorkedExampleOfTheMethodology) {
  // docs/methodology.md, "A worked example": keep the two in step.
  Finding lowered = finding("R4.interception-power", 4, IndicatorKind::risk, Severity::medium, 0.8, 1);
  lowered.governed_by = {"R4.judicial-authorisation"};
  Scores scores = score({
      finding("R4.judicial-authorisation", 4, IndicatorKind::safeguard, Severity::high, 0.8, 1),
      lowered,
      finding("R4.data-retention", 4, IndicatorKind::risk, Severity::high, 0.7, 2),
      finding("R4.production-order", 4, IndicatorKind::risk, Severity::medium, 0.7, 3),
      finding("R4.production-order", 4, IndicatorKind::risk, Severity::medium, 0.7, 4),
      finding("R5.false-news", 5, IndicatorKind::risk, Severity::high, 0.9, 6),
      finding("R5.intent-required", 5, IndicatorKind::safeguard, Severity::medium, 0.7, 6),
      finding("R6.no-incident-review", 6, IndicatorKind::gap, Severity::high, 0.8),
  });
  EXPECT_EQ(scores.by_recommendation[4], 38);  // 50 + 16 - 14 - 7 - 4 - 3.5 = 37.5, half up
  EXPECT_EQ(scores.by_recommendation[5], 39);  // 50 - 18 + 7 = 39
  EXPECT_EQ(scores.by_recommendation[6], 26);  // 50 - 24
  EXPECT_EQ(scores.overall, 34);               // (38 + 39 + 26) / 3 = 34.33
  EXPECT_EQ(scores.not_assessed, (std::vector<int>{1, 2, 3, 7, 8, 9, 10, 11, 12, 13}));
}

TEST_F(ScoreTest, FindingsUnderUnknownRecommendationsAreIgnored) {
  Scores scores = score({finding("R14.x", 14, IndicatorKind::risk, Severity::high, 1.0, 0)});
  EXPECT_EQ(scores.by_recommendation.count(14), 0u);
  EXPECT_TRUE(scores.contributions.empty());
  EXPECT_EQ(scores.overall, 50);
}

TEST_F(ScoreTest, OutOfRangeConfidenceIsClamped) {
  EXPECT_EQ(score({finding("R4.a", 4, IndicatorKind::risk, Severity::high, 7.0, 0)}).by_recommendation[4], 30);
  EXPECT_EQ(score({finding("R4.a", 4, IndicatorKind::risk, Severity::high, -1.0, 0)}).by_recommendation[4], 50);
}

TEST_F(ScoreTest, DeterministicAndIndependentOfFindingOrder) {
  std::vector<Finding> findings;
  for (int i = 0; i < 12; ++i) {
    IndicatorKind kind = i % 3 == 0 ? IndicatorKind::safeguard : IndicatorKind::risk;
    Severity severity = static_cast<Severity>(i % 3);
    findings.push_back(finding("R" + std::to_string(1 + i % 4) + ".ind" + std::to_string(i % 5), 1 + i % 4, kind,
                               severity, 0.5 + 0.04 * i, i));
  }
  findings.push_back(finding("R2.gap", 2, IndicatorKind::gap, Severity::medium, 0.6));
  Scores first = score(findings);
  std::reverse(findings.begin(), findings.end());
  Scores reversed = score(findings);
  std::rotate(findings.begin(), findings.begin() + 5, findings.end());
  Scores rotated = score(findings);
  for (const Scores* other : {&reversed, &rotated}) {
    EXPECT_EQ(other->overall, first.overall);
    EXPECT_EQ(other->by_recommendation, first.by_recommendation);
    EXPECT_EQ(other->not_assessed, first.not_assessed);
    ASSERT_EQ(other->contributions.size(), first.contributions.size());
    for (std::size_t i = 0; i < first.contributions.size(); ++i) {
      EXPECT_EQ(other->contributions[i].finding_id, first.contributions[i].finding_id);
      EXPECT_EQ(other->contributions[i].points, first.contributions[i].points);
      EXPECT_EQ(other->contributions[i].reason, first.contributions[i].reason);
    }
  }
}

}  // namespace
}  // namespace rightscheck
