// Compiling and scanning the framework's pattern database.
#include "engine/pattern_set.h"

#include <hs/hs.h>
#include <sodium.h>
#include <unicode/regex.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "engine/pattern_shape.h"
#include "engine/scan_text.h"
#include "structure/lines.h"

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
  for (hs_database* database : {literals_, database_, reversed_}) {
    if (database != nullptr) hs_free_database(database);
  }
}

std::optional<std::string_view> PatternSet::body_of(std::string_view expression) {
  constexpr std::string_view open = "\\b(?:", close = ")\\b";
  if (expression.size() < open.size() + close.size() || !expression.starts_with(open) || !expression.ends_with(close)) {
    return std::nullopt;
  }
  return expression.substr(open.size(), expression.size() - open.size() - close.size());
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
// byte-oriented databases are smaller and faster.
constexpr unsigned kPatternFlags = HS_FLAG_CASELESS;
// Bumped whenever the plan (which patterns become literals, how starts are
// found) or the serialized layout changes.
constexpr const char* kScheme = "literals and reversed starts, plan stored v4";

// Bytes before a match's end in which its start is looked for. Phrases with
// runs of words are bounded ({0,8} words), so a few hundred bytes hold them.
constexpr std::size_t kStartWindow = 600;

// Longest run of one character class ("\w*") a match's start is looked
// for across: a longer word inside a match cuts the match's evidence short
// (its start is then the start of the last word), which no real law has.
constexpr std::size_t kLongestRun = 48;

// Most literals one pattern may expand to before it is better matched as a
// regular expression.
constexpr std::size_t kLiteralLimit = 4096;

// Vectorscan's \b, ASCII: a word byte on exactly one side of `at`.
bool word_boundary(std::string_view text, std::size_t at) {
  bool before = at > 0 && is_ascii_word_byte(text[at - 1]);
  bool after = at < text.size() && is_ascii_word_byte(text[at]);
  return before != after;
}


}  // namespace

bool PatternSet::recovers_starts(std::string_view expression) {
  return !literal_forms(expression, kLiteralLimit).has_value();
}

std::string PatternSet::fingerprint(const std::vector<std::string>& expressions, const std::vector<std::uint32_t>& ids) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto feed = [&](std::string_view bytes) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>("\0"), 1);
  };
  feed(hs_version());
  feed("flags " + std::to_string(kPatternFlags) + " mode " + std::to_string(HS_MODE_BLOCK) + " " + kScheme +
       " literal limit " + std::to_string(kLiteralLimit));
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

namespace {

// Little-endian integers in serialized bytes.
void put(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Reads serialize()'s bytes front to back; any read past the end fails
// the whole read.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  std::uint64_t get(int width) {
    if (bytes_.size() < static_cast<std::size_t>(width)) {
      failed_ = true;
      return 0;
    }
    std::uint64_t value = 0;
    for (int i = 0; i < width; ++i) value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[i])) << (8 * i);
    bytes_.remove_prefix(width);
    return value;
  }
  std::string_view take(std::uint64_t length) {
    if (length > bytes_.size()) {
      failed_ = true;
      return {};
    }
    std::string_view out = bytes_.substr(0, length);
    bytes_.remove_prefix(length);
    return out;
  }
  bool failed() const { return failed_; }
  bool done() const { return bytes_.empty(); }

 private:
  std::string_view bytes_;
  bool failed_ = false;
};

}  // namespace

