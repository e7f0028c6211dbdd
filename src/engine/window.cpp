// Finding a window's matches in the document's sorted match list.
#include "engine/window.h"

#include <algorithm>

#include "engine/program.h"
#include "engine/sentences.h"

namespace rightscheck {

bool CompiledProgram::pattern_in_set(std::uint32_t pattern, int term_set) const {
  const std::vector<int>& sets = sets_of_pattern[pattern];
  return std::binary_search(sets.begin(), sets.end(), term_set);
}

namespace {

std::vector<TermMatch>::const_iterator first_at_or_after(const std::vector<TermMatch>& matches, std::size_t offset) {
  return std::lower_bound(matches.begin(), matches.end(), offset,
                          [](const TermMatch& m, std::size_t at) { return m.start < at; });
}

}  // namespace

std::vector<Evidence> Window::matches_of(int term_set) const {
  std::vector<Evidence> spans;
  const std::vector<TermMatch>& matches = scan_->matches;
  for (auto it = first_at_or_after(matches, span_.start); it != matches.end() && it->start < span_.end; ++it) {
    if (it->end <= span_.end && scan_->program->pattern_in_set(it->pattern, term_set)) {
      Evidence e{it->start, it->end};
      if (spans.empty() || !(spans.back() == e)) spans.push_back(e);
    }
  }
  return spans;
}

const std::vector<Evidence>& DocumentScan::sentences(Evidence span) const {
  auto [it, inserted] = sentences_.try_emplace({span.start, span.end});
  if (inserted) it->second = sentences_in(document->text.utf8, span);
  return it->second;
}

Evidence DocumentScan::sentence_around(Evidence span, std::size_t offset) const {
  const std::vector<Evidence>& all = sentences(span);
  if (all.empty()) return span;
  // The last sentence starting at or before offset, else the first.
  auto it = std::upper_bound(all.begin(), all.end(), offset, [](std::size_t at, const Evidence& e) { return at < e.start; });
  return it == all.begin() ? all.front() : *(it - 1);
}

const std::string& Window::language() const {
  const std::vector<Provision>& provisions = scan_->document->provisions;
  if (provision_ >= 0 && provision_ < static_cast<int>(provisions.size()) && !provisions[provision_].language.empty()) {
    return provisions[provision_].language;
  }
  return scan_->language;
}

bool Window::has_matches() const {
  auto it = first_at_or_after(scan_->matches, span_.start);
  return it != scan_->matches.end() && it->start < span_.end;
}

}  // namespace rightscheck
