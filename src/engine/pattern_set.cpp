// Compiling and scanning the framework's pattern database.
#include "engine/pattern_set.h"

#include <hs/hs.h>
#include <sodium.h>

#include <algorithm>
#include <cstdlib>

namespace rightscheck {

PatternScratch::~PatternScratch() {
  if (scratch_ != nullptr) hs_free_scratch(scratch_);
}
PatternScratch::PatternScratch(PatternScratch&& other) noexcept
    : scratch_(other.scratch_), sized_for_(other.sized_for_) {
  other.scratch_ = nullptr;
  other.sized_for_ = nullptr;
}
PatternScratch& PatternScratch::operator=(PatternScratch&& other) noexcept {
  std::swap(scratch_, other.scratch_);
  std::swap(sized_for_, other.sized_for_);
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

namespace {

// No HS_FLAG_UCP: Vectorscan does not support \b with it. UTF-8 mode still
// folds the case of accented letters; see docs/rule-language.md.
constexpr unsigned kPatternFlags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST;

}  // namespace

std::string PatternSet::fingerprint(const std::vector<std::string>& expressions) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto feed = [&](std::string_view bytes) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>("\0"), 1);
  };
  feed(hs_version());
  feed("flags " + std::to_string(kPatternFlags) + " mode " + std::to_string(HS_MODE_BLOCK));
  for (const std::string& expression : expressions) feed(expression);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  return hex;
}

std::string PatternSet::serialize() const {
  if (database_ == nullptr) return {};
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(database_, &bytes, &length) != HS_SUCCESS) return {};
  std::string out(bytes, length);
  std::free(bytes);  // hs_serialize_database allocates with the misc allocator: malloc by default
  return out;
}

std::shared_ptr<const PatternSet> PatternSet::deserialize(std::string_view bytes, std::size_t count) {
  std::shared_ptr<PatternSet> set(new PatternSet());
  set->count_ = count;
  if (bytes.empty()) return count == 0 ? set : nullptr;
  if (hs_deserialize_database(bytes.data(), bytes.size(), &set->database_) != HS_SUCCESS) return nullptr;
  return set;
}

std::shared_ptr<const PatternSet> PatternSet::compile(const std::vector<std::string>& expressions, PatternError& error,
                                                      bool portable) {
  std::shared_ptr<PatternSet> set(new PatternSet());
  set->count_ = expressions.size();
  if (expressions.empty()) return set;
  std::vector<const char*> texts;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    texts.push_back(expressions[i].c_str());
    flags.push_back(kPatternFlags);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_platform_info_t generic{};  // tune generic, no optional features
  generic.tune = HS_TUNE_FAMILY_GENERIC;
  hs_compile_error_t* compile_error = nullptr;
  hs_error_t status = hs_compile_multi(texts.data(), flags.data(), ids.data(), static_cast<unsigned>(texts.size()),
                                       HS_MODE_BLOCK, portable ? &generic : nullptr, &set->database_, &compile_error);
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
  if (scratch.sized_for() != database_ || scratch.get() == nullptr) {
    if (hs_alloc_scratch(database_, &scratch.get()) != HS_SUCCESS) {
      return Status::error(Status::Code::limit_exceeded, "", "cannot allocate pattern scanning memory");
    }
    scratch.sized_for() = database_;
  }
  Collector collector{&out, limit};
  std::vector<TermMatch> found;
  collector.out = &found;
  hs_error_t status = hs_scan(database_, text.data(), static_cast<unsigned>(text.size()), 0, scratch.get(), on_match,
                              &collector);
  if (status == HS_INVALID && found.empty()) {
    // The scratch was sized for another database that lived at this address:
    // size it for this one and scan again.
    if (hs_alloc_scratch(database_, &scratch.get()) != HS_SUCCESS) {
      return Status::error(Status::Code::limit_exceeded, "", "cannot allocate pattern scanning memory");
    }
    status = hs_scan(database_, text.data(), static_cast<unsigned>(text.size()), 0, scratch.get(), on_match, &collector);
  }
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
