// Finding a window's matches in the document's sorted match list.
#include "engine/window.h"

#include <algorithm>

#include "engine/program.h"

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

bool Window::has_matches() const {
  auto it = first_at_or_after(scan_->matches, span_.start);
  return it != scan_->matches.end() && it->start < span_.end;
}

}  // namespace rightscheck
