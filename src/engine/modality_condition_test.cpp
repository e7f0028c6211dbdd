#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kTerms = "    decrypt: [decrypt\\w*]\n";

TEST(ModalityCondition, KeepsOnlyTheListedModalities) {
  CompiledFramework powers = compile_rules(rule(kTerms, "    modality: {of: decrypt, is: [power, duty]}\n"));
  EXPECT_TRUE(fires(powers, "The Minister may direct a provider to decrypt messages."));
  EXPECT_TRUE(fires(powers, "A provider shall decrypt messages when directed."));
  EXPECT_FALSE(fires(powers, "No provider shall be required to decrypt messages."));
  EXPECT_FALSE(fires(powers, "Decryption is a mathematical operation."));
  CompiledFramework limits = compile_rules(rule(kTerms, "    modality: {of: decrypt, is: [limit]}\n"));
  EXPECT_TRUE(fires(limits, "Nothing in this Act requires a provider to decrypt messages."));
}

TEST(ModalityCondition, ConditionedFilter) {
  CompiledFramework bare = compile_rules(rule(kTerms, "    modality: {of: decrypt, is: [power], conditioned: false}\n"));
  EXPECT_TRUE(fires(bare, "The Minister may order decryption."));
  EXPECT_FALSE(fires(bare, "The Minister may order decryption only if a judge approves."));
}

TEST(ModalityCondition, ListItemTakesTheModalOfItsLeadIn) {
  CompiledFramework framework = compile_rules(rule(kTerms, "    modality: {of: decrypt, is: [power]}\n"));
  DocumentBuilder builder("12. The Minister may require a provider—\n(a) to retain data;\n(b) to decrypt messages.\n");
  int section = builder.add("s. 12", "section", builder.document().text.utf8);
  builder.add("s. 12(a)", "paragraph", "(a) to retain data;", section);
  int b = builder.add("s. 12(b)", "paragraph", "(b) to decrypt messages.", section);
  Assessment assessment = evaluate(framework, builder.document());
  EXPECT_EQ(found(assessment), (std::vector<std::string>{"R1.rule@" + std::to_string(b)}));
}

TEST(ModalityCondition, OfAcceptsACondition) {
  CompiledFramework framework = compile_rules(rule("    decrypt: [decrypt\\w*]\n    keys: ['keys?']\n",
                                                   "    modality:\n      of: {near: {terms: [decrypt, keys], within: 3}}\n"
                                                   "      is: [duty]\n"));
  EXPECT_TRUE(fires(framework, "The holder shall decrypt using the key."));
  EXPECT_FALSE(fires(framework, "The holder may decrypt using the key."));
}

}  // namespace
}  // namespace rightscheck