// Serialized: the three databases in order, each as an 8-byte length and
// hs_serialize_database's bytes (length 0: no database), then the plan, so
// that loading needs no pattern reading: the literal table (length, stem
// kind, the patterns each stands for) and the regular-expression patterns
// (id, start window, whether reversed).
std::string PatternSet::serialize() const {
  std::string out;
  for (const hs_database* database : {literals_, database_, reversed_}) {
    std::string bytes;
    if (database != nullptr) {
      char* data = nullptr;
      std::size_t length = 0;
      if (hs_serialize_database(database, &data, &length) != HS_SUCCESS) return {};
      bytes.assign(data, length);
      std::free(data);  // hs_serialize_database allocates with the misc allocator: malloc by default
    }
    put(out, bytes.size(), 8);
    out += bytes;
  }
  put(out, literal_table_.size(), 4);
  for (const Literal& literal : literal_table_) {
    put(out, literal.length, 4);
    put(out, (literal.stem ? 1 : 0) | (literal.stem_grows ? 2 : 0), 1);
    put(out, literal.patterns.size(), 4);
    for (std::uint32_t pattern : literal.patterns) put(out, pattern, 4);
  }
  std::vector<std::uint32_t> regex_ids;
  for (std::size_t id = 0; id < start_patterns_.size(); ++id) {
    if (start_patterns_[id]) regex_ids.push_back(static_cast<std::uint32_t>(id));
  }
  put(out, regex_ids.size(), 4);
  for (std::uint32_t id : regex_ids) {
    put(out, id, 4);
    put(out, start_windows_[id], 2);
    put(out, reversible_[id] ? 1 : 0, 1);
  }
  return out;
}

// Which pattern goes where: the same answer every time for the same
// expressions, so serialized databases line up with a plan made at load.
struct PatternSet::Plan {
  std::vector<std::string> literal_texts;  // by literal id
  std::vector<std::string> regex_expressions;
  std::vector<unsigned> regex_ids;
  std::vector<int> regex_positions;  // in the caller's list, for errors
  std::vector<std::string> reversed_expressions;
  std::vector<unsigned> reversed_ids;
};

void PatternSet::size_tables() {
  start_patterns_.assign(id_limit_, nullptr);
  reversible_.assign(id_limit_, false);
  start_windows_.assign(id_limit_, 0);
}

PatternSet::Plan PatternSet::plan(const std::vector<std::string>& expressions, const std::vector<std::uint32_t>& ids) {
  Plan plan;
  count_ = expressions.size();
  id_limit_ = 0;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    id_limit_ = std::max<std::size_t>(id_limit_, (ids.empty() ? i : ids[i]) + 1);
  }
  size_tables();
  literal_table_.clear();
  std::unordered_map<std::string, std::uint32_t> literal_ids;  // by lower-case text and stem kind
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    const std::uint32_t id = ids.empty() ? static_cast<std::uint32_t>(i) : ids[i];
    if (std::optional<std::vector<LiteralForm>> forms = literal_forms(expressions[i], kLiteralLimit)) {
      for (const LiteralForm& form : *forms) {
        std::string key = structure::lower_ascii(form.text) + (form.stem ? (form.stem_grows ? "\1+" : "\1*") : "\1");
        auto [entry, added] = literal_ids.emplace(std::move(key), static_cast<std::uint32_t>(literal_table_.size()));
        if (added) {
          literal_table_.push_back({static_cast<std::uint32_t>(form.text.size()), form.stem, form.stem_grows, {}});
          plan.literal_texts.push_back(form.text);
        }
        std::vector<std::uint32_t>& patterns = literal_table_[entry->second].patterns;
        if (patterns.empty() || patterns.back() != id) patterns.push_back(id);
      }
      continue;
    }
    plan.regex_expressions.push_back(expressions[i]);
    plan.regex_ids.push_back(id);
    plan.regex_positions.push_back(static_cast<int>(i));
    // The backward search reads no further than the longest match can
    // reach: Vectorscan's cost grows with the bytes given, matching or not.
    std::optional<std::size_t> longest = longest_match(expressions[i], kLongestRun);
    start_windows_[id] = static_cast<std::uint16_t>(std::min(kStartWindow, longest ? *longest : kStartWindow));
    auto pattern = std::make_shared<StartPattern>();
    pattern->expression = expressions[i];
    start_patterns_[id] = std::move(pattern);
    std::optional<std::string_view> body = body_of(expressions[i]);
    std::optional<std::string> reversed = body ? reversed_expression(*body) : std::nullopt;
    if (reversed) {
      plan.reversed_expressions.push_back("^(?:" + *reversed + ")");
      plan.reversed_ids.push_back(id);
    }
  }
  return plan;
}

