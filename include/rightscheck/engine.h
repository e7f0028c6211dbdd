// Engine: evaluates a Document against a CompiledFramework.
//
// evaluate() scans the document text once with the framework's pattern
// database, tests every risk and safeguard indicator on every unit of text
// (the own text of each provision; the whole text when the document has no
// provisions), applies governing safeguards to the risks they lower, then
// decides the document-level gaps. See docs/rule-language.md.
//
// Thread safety: evaluate() only reads its arguments; any number of threads
// may evaluate documents with one CompiledFramework at the same time. A
// Scratch belongs to one thread at a time.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "rightscheck/document.h"
#include "rightscheck/framework.h"
#include "rightscheck/status.h"

namespace rightscheck {

// Bytes [start, end) of Document::text.utf8 that support a finding.
struct Evidence {
  std::size_t start = 0;
  std::size_t end = 0;
  bool operator==(const Evidence&) const = default;
};

// One indicator found in a document, reported under one recommendation. An
// indicator that lists several recommendations yields one Finding per
// recommendation, identical except for `recommendation`.
struct Finding {
  std::string indicator;  // "R8.decryption-order"
  int recommendation = 0;
  IndicatorKind kind = IndicatorKind::risk;
  Severity severity = Severity::medium;
  double confidence = 0.0;
  int provision = -1;  // index into Document::provisions; -1 for gaps and unstructured text
  std::vector<Evidence> evidence;  // sorted, non-overlapping
  std::string message;
  std::string rationale;
  std::string suggestion;
  // Safeguard indicators whose findings govern this risk: for a lowered risk,
  // the ones that lowered it; for a removed risk, the ones that removed it.
  std::vector<std::string> governed_by;
};

// The findings for one document. `document` is borrowed: it must outlive
// the Assessment.
struct Assessment {
  const Document* document = nullptr;
  std::vector<Finding> findings;  // by primary evidence offset, gaps last
  // Risks a governing safeguard removed (effect: remove), kept so that an
  // `explain` command can say why a risk is not reported.
  std::vector<Finding> removed;
  // ok, or limit_exceeded when the document produced more pattern matches
  // than the engine keeps (findings are then incomplete).
  Status status;
};

// Reusable scanning memory for one framework; saves an allocation per
// document when one thread evaluates many. Not thread-safe: one per thread.
class Scratch {
 public:
  explicit Scratch(const CompiledFramework& framework);
  ~Scratch();
  Scratch(Scratch&&) noexcept;
  Scratch& operator=(Scratch&&) noexcept;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  struct State;
  State& state() { return *state_; }

 private:
  std::unique_ptr<State> state_;
};

Assessment evaluate(const CompiledFramework& framework, const Document& document);
// The same, reusing scratch (which must come from the same framework).
Assessment evaluate(const CompiledFramework& framework, const Document& document, Scratch& scratch);

// Findings carry their indicator's message, rationale and suggestion in the
// document's language (the framework's first language when it has none for
// it). This rewrites them in another language, for `--lang`.
void set_report_language(Assessment& assessment, const Framework& framework, std::string_view language);

// The finding id of the JSON contract: "INDICATOR@ANCHOR", or the indicator
// id alone when the finding has no provision (gaps, unstructured text).
std::string finding_id(const Finding& finding, const Document& document);

// An example sentence of an indicator that does not behave as written.
struct ExampleFailure {
  std::string indicator;
  Example example;
  bool expected_match = true;  // true: a must_match sentence found nothing
  // "FILE:LINE:COLUMN: R8.x: must_match sentence yields no finding: ..."
  std::string message() const;
};

// Evaluates every must_match and must_not_match sentence of every indicator,
// each as a document of one provision; returns the sentences that fail.
// What `frameworks validate` and the test suite run.
std::vector<ExampleFailure> check_examples(const CompiledFramework& framework);

// A document of one provision holding text: how examples are evaluated.
Document example_document(const std::string& text, const std::string& language = "en");

}  // namespace rightscheck
