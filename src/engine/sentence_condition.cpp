// `sentence: C` — C holds within a single sentence of the window; the
// evidence is that of every sentence where it holds. Use it to keep the
// parts of an `all` together.
#include "engine/condition_kinds.h"
#include "engine/sentences.h"

namespace rightscheck {
namespace {

class SentenceCondition final : public Condition {
 public:
  explicit SentenceCondition(ConditionPtr inner) : inner_(std::move(inner)) {}
  Outcome test(const Window& window) const override {
    bool holds = false;
    std::vector<Evidence> evidence;
    for (const Evidence& sentence : window.sentences()) {
      Window narrow = window.with_span(sentence);
      if (inner_->yields_evidence() && !narrow.has_matches()) continue;  // nothing to quote
      Outcome outcome = inner_->test(narrow);
      if (!outcome.holds) continue;
      holds = true;
      evidence.insert(evidence.end(), outcome.evidence.begin(), outcome.evidence.end());
    }
    return holds ? Outcome::passes(merge_evidence(std::move(evidence))) : Outcome::fails();
  }
  bool yields_evidence() const override { return inner_->yields_evidence(); }
  std::optional<std::vector<int>> triggers() const override { return inner_->triggers(); }

 private:
  ConditionPtr inner_;
};

}  // namespace

Result<ConditionPtr> compile_sentence(const RuleValue& argument, ConditionCompiler& compiler) {
  Result<ConditionPtr> inner = compiler.compile(argument);
  if (!inner.is_ok()) return inner.status();
  return ConditionPtr(std::make_shared<SentenceCondition>(std::move(inner).value()));
}

}  // namespace rightscheck
