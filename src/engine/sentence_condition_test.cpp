#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

TEST(SentenceCondition, KeepsTheConditionsInOneSentence) {
  const char* terms = "    retain: [retain\\w*]\n    content: [content]\n";
  CompiledFramework framework =
      compile_rules(rule(terms, "    sentence:\n      all:\n        - match: retain\n        - match: content\n"));
  EXPECT_TRUE(fires(framework, "Providers shall retain the content of messages."));
  EXPECT_FALSE(fires(framework, "Providers shall retain logs. They shall not read content."));
}

}  // namespace
}  // namespace rightscheck
