#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kTerms = "    block: [block\\w*]\n    filter: [filter\\w*]\n";

TEST(AnyCondition, OneHoldingPartIsEnough) {
  CompiledFramework framework = compile_rules(rule(kTerms, "    any:\n      - match: block\n      - match: filter\n"));
  EXPECT_TRUE(fires(framework, "Providers shall filter content."));
  EXPECT_TRUE(fires(framework, "Providers shall block content."));
  EXPECT_FALSE(fires(framework, "Providers shall publish content."));
}

TEST(AnyCondition, EveryBranchMustBeAbleToQuoteText) {
  Result<Framework> framework = parse_rules(rule(kTerms, "    any:\n      - match: block\n      - not: {match: filter}\n"));
  ASSERT_TRUE(framework.is_ok());
  EXPECT_NE(compile(framework.value()).status().message().find("can hold without evidence"), std::string::npos);
}

}  // namespace
}  // namespace rightscheck