std::shared_ptr<const PatternSet> PatternSet::deserialize(std::string_view bytes, const std::vector<std::string>& expressions,
                                                          const std::vector<std::uint32_t>& ids) {
  if (!ids.empty() && ids.size() != expressions.size()) return nullptr;
  std::shared_ptr<PatternSet> set(new PatternSet());
  set->count_ = expressions.size();
  std::vector<const std::string*> expression_of;  // by id
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    const std::size_t id = ids.empty() ? i : ids[i];
    if (id >= expression_of.size()) expression_of.resize(id + 1, nullptr);
    expression_of[id] = &expressions[i];
  }
  set->id_limit_ = expression_of.size();
  set->size_tables();
  if (bytes.empty()) return expressions.empty() ? set : nullptr;

  ByteReader reader(bytes);
  for (hs_database** target : {&set->literals_, &set->database_, &set->reversed_}) {
    std::string_view database = reader.take(reader.get(8));
    if (reader.failed()) return nullptr;
    if (!database.empty() && hs_deserialize_database(database.data(), database.size(), target) != HS_SUCCESS) {
      return nullptr;
    }
  }
  // The plan, checked against the ids it may name.
  const std::uint64_t literals = reader.get(4);
  for (std::uint64_t i = 0; i < literals && !reader.failed(); ++i) {
    Literal literal;
    literal.length = static_cast<std::uint32_t>(reader.get(4));
    const std::uint64_t kind = reader.get(1);
    literal.stem = (kind & 1) != 0;
    literal.stem_grows = (kind & 2) != 0;
    const std::uint64_t patterns = reader.get(4);
    for (std::uint64_t k = 0; k < patterns && !reader.failed(); ++k) {
      const std::uint64_t id = reader.get(4);
      if (id >= set->id_limit_ || expression_of[id] == nullptr) return nullptr;
      literal.patterns.push_back(static_cast<std::uint32_t>(id));
    }
    if (literal.length == 0) return nullptr;
    set->literal_table_.push_back(std::move(literal));
  }
  const std::uint64_t regexes = reader.get(4);
  for (std::uint64_t i = 0; i < regexes && !reader.failed(); ++i) {
    const std::uint64_t id = reader.get(4);
    const std::uint64_t window = reader.get(2);
    const bool reversible = reader.get(1) != 0;
    if (id >= set->id_limit_ || expression_of[id] == nullptr || window > kStartWindow) return nullptr;
    set->start_windows_[id] = static_cast<std::uint16_t>(window);
    set->reversible_[id] = reversible && set->reversed_ != nullptr;
    auto pattern = std::make_shared<StartPattern>();
    pattern->expression = *expression_of[id];
    set->start_patterns_[id] = std::move(pattern);
  }
  if (reader.failed() || !reader.done()) return nullptr;
  // The literal database must have exactly as many literals as the table:
  // a literal id is an index into it.
  if ((set->literals_ != nullptr) != !set->literal_table_.empty() || (set->database_ != nullptr) != (regexes > 0)) {
    return nullptr;
  }
  return set;
}

