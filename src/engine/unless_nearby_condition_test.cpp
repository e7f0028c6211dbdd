#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kTerms = "    intercept: [intercept\\w*]\n    judge: ['judges?', 'courts?']\n";

TEST(UnlessNearbyCondition, DropsEvidenceCloseToTheCancellingTerms) {
  CompiledFramework framework =
      compile_rules(rule(kTerms, "    unless_nearby: {of: intercept, terms: judge, within: 5}\n"));
  EXPECT_TRUE(fires(framework, "The Minister may intercept any message."));
  EXPECT_FALSE(fires(framework, "With leave of a judge the police may intercept messages."));
  EXPECT_TRUE(fires(framework, "The police may intercept messages of any kind on any network at all times; appeals go to a court."));
}

TEST(UnlessNearbyCondition, WithoutWithinAnyCancellingTermInTheWindowCounts) {
  CompiledFramework framework = compile_rules(rule(kTerms, "    unless_nearby: {of: intercept, terms: judge}\n"));
  EXPECT_FALSE(fires(framework, "The police may intercept messages of any kind on any network at all times; appeals go to a court."));
}

}  // namespace
}  // namespace rightscheck
