// Compiling and scanning the framework's pattern database.
#include "engine/pattern_set.h"

#include <hs/hs.h>
#include <sodium.h>
#include <unicode/regex.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

#include "engine/scan_text.h"

namespace rightscheck {

struct StartFinders {
  // ICU matchers for the start-recovered patterns, made on first use.
  std::unordered_map<std::uint32_t, std::unique_ptr<icu::RegexMatcher>> matchers;
};

PatternScratch::PatternScratch() : finders_(std::make_unique<StartFinders>()) {}
PatternScratch::~PatternScratch() {
  if (scratch_ != nullptr) hs_free_scratch(scratch_);
}
PatternScratch::PatternScratch(PatternScratch&& other) noexcept
    : scratch_(other.scratch_), sized_for_(other.sized_for_), finders_(std::move(other.finders_)) {
  other.scratch_ = nullptr;
  other.sized_for_ = nullptr;
  other.finders_ = std::make_unique<StartFinders>();
}
PatternScratch& PatternScratch::operator=(PatternScratch&& other) noexcept {
  std::swap(scratch_, other.scratch_);
  std::swap(sized_for_, other.sized_for_);
  std::swap(finders_, other.finders_);
  return *this;
}

// The ICU twin of a start-recovered pattern, compiled on first use: most
// patterns of a framework never match a given document.
struct PatternSet::StartPattern {
  std::string expression;
  mutable std::once_flag compiled;
  mutable std::unique_ptr<icu::RegexPattern> regex;

  const icu::RegexPattern* get() const {
    std::call_once(compiled, [this] {
      UErrorCode status = U_ZERO_ERROR;
      UParseError parse{};
      icu::UnicodeString source = icu::UnicodeString::fromUTF8("(?:" + expression + ")$");
      regex.reset(icu::RegexPattern::compile(source, UREGEX_CASE_INSENSITIVE, parse, status));
      if (U_FAILURE(status)) regex.reset();  // the start then falls back to the last word
    });
    return regex.get();
  }
};

PatternSet::~PatternSet() {
  if (database_ != nullptr) hs_free_database(database_);
}

std::string PatternSet::expression_for(std::string_view written) {
  const std::string term = fold_accents(written);
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
      body += ' ';
      continue;
    }
    body += c;
  }
  return "\\b(?:" + body + ")\\b";
}

namespace {

// Not UTF-8 mode: the scanned text is folded to ASCII letters (scan_text.h),
// and \b and \w are ASCII either way (Vectorscan has no \b with UCP). The
// byte-oriented database is smaller and faster.
constexpr unsigned kPatternFlags = HS_FLAG_CASELESS;
// Bumped whenever the choice of start recovery (recovers_starts) changes.
constexpr const char* kScheme = "folded-ascii, start recovery v2";

// Bytes before a match's end in which its start is looked for. Phrases with
// runs of words are bounded ({0,8} words), so a few hundred bytes hold them.
constexpr std::size_t kStartWindow = 600;

}  // namespace

bool PatternSet::recovers_starts(std::string_view expression) {
  // A run of arbitrary words: "(?:\\w+ ){0,8}", "(?:[\\w']+ ){0,3}", "(?: \\w+){0,5}",
  // "(?:\\S+ ){0,10}", "\\w{3,}" — any counted repeat — or "\\w+ " inside a phrase.
  if (expression.find("){") != std::string_view::npos || expression.find("\\w{") != std::string_view::npos) return true;
  for (std::string_view run : {"\\w+ ", "\\w]+ ", "\\w-]+ ", "\\w+\\s", "\\w]+\\s", "\\w-]+\\s"}) {
    if (expression.find(run) != std::string_view::npos) return true;
  }
  return false;
}

