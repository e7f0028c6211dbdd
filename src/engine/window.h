// Window: the stretch of a document a condition is tested on, with the term
// matches that fall inside it.
//
// DocumentScan holds what one evaluation shares: the document, the program
// and the sorted term matches of the one scan. A Window is a cheap view of
// part of it; conditions narrow it (to a sentence) or widen it (to the
// enclosing section) by making new windows.
#pragma once

#include <string>
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
  // Whether any term match lies inside the window.
  bool has_matches() const;
  // The same provision, a smaller or larger span.
  Window with_span(Evidence span) const { return Window(*scan_, span, provision_); }

 private:
  const DocumentScan* scan_;
  Evidence span_;
  int provision_;
};

}  // namespace rightscheck
