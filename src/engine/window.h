// Window: the stretch of a document a condition is tested on, with the term
// matches that fall inside it.
//
// DocumentScan holds what one evaluation shares: the document, the program
// and the sorted term matches of the one scan. A Window is a cheap view of
// part of it; conditions narrow it (to a sentence) or widen it (to the
// enclosing section) by making new windows.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "engine/pattern_set.h"
#include "rightscheck/document.h"
#include "rightscheck/engine.h"

namespace rightscheck {

struct CompiledProgram;

struct DocumentScan {
  const Document* document = nullptr;
  const CompiledProgram* program = nullptr;
  std::vector<TermMatch> matches;  // sorted by start; none inside a definition
  std::string language = "en";     // how modal verbs are read ("en", "fr", "es")

  // sentences_in(text, span), computed once per span: the ~90 rules of a
  // framework ask for the sentences of the same units again and again.
  const std::vector<Evidence>& sentences(Evidence span) const;
  // sentence_around(text, span, offset), from the same cache.
  Evidence sentence_around(Evidence span, std::size_t offset) const;

 private:
  mutable std::map<std::pair<std::size_t, std::size_t>, std::vector<Evidence>> sentences_;
};

class Window {
 public:
  // provision: the provision whose own text this is, or -1.
  Window(const DocumentScan& scan, Evidence span, int provision) : scan_(&scan), span_(span), provision_(provision) {}

  const DocumentScan& scan() const { return *scan_; }
  const Document& document() const { return *scan_->document; }
  std::string_view text() const { return scan_->document->text.utf8; }
  Evidence span() const { return span_; }
  int provision() const { return provision_; }

  // The spans of term_set's matches lying wholly inside the window, in order.
  std::vector<Evidence> matches_of(int term_set) const;
  // The sentences of the window (cached by the scan).
  const std::vector<Evidence>& sentences() const { return scan_->sentences(span_); }
  // Whether any term match lies inside the window.
  bool has_matches() const;
  // The language the window is written in: its provision's when that differs
  // from the document's, else the document's.
  const std::string& language() const;
  // The same provision, a smaller or larger span.
  Window with_span(Evidence span) const { return Window(*scan_, span, provision_); }

 private:
  const DocumentScan* scan_;
  Evidence span_;
  int provision_;
};

}  // namespace rightscheck