std::shared_ptr<const PatternSet> PatternSet::compile(const std::vector<std::string>& expressions, PatternError& error,
                                                      bool portable, const std::vector<std::uint32_t>& pattern_ids) {
  if (!pattern_ids.empty() && pattern_ids.size() != expressions.size()) {
    error = {-1, "pattern ids and expressions differ in number"};
    return nullptr;
  }
  std::shared_ptr<PatternSet> set(new PatternSet());
  Plan plan = set->plan(expressions, pattern_ids);
  hs_platform_info_t generic{};  // tune generic, no optional features
  generic.tune = HS_TUNE_FAMILY_GENERIC;
  const hs_platform_info_t* platform = portable ? &generic : nullptr;
  hs_compile_error_t* compile_error = nullptr;
  auto fail = [&](int pattern, const char* fallback) {
    error.pattern = pattern;
    error.reason = compile_error != nullptr && compile_error->message != nullptr ? compile_error->message : fallback;
    if (compile_error != nullptr) hs_free_compile_error(compile_error);
    return nullptr;
  };
  if (!plan.regex_expressions.empty()) {
    std::vector<const char*> texts;
    for (const std::string& expression : plan.regex_expressions) texts.push_back(expression.c_str());
    std::vector<unsigned> flags(texts.size(), kPatternFlags);
    if (hs_compile_multi(texts.data(), flags.data(), plan.regex_ids.data(), static_cast<unsigned>(texts.size()),
                         HS_MODE_BLOCK, platform, &set->database_, &compile_error) != HS_SUCCESS) {
      // Vectorscan names the expression by its position in texts.
      int at = compile_error != nullptr ? compile_error->expression : -1;
      return fail(at >= 0 && at < static_cast<int>(plan.regex_positions.size()) ? plan.regex_positions[at] : -1,
                  "cannot compile the pattern database");
    }
  }
  if (!plan.literal_texts.empty()) {
    std::vector<const char*> texts;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> ids;
    for (const std::string& text : plan.literal_texts) {
      texts.push_back(text.data());
      lengths.push_back(text.size());
      ids.push_back(static_cast<unsigned>(ids.size()));
    }
    std::vector<unsigned> flags(texts.size(), kPatternFlags);
    if (hs_compile_lit_multi(texts.data(), flags.data(), ids.data(), lengths.data(), static_cast<unsigned>(texts.size()),
                             HS_MODE_BLOCK, platform, &set->literals_, &compile_error) != HS_SUCCESS) {
      return fail(-1, "cannot compile the literal database");
    }
  }
  // Every reversed pattern reads the original's syntax back, so Vectorscan
  // should accept it; one it refuses (too large once anchored, say) is left
  // out and gets its starts from its ICU twin, and the rest are tried again.
  std::vector<std::string>& reversed = plan.reversed_expressions;
  std::vector<unsigned>& reversed_ids = plan.reversed_ids;
  while (!reversed.empty()) {
    std::vector<const char*> texts;
    for (const std::string& expression : reversed) texts.push_back(expression.c_str());
    std::vector<unsigned> flags(texts.size(), kPatternFlags);
    if (hs_compile_multi(texts.data(), flags.data(), reversed_ids.data(), static_cast<unsigned>(texts.size()),
                         HS_MODE_BLOCK, platform, &set->reversed_, &compile_error) == HS_SUCCESS) {
      for (unsigned id : reversed_ids) set->reversible_[id] = true;
      break;
    }
    const int refused = compile_error != nullptr ? compile_error->expression : -1;
    if (compile_error != nullptr) hs_free_compile_error(compile_error);
    compile_error = nullptr;
    set->reversed_ = nullptr;
    if (refused < 0 || refused >= static_cast<int>(reversed.size())) break;  // the set as a whole: all use ICU
    reversed.erase(reversed.begin() + refused);
    reversed_ids.erase(reversed_ids.begin() + refused);
  }
  return set;
}

namespace {

constexpr std::size_t kUnknownStart = static_cast<std::size_t>(-1);

struct Collector {
  std::vector<TermMatch>* out = nullptr;
  std::size_t limit = 0;
  std::size_t id_limit = 0;
  bool overflow = false;
  // For the literal database: the folded text and what each literal is.
  std::string_view text;
  const void* literals = nullptr;