std::string PatternSet::fingerprint(const std::vector<std::string>& expressions, const std::vector<std::uint32_t>& ids) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto feed = [&](std::string_view bytes) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>("\0"), 1);
  };
  feed(hs_version());
  feed("flags " + std::to_string(kPatternFlags) + " mode " + std::to_string(HS_MODE_BLOCK) + " " + kScheme);
  for (const std::string& expression : expressions) feed(expression);
  for (std::uint32_t id : ids) feed(std::to_string(id));
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

namespace {

std::vector<std::uint32_t> ids_or_positions(const std::vector<std::string>& expressions,
                                            const std::vector<std::uint32_t>& ids) {
  if (!ids.empty()) return ids;
  std::vector<std::uint32_t> positions(expressions.size());
  for (std::size_t i = 0; i < positions.size(); ++i) positions[i] = static_cast<std::uint32_t>(i);
  return positions;
}

}  // namespace

// The ICU twin of each start-recovered pattern: the same expression, held
// to end where Vectorscan said the match ends ('$' at the end of the region;
// the folded text has no line breaks for '$' to stop before).
bool PatternSet::prepare_start_finders(const std::vector<std::string>& expressions,
                                       const std::vector<std::uint32_t>& ids) {
  std::vector<std::uint32_t> numbers = ids_or_positions(expressions, ids);
  if (numbers.size() != expressions.size()) return false;
  count_ = expressions.size();
  id_limit_ = 0;
  for (std::uint32_t id : numbers) id_limit_ = std::max<std::size_t>(id_limit_, id + 1);
  start_patterns_.assign(id_limit_, nullptr);
  recovers_.assign(id_limit_, false);
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    if (!recovers_starts(expressions[i])) continue;
    auto pattern = std::make_shared<StartPattern>();
    pattern->expression = expressions[i];
    start_patterns_[numbers[i]] = std::move(pattern);
    recovers_[numbers[i]] = true;
  }
  return true;
}

std::shared_ptr<const PatternSet> PatternSet::deserialize(std::string_view bytes, const std::vector<std::string>& expressions,
                                                          const std::vector<std::uint32_t>& ids) {
  std::shared_ptr<PatternSet> set(new PatternSet());
  if (!set->prepare_start_finders(expressions, ids)) return nullptr;
  if (bytes.empty()) return expressions.empty() ? set : nullptr;
  if (hs_deserialize_database(bytes.data(), bytes.size(), &set->database_) != HS_SUCCESS) return nullptr;
  return set;
}

std::shared_ptr<const PatternSet> PatternSet::compile(const std::vector<std::string>& expressions, PatternError& error,
                                                      bool portable, const std::vector<std::uint32_t>& pattern_ids) {
  std::shared_ptr<PatternSet> set(new PatternSet());
  if (!set->prepare_start_finders(expressions, pattern_ids)) {
    error = {-1, "pattern ids and expressions differ in number"};
    return nullptr;
  }
  if (expressions.empty()) return set;
  std::vector<std::uint32_t> numbers = ids_or_positions(expressions, pattern_ids);
  std::vector<const char*> texts;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    texts.push_back(expressions[i].c_str());
    flags.push_back(recovers_starts(expressions[i]) ? kPatternFlags : kPatternFlags | HS_FLAG_SOM_LEFTMOST);
    ids.push_back(numbers[i]);
  }
  hs_platform_info_t generic{};  // tune generic, no optional features
  generic.tune = HS_TUNE_FAMILY_GENERIC;
  hs_compile_error_t* compile_error = nullptr;
  hs_error_t status = hs_compile_multi(texts.data(), flags.data(), ids.data(), static_cast<unsigned>(texts.size()),
                                       HS_MODE_BLOCK, portable ? &generic : nullptr, &set->database_, &compile_error);
  if (status != HS_SUCCESS) {
    // Vectorscan names the expression by its position in texts.
    error.pattern = compile_error != nullptr ? compile_error->expression : -1;
    error.reason = compile_error != nullptr && compile_error->message != nullptr ? compile_error->message
                                                                                 : "cannot compile the pattern database";
    if (compile_error != nullptr) hs_free_compile_error(compile_error);
    return nullptr;
  }
  return set;
}

