// `modality: {of: SUBJECT, is: [power, duty, limit], conditioned: BOOL}` —
// keeps the subject's evidence whose governing modal verb reads as one of
// the listed modalities.
#include <algorithm>

#include "engine/condition_kinds.h"
#include "engine/modality.h"
#include "engine/sentences.h"
#include "framework/fields.h"

namespace rightscheck {
namespace {

// The text a list item continues: its parent's words before the first
// child ("The Minister may by order—"). Empty when there is none.
Evidence lead_in_of(const Document& document, int parent) {
  const Provision& holder = document.provisions[parent];
  if (holder.start >= document.text.utf8.size()) return {0, 0};
  for (std::size_t i = static_cast<std::size_t>(parent) + 1; i < document.provisions.size(); ++i) {
    if (document.provisions[i].parent == parent) {
      return {holder.start, std::max(holder.start, std::min(document.provisions[i].start, document.text.utf8.size()))};
    }
  }
  return {0, 0};
}

bool is_statute(const Window& window) { return window.document().kind == DocumentKind::statute; }

class ModalityCondition final : public Condition {
 public:
  ModalityCondition(ConditionPtr subject, std::vector<Modality> wanted, int conditioned)
      : subject_(std::move(subject)), wanted_(std::move(wanted)), conditioned_(conditioned) {}

  Outcome test(const Window& window) const override {
    Outcome subject = subject_->test(window);
    if (!subject.holds) return Outcome::fails();
    std::vector<Evidence> kept;
    for (const Evidence& span : subject.evidence) {
      ModalReading reading = read(window, span);
      bool modality_ok = std::find(wanted_.begin(), wanted_.end(), reading.modality) != wanted_.end();
      bool condition_ok = conditioned_ < 0 || reading.conditioned == (conditioned_ == 1);
      if (modality_ok && condition_ok) kept.push_back(span);
    }
    if (kept.empty()) return Outcome::fails();
    return Outcome::passes(std::move(kept));
  }
  bool yields_evidence() const override { return true; }
  std::optional<std::vector<int>> triggers() const override { return subject_->triggers(); }

 private:
  // The sentence holding the span; when it has no modal verb, the lead-in of
  // the enclosing list ("may— (a) ...; (b) ...") governs it.
  static ModalReading read(const Window& window, Evidence span) {
    Evidence sentence = window.scan().sentence_around(window.span(), span.start);
    ModalReading reading = read_modality(window.text(), sentence, span, window.language(), is_statute(window));
    const Document& document = window.document();
    int p = window.provision();
    for (int hops = 0; reading.modality == Modality::none && p >= 0 && hops < 3; ++hops) {
      int parent = document.provisions[p].parent;
      if (parent < 0 || parent >= static_cast<int>(document.provisions.size())) break;
      Evidence lead_in = lead_in_of(document, parent);
      if (lead_in.end > lead_in.start) {
        Evidence last = window.scan().sentence_around(lead_in, lead_in.end);
        reading = read_modality(window.text(), last, {last.end, last.end}, window.language(), is_statute(window));
      }
      p = parent;
    }
    return reading;
  }

  ConditionPtr subject_;
  std::vector<Modality> wanted_;
  int conditioned_;  // -1 either way, 0 unconditioned only, 1 conditioned only
};

}  // namespace

Result<ConditionPtr> compile_modality(const RuleValue& argument, ConditionCompiler& compiler) {
  Status fields = expect_fields(argument, {"of", "is", "conditioned"}, "modality");
  if (!fields.is_ok()) return fields;
  Result<const RuleValue*> of = required_field(argument, "of", "modality");
  if (!of.is_ok()) return of.status();
  Result<ConditionPtr> subject = compiler.compile_subject(*of.value());
  if (!subject.is_ok()) return subject.status();
  if (!subject.value()->yields_evidence()) {
    return rule_error(of.value()->location, "modality.of in " + compiler.indicator() + " must yield evidence to classify");
  }
  Result<const RuleValue*> is = required_field(argument, "is", "modality");
  if (!is.is_ok()) return is.status();
  if (is.value()->shape != RuleValue::Shape::list || is.value()->items.empty()) {
    return rule_error(is.value()->location, "modality.is must list one or more of power, duty, limit");
  }
  std::vector<Modality> wanted;
  for (const RuleValue& item : is.value()->items) {
    Result<std::string> name = choice_of(item, {"power", "duty", "limit"}, "modality.is");
    if (!name.is_ok()) return name.status();
    wanted.push_back(name.value() == "power" ? Modality::power : name.value() == "duty" ? Modality::duty : Modality::limit);
  }
  int conditioned = -1;
  if (const RuleValue* flag = argument.find("conditioned")) {
    Result<std::string> value = choice_of(*flag, {"true", "false"}, "modality.conditioned");
    if (!value.is_ok()) return value.status();
    conditioned = value.value() == "true" ? 1 : 0;
  }
  return ConditionPtr(std::make_shared<ModalityCondition>(std::move(subject).value(), std::move(wanted), conditioned));
}

}  // namespace rightscheck