  bool full() {
    if (out->size() < limit) return false;
    overflow = true;
    return true;
  }
};

// A regular-expression pattern's end; its start is found later.
int on_match(unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
  auto* collector = static_cast<Collector*>(context);
  if (id >= collector->id_limit) return 0;  // never, unless the database was damaged
  if (collector->full()) return 1;          // stop scanning
  collector->out->push_back({id, kUnknownStart, static_cast<std::size_t>(to)});
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

// The leftmost start the reversed database finds for each pattern, from
// one end: the longest anchored reversed match whose far end is a word
// boundary in the forward text.
struct StartSearch {
  std::string_view text;  // forward folded text
  std::size_t end = 0;
  std::vector<std::pair<unsigned, std::size_t>> starts;  // pattern, start

  static int on_reversed(unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
    auto* search = static_cast<StartSearch*>(context);
    std::size_t start = search->end - static_cast<std::size_t>(to);
    if (!word_boundary(search->text, start)) return 0;
    for (auto& [pattern, best] : search->starts) {
      if (pattern == id) {
        best = std::min(best, start);
        return 0;
      }
    }
    search->starts.emplace_back(id, start);
    return 0;
  }
};

}  // namespace

Status PatternSet::ensure_scratch(PatternScratch& scratch, bool again) const {
  const hs_database* key = database_ != nullptr ? database_ : literals_;
  if (!again && scratch.sized_for() == key && scratch.get() != nullptr) return Status::ok();
  for (const hs_database* database : {literals_, database_, reversed_}) {
    if (database != nullptr && hs_alloc_scratch(database, &scratch.get()) != HS_SUCCESS) {
      return Status::error(Status::Code::limit_exceeded, "", "cannot allocate pattern scanning memory");
    }
  }
  scratch.sized_for() = key;
  return Status::ok();
}

int PatternSet::run(const hs_database* database, std::string_view bytes, match_event_handler handler, void* context,
                    PatternScratch& scratch) const {
  if (database == nullptr) return HS_SUCCESS;
  hs_error_t status =
      hs_scan(database, bytes.data(), static_cast<unsigned>(bytes.size()), 0, scratch.get(), handler, context);
  if (status == HS_INVALID && ensure_scratch(scratch, true).is_ok()) {
    // The scratch was sized for another set that lived at this address
    // (Vectorscan refuses before it reports anything): scan again.
    status = hs_scan(database, bytes.data(), static_cast<unsigned>(bytes.size()), 0, scratch.get(), handler, context);
  }
  return status;
}

void PatternSet::recover_starts(std::string_view folded, PatternScratch& scratch, std::vector<TermMatch>& matches) const {
  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (matches[i].start == kUnknownStart) pending.push_back(i);
  }
  if (pending.empty()) return;
  std::sort(pending.begin(), pending.end(), [&](std::size_t a, std::size_t b) { return matches[a].end < matches[b].end; });
  UText* icu_text = nullptr;
  std::string window;
  StartSearch search;
  search.text = folded;
  for (std::size_t first = 0; first < pending.size();) {
    const std::size_t end = matches[pending[first]].end;
    std::size_t last = first;
    std::size_t reach = 0;
    for (; last < pending.size() && matches[pending[last]].end == end; ++last) {
      reach = std::max<std::size_t>(reach, start_windows_[matches[pending[last]].pattern]);
    }
    // One backward scan serves every pattern that ends here.
    search.end = end;
    search.starts.clear();
    if (reversed_ != nullptr) {
      const std::size_t length = std::min(reach, end);
      window.assign(folded.rend() - static_cast<std::ptrdiff_t>(end), folded.rend() - static_cast<std::ptrdiff_t>(end - length));
      (void)run(reversed_, window, StartSearch::on_reversed, &search, scratch);
    }
    for (std::size_t k = first; k < last; ++k) {
      TermMatch& m = matches[pending[k]];
      std::size_t start = kUnknownStart;
      for (const auto& [pattern, found] : search.starts) {
        if (pattern == m.pattern) start = found;
      }
      if (start == kUnknownStart && !(m.pattern < reversible_.size() && reversible_[m.pattern])) {
        start = icu_start(folded, scratch, m, icu_text);
      }
      if (start == kUnknownStart) {  // fallback: the word that ends the match
        start = m.end;
        while (start > 0 && is_ascii_word_byte(folded[start - 1])) --start;
      }
      m.start = std::min(start, m.end);
    }
    first = last;
  }
  if (icu_text != nullptr) utext_close(icu_text);
}