namespace {

constexpr std::size_t kUnknownStart = static_cast<std::size_t>(-1);

struct Collector {
  std::vector<TermMatch>* out;
  std::size_t limit;
  const std::vector<bool>* recovered = nullptr;  // by id: compiled without start of match
  bool overflow = false;
};

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* context) {
  auto* collector = static_cast<Collector*>(context);
  if (collector->out->size() >= collector->limit) {
    collector->overflow = true;
    return 1;  // stop scanning
  }
  bool unknown = id < collector->recovered->size() && (*collector->recovered)[id];
  collector->out->push_back({id, unknown ? kUnknownStart : static_cast<std::size_t>(from), static_cast<std::size_t>(to)});
  return 0;
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
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

void PatternSet::recover_starts(std::string_view folded, PatternScratch& scratch, std::vector<TermMatch>& matches) const {
  UText* text = nullptr;
  for (TermMatch& m : matches) {
    if (m.start != kUnknownStart) continue;
    // Fallback: the word that ends the match.
    std::size_t start = m.end;
    while (start > 0 && is_word_byte(folded[start - 1])) --start;
    const StartPattern* pattern = start_patterns_[m.pattern].get();
    const icu::RegexPattern* regex = pattern != nullptr ? pattern->get() : nullptr;
    if (regex != nullptr) {
      UErrorCode status = U_ZERO_ERROR;
      if (text == nullptr) text = utext_openUTF8(nullptr, folded.data(), static_cast<int64_t>(folded.size()), &status);
      std::unique_ptr<icu::RegexMatcher>& matcher = scratch.start_finders().matchers[m.pattern];
      if (!matcher && U_SUCCESS(status)) matcher.reset(regex->matcher(status));
      if (matcher && U_SUCCESS(status)) {
        matcher->reset(text);
        matcher->useTransparentBounds(true);
        std::size_t from = m.end > kStartWindow ? m.end - kStartWindow : 0;
        while (from > 0 && (static_cast<unsigned char>(folded[from]) & 0xC0) == 0x80) --from;  // whole characters
        matcher->region(static_cast<int64_t>(from), static_cast<int64_t>(m.end), static_cast<int64_t>(from), status);
        if (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status)) {
          start = static_cast<std::size_t>(matcher->start64(status));
        }
      }
    }
    m.start = std::min(start, m.end);
  }
  if (text != nullptr) utext_close(text);
}

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
  ScanText folded(text);
  const std::string_view scanned = folded.text();
  Collector collector{&out, limit};
  collector.recovered = &recovers_;
  std::vector<TermMatch> found;
  collector.out = &found;
  hs_error_t status = hs_scan(database_, scanned.data(), static_cast<unsigned>(scanned.size()), 0, scratch.get(), on_match,
                              &collector);
  if (status == HS_INVALID && found.empty()) {
    // The scratch was sized for another database that lived at this address:
    // size it for this one and scan again.
    if (hs_alloc_scratch(database_, &scratch.get()) != HS_SUCCESS) {
      return Status::error(Status::Code::limit_exceeded, "", "cannot allocate pattern scanning memory");
    }
    status = hs_scan(database_, scanned.data(), static_cast<unsigned>(scanned.size()), 0, scratch.get(), on_match,
                     &collector);
  }
  recover_starts(scanned, scratch, found);
  for (TermMatch& m : found) {
    m.start = folded.original_start(m.start);
    m.end = folded.original_end(m.end);
  }
  keep_longest(found, id_limit_);
  out.insert(out.end(), found.begin(), found.end());
  if (collector.overflow || status == HS_SCAN_TERMINATED) {
    return Status::error(Status::Code::limit_exceeded, "",
                         "more than " + std::to_string(limit) + " term matches; findings are incomplete");
  }
  if (status != HS_SUCCESS) return Status::error(Status::Code::invalid_input, "", "pattern scan failed");
  return Status::ok();
}

}  // namespace rightscheck
