// Condition: one composable test of a detection rule.
//
// A detection rule is a tree of conditions (match, near, modality, all, any,
// not, inside, sentence, unless_nearby). Each condition is tested on a
// Window and answers with an Outcome: whether it holds and the evidence
// spans that show it. A new kind of condition is one file in src/engine/
// (a class and its compile function), one line in condition_registry.cpp,
// its unit test and a section in docs/rule-language.md.
//
// Thread safety: conditions are immutable after compilation; test() is
// const and keeps no state.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/window.h"
#include "rightscheck/framework.h"

namespace rightscheck {

struct Outcome {
  bool holds = false;
  std::vector<Evidence> evidence;  // may be empty when holds (e.g. `not`)

  static Outcome fails() { return {}; }
  static Outcome passes(std::vector<Evidence> evidence = {}) { return {true, std::move(evidence)}; }
};

class Condition {
 public:
  virtual ~Condition() = default;
  virtual Outcome test(const Window& window) const = 0;
  // Whether a holding outcome carries evidence. A detection rule must yield
  // evidence, because every risk and safeguard shows its quote.
  virtual bool yields_evidence() const = 0;
  // Term sets of which at least one must match inside the window for the
  // condition to hold; nullopt when the condition cannot say (it looks
  // beyond the window, or holds on absence). evaluate() skips a rule on a
  // unit where none of its triggers matched.
  virtual std::optional<std::vector<int>> triggers() const { return std::nullopt; }
};

using ConditionPtr = std::shared_ptr<const Condition>;

// Term-set names as a detection rule sees them: the indicator's own sets
// first, then the framework's shared sets.
class TermSetScope {
 public:
  virtual ~TermSetScope() = default;
  // The compiled term set's index, or -1.
  virtual int find(const std::string& name) const = 0;
};

// Compiles RuleValues into conditions for one indicator; passed to every
// kind's compile function so that kinds can compile their children.
class ConditionCompiler {
 public:
  ConditionCompiler(const TermSetScope& terms, std::string indicator) : terms_(terms), indicator_(std::move(indicator)) {}

  // A condition written as a one-entry map {KIND: ARGUMENT}.
  Result<ConditionPtr> compile(const RuleValue& rule);
  // What a filter applies to (`of:`): a term-set name, or a condition.
  Result<ConditionPtr> compile_subject(const RuleValue& subject);
  // A term-set name, resolved to its index; error names the indicator.
  Result<int> term_set(const RuleValue& name) const;
  // A positive whole number of words (`within:`).
  Result<std::size_t> word_count(const RuleValue& value, const char* what) const;
  const std::string& indicator() const { return indicator_; }

 private:
  const TermSetScope& terms_;
  std::string indicator_;
  int depth_ = 0;
};

// A compile function for one kind of condition: its argument (the value of
// the kind's key) to a Condition.
using ConditionFactory = Result<ConditionPtr> (*)(const RuleValue& argument, ConditionCompiler& compiler);

struct ConditionKind {
  const char* name;
  ConditionFactory compile;
};

// Every kind of condition, in the order the documentation lists them.
const std::vector<ConditionKind>& condition_kinds();

// Evidence helpers shared by the kinds: sorted, overlapping spans merged.
std::vector<Evidence> merge_evidence(std::vector<Evidence> spans);

}  // namespace rightscheck