// The start of a match by the pattern's ICU twin, searched forwards in the
// window before its end; kUnknownStart when it finds none.
std::size_t PatternSet::icu_start(std::string_view folded, PatternScratch& scratch, const TermMatch& m,
                                  UText*& text) const {
  const StartPattern* pattern = m.pattern < start_patterns_.size() ? start_patterns_[m.pattern].get() : nullptr;
  const icu::RegexPattern* regex = pattern != nullptr ? pattern->get() : nullptr;
  if (regex == nullptr) return kUnknownStart;
  UErrorCode status = U_ZERO_ERROR;
  if (text == nullptr) text = utext_openUTF8(nullptr, folded.data(), static_cast<int64_t>(folded.size()), &status);
  std::unique_ptr<icu::RegexMatcher>& matcher = scratch.start_finders().matchers[m.pattern];
  if (!matcher && U_SUCCESS(status)) matcher.reset(regex->matcher(status));
  if (!matcher || U_FAILURE(status)) return kUnknownStart;
  matcher->reset(text);
  matcher->useTransparentBounds(true);
  std::size_t from = m.end > kStartWindow ? m.end - kStartWindow : 0;
  while (from > 0 && (static_cast<unsigned char>(folded[from]) & 0xC0) == 0x80) --from;  // whole characters
  matcher->region(static_cast<int64_t>(from), static_cast<int64_t>(m.end), static_cast<int64_t>(from), status);
  if (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status)) {
    return static_cast<std::size_t>(matcher->start64(status));
  }
  return kUnknownStart;
}

namespace {

// A literal's end: check its boundaries, run a stem to the end of its word,
// and report it for every pattern it stands for.
template <typename Literal>
int on_literal_of(unsigned id, unsigned long long to, Collector& collector) {
  const auto& table = *static_cast<const std::vector<Literal>*>(collector.literals);
  if (id >= table.size() || to < table[id].length) return 0;  // never, unless the database was damaged
  const Literal& literal = table[id];
  const std::string_view text = collector.text;
  std::size_t end = static_cast<std::size_t>(to);
  const std::size_t start = end - literal.length;
  if (!word_boundary(text, start)) return 0;
  if (literal.stem) {
    const std::size_t stem_end = end;
    while (end < text.size() && is_ascii_word_byte(text[end])) ++end;
    if (literal.stem_grows && end == stem_end) return 0;
  } else if (!word_boundary(text, end)) {
    return 0;
  }
  for (std::uint32_t pattern : literal.patterns) {
    if (collector.full()) return 1;
    collector.out->push_back({pattern, start, end});
  }
  return 0;
}

}  // namespace

Status PatternSet::scan(std::string_view text, PatternScratch& scratch, std::size_t limit,
                        std::vector<TermMatch>& out) const {
  if ((database_ == nullptr && literals_ == nullptr) || text.empty()) return Status::ok();
  if (text.size() > 0xFFFFFFFFu) return Status::error(Status::Code::limit_exceeded, "", "text longer than 4 GiB");
  if (Status ready = ensure_scratch(scratch, false); !ready.is_ok()) return ready;
  ScanText folded(text);
  const std::string_view scanned = folded.text();
  std::vector<TermMatch> found;
  // Legal text reports about one match per dozen bytes: room for one per
  // eight (only the part used is ever touched) spares the copies and page
  // faults of growing a vector of millions.
  found.reserve(std::min(limit, scanned.size() / 8 + 16));
  Collector collector;
  collector.out = &found;
  collector.limit = limit;
  collector.id_limit = id_limit_;
  collector.text = scanned;
  collector.literals = &literal_table_;
  auto on_literal = [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
    return on_literal_of<Literal>(id, to, *static_cast<Collector*>(context));
  };
  int status = run(literals_, scanned, on_literal, &collector, scratch);
  if (status == HS_SUCCESS) status = run(database_, scanned, on_match, &collector, scratch);
  recover_starts(scanned, scratch, found);
  for (TermMatch& m : found) {
    m.start = folded.original_start(m.start);
    m.end = folded.original_end(m.end);
  }
  keep_longest(found, id_limit_);
  if (out.empty()) {
    out.swap(found);
  } else {
    out.insert(out.end(), found.begin(), found.end());
  }
  if (collector.overflow || status == HS_SCAN_TERMINATED) {
    return Status::error(Status::Code::limit_exceeded, "",
                         "more than " + std::to_string(limit) + " term matches; findings are incomplete");
  }
  if (status != HS_SUCCESS) return Status::error(Status::Code::invalid_input, "", "pattern scan failed");
  return Status::ok();
}

}  // namespace rightscheck
