#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

TEST(NotCondition, HoldsWhenItsConditionDoesNot) {
  CompiledFramework framework = compile_rules(rule("    retain: [retain\\w*]\n    limit: ['(?:one|two) years?']\n",
                                                   "    all:\n      - match: retain\n      - not: {match: limit}\n"));
  EXPECT_TRUE(fires(framework, "Providers shall retain all traffic data."));
  EXPECT_FALSE(fires(framework, "Providers shall retain traffic data for one year."));
}

}  // namespace
}  // namespace rightscheck
