#include <gtest/gtest.h>

#include "engine/rule_fixture.h"

namespace rightscheck {
namespace {

using namespace testing;

const char* kTerms = "    publish: [publish\\w*]\n    offence: [commits an offence]\n";

// s. 5 has two subsections; the offence words are in (2), the speech in (1).
DocumentBuilder statute() {
  DocumentBuilder builder(
      "Part 2\n5. (1) Publishing rumours online is prohibited.\n(2) A person who breaches subsection (1) commits an "
      "offence.\n6. (1) The Authority may publish guidance.\n");
  int part = builder.add("Part 2", "part", builder.document().text.utf8);
  int s5 = builder.add("s. 5", "section", "5. (1) Publishing rumours online is prohibited.\n(2) A person who breaches subsection (1) commits an offence.", part);
  builder.add("s. 5(1)", "subsection", "(1) Publishing rumours", s5);
  builder.add("s. 5(2)", "subsection", "(2) A person who breaches", s5);
  int s6 = builder.add("s. 6", "section", "6. (1) The Authority may publish guidance.", part);
  builder.add("s. 6(1)", "subsection", "(1) The Authority may publish guidance.", s6);
  return builder;
}

TEST(InsideCondition, SectionScopeLooksAtSiblingSubsections) {
  CompiledFramework framework = compile_rules(
      rule(kTerms, "    all:\n      - match: publish\n      - inside: {scope: section, where: {match: offence}}\n"));
  DocumentBuilder builder = statute();
  Assessment assessment = evaluate(framework, builder.document());
  EXPECT_EQ(found(assessment), (std::vector<std::string>{"R1.rule@2"}));  // s. 5(1) only, not s. 6(1)
}

TEST(InsideCondition, ProvisionScopeIsNarrower) {
  CompiledFramework framework = compile_rules(
      rule(kTerms, "    all:\n      - match: publish\n      - inside: {scope: provision, where: {match: offence}}\n"));
  DocumentBuilder builder = statute();
  EXPECT_TRUE(evaluate(framework, builder.document()).findings.empty());
}

TEST(InsideCondition, PartAndDocumentScopes) {
  for (const char* scope : {"part", "document"}) {
    CompiledFramework framework = compile_rules(rule(
        kTerms, std::string("    all:\n      - match: publish\n      - inside: {scope: ") + scope + ", where: {match: offence}}\n"));
    DocumentBuilder builder = statute();
    EXPECT_EQ(found(evaluate(framework, builder.document())), (std::vector<std::string>{"R1.rule@2", "R1.rule@5"})) << scope;
  }
}

TEST(InsideCondition, DocumentWithoutProvisionsIsOneUnit) {
  CompiledFramework framework = compile_rules(
      rule(kTerms, "    all:\n      - match: publish\n      - inside: {scope: section, where: {match: offence}}\n"));
  Document document;
  document.text.utf8 = "Publishing rumours is prohibited. A person who breaches this commits an offence.";
  EXPECT_EQ(found(evaluate(framework, document)), (std::vector<std::string>{"R1.rule@-1"}));
}

}  // namespace
}  // namespace rightscheck
