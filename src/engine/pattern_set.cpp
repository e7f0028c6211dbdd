// Compiling and scanning the framework's pattern database.
#include "engine/pattern_set.h"

#include <hs/hs.h>

#include <algorithm>

namespace rightscheck {

PatternScratch::~PatternScratch() {
  if (scratch_ != nullptr) hs_free_scratch(scratch_);
}
PatternScratch::PatternScratch(PatternScratch&& other) noexcept : scratch_(other.scratch_) { other.scratch_ = nullptr; }
PatternScratch& PatternScratch::operator=(PatternScratch&& other) noexcept {
  std::swap(scratch_, other.scratch_);
  return *this;
}

PatternSet::~PatternSet() {
  if (database_ != nullptr) hs_free_database(database_);
}

std::string PatternSet::expression_for(std::string_view term) {
  std::string body;
  bool in_class = false;
  for (std::size_t i = 0; i < term.size(); ++i) {
    char c = term[i];
    if (c == '\\' && i + 1 < term.size()) {
      body += c;
      body += term[++i];
      continue;
    }
    if (in_class) {
      in_class = c != ']';
      body += c;
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ' ') {
      while (i + 1 < term.size() && term[i + 1] == ' ') ++i;
      body += "\\s+";
      continue;
    }
    body += c;
  }
  return "\\b(?:" + body + ")\\b";
}

std::shared_ptr<const PatternSet> PatternSet::compile(const std::vector<std::string>& expressions, PatternError& error) {
  std::shared_ptr<PatternSet> set(new PatternSet());
  set->count_ = expressions.size();
  if (expressions.empty()) return set;
  std::vector<const char*> texts;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    texts.push_back(expressions[i].c_str());
    // No HS_FLAG_UCP: Vectorscan does not support \b with it. UTF-8 mode
    // still folds the case of accented letters; see docs/rule-language.md.
    flags.push_back(HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* compile_error = nullptr;
  hs_error_t status = hs_compile_multi(texts.data(), flags.data(), ids.data(), static_cast<unsigned>(texts.size()),
                                       HS_MODE_BLOCK, nullptr, &set->database_, &compile_error);
  if (status != HS_SUCCESS) {
    error.pattern = compile_error != nullptr ? compile_error->expression : -1;
    error.reason = compile_error != nullptr && compile_error->message != nullptr ? compile_error->message
                                                                                 : "cannot compile the pattern database";
    if (compile_error != nullptr) hs_free_compile_error(compile_error);
    return nullptr;
  }
  return set;
}

namespace {

struct Collector {
  std::vector<TermMatch>* out;
  std::size_t limit;
  bool overflow = false;
};

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* context) {
  auto* collector = static_cast<Collector*>(context);
  if (collector->out->size() >= collector->limit) {
    collector->overflow = true;
    return 1;  // stop scanning
  }
  collector->out->push_back({id, static_cast<std::size_t>(from), static_cast<std::size_t>(to)});
  return 0;
}

// Vectorscan reports every end offset at which a pattern matches; keep one
// match per occurrence (the longest) so evidence reads as whole phrases.
void keep_longest(std::vector<TermMatch>& matches, std::size_t pattern_count) {
  std::sort(matches.begin(), matches.end(), [](const TermMatch& a, const TermMatch& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    return a.end > b.end;
  });
  std::vector<std::size_t> reach(pattern_count, 0);
  std::vector<bool> seen(pattern_count, false);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const TermMatch& m = matches[i];
    if (seen[m.pattern] && m.end <= reach[m.pattern]) continue;  // same start or nested
    seen[m.pattern] = true;
    reach[m.pattern] = std::max(reach[m.pattern], m.end);
    matches[kept++] = m;
  }
  matches.resize(kept);
}

}  // namespace

Status PatternSet::scan(std::string_view text, PatternScratch& scratch, std::size_t limit,
                        std::vector<TermMatch>& out) const {
  if (database_ == nullptr || text.empty()) return Status::ok();
  if (text.size() > 0xFFFFFFFFu) return Status::error(Status::Code::limit_exceeded, "", "text longer than 4 GiB");
  if (hs_alloc_scratch(database_, &scratch.get()) != HS_SUCCESS) {
    return Status::error(Status::Code::limit_exceeded, "", "cannot allocate pattern scanning memory");
  }
  Collector collector{&out, limit};
  std::vector<TermMatch> found;
  collector.out = &found;
  hs_error_t status = hs_scan(database_, text.data(), static_cast<unsigned>(text.size()), 0, scratch.get(), on_match,
                              &collector);
  keep_longest(found, count_);
  out.insert(out.end(), found.begin(), found.end());
  if (collector.overflow || status == HS_SCAN_TERMINATED) {
    return Status::error(Status::Code::limit_exceeded, "",
                         "more than " + std::to_string(limit) + " term matches; findings are incomplete");
  }
  if (status != HS_SUCCESS) return Status::error(Status::Code::invalid_input, "", "pattern scan failed");
  return Status::ok();
}

}  // namespace rightscheck
