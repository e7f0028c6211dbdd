// PatternSet: every term pattern of a framework (for one language), matched
// in one pass over a document.
//
// Patterns are scanned on the document's folded copy (engine/scan_text.h)
// and matches reported in the original text's offsets. Each pattern is
// matched the cheapest way its shape allows (engine/pattern_shape.h):
//   - finite lists of phrases and word stems, most of a framework, become
//     plain literals in one Vectorscan literal database; a literal's start
//     is its end minus its length, and a stem's end is the end of its word;
//   - the rest are compiled as regular expressions reporting their ends
//     only, and the start of each match is found by matching the pattern's
//     reversal, anchored, backwards from that end (a second, small database).
// Vectorscan's own start-of-match tracking is not used: it multiplied the
// database's size and halved the scan's speed. A pattern whose reversal
// cannot be written falls back to ICU's regular expressions for its starts.
//
// Thread safety: a compiled PatternSet is immutable; scan() takes the
// caller's scratch, so threads share the set and each brings its own
// PatternScratch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightscheck/status.h"

struct hs_database;
struct hs_scratch;
struct UText;

namespace rightscheck {

// One occurrence of pattern `pattern` at bytes [start, end).
struct TermMatch {
  std::uint32_t pattern = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct StartFinders;

// Per-thread scanning memory for one PatternSet.
class PatternScratch {
 public:
  PatternScratch();
  ~PatternScratch();
  PatternScratch(PatternScratch&& other) noexcept;
  PatternScratch& operator=(PatternScratch&& other) noexcept;
  PatternScratch(const PatternScratch&) = delete;
  PatternScratch& operator=(const PatternScratch&) = delete;
  hs_scratch*& get() { return scratch_; }
  // The database the scratch was last sized for: hs_alloc_scratch validates
  // the whole database (checksum included), far too slow to repeat per scan.
  const hs_database*& sized_for() { return sized_for_; }
  StartFinders& start_finders() { return *finders_; }

 private:
  hs_scratch* scratch_ = nullptr;
  const hs_database* sized_for_ = nullptr;
  std::unique_ptr<StartFinders> finders_;
};

// The error of one pattern: which one (index into the list given to
// compile, or -1 for the set as a whole) and Vectorscan's reason.
struct PatternError {
  int pattern = -1;
  std::string reason;
};

class PatternSet {
 public:
  // The Vectorscan expression for a term as written: case-insensitive,
  // bounded by \b on both sides, accents folded (scan_text.h), each literal
  // space matching the one space a run of white space folds to.
  static std::string expression_for(std::string_view term);
  // What expression_for wrapped: "\b(?:BODY)\b" → BODY; nullopt for an
  // expression of another shape.
  static std::optional<std::string_view> body_of(std::string_view expression);

  // Whether an expression is matched as a regular expression for its ends,
  // its starts recovered after the scan, rather than as literals (see above).
  static bool recovers_starts(std::string_view expression);

  // Compiles expressions (made by expression_for) into one database; the
  // i-th is reported as pattern ids[i] (or i when ids is empty). On failure,
  // `error` says which pattern (its position in expressions) and why.
  // portable: for any x86-64 CPU (generic tuning, no optional CPU features)
  // rather than this one, for a database serialized at build time.
  static std::shared_ptr<const PatternSet> compile(const std::vector<std::string>& expressions, PatternError& error,
                                                   bool portable = false, const std::vector<std::uint32_t>& ids = {});

  // What a serialized database must match to stand in for compiling these
  // expressions: a SHA-256 (hex) over the Vectorscan version, the flags and
  // mode this class compiles with, and every expression and id in order.
  static std::string fingerprint(const std::vector<std::string>& expressions, const std::vector<std::uint32_t>& ids = {});

  // The databases as bytes (hs_serialize_database each, with their sizes);
  // empty on failure.
  std::string serialize() const;
  // A set from serialize()'s bytes, compiled from expressions and ids, or
  // nullptr when the bytes are damaged or Vectorscan rejects them (another
  // version, a CPU that lacks a feature).
  static std::shared_ptr<const PatternSet> deserialize(std::string_view bytes, const std::vector<std::string>& expressions,
                                                       const std::vector<std::uint32_t>& ids = {});

  ~PatternSet();
  std::size_t size() const { return count_; }
  // One more than the largest pattern id.
  std::size_t id_limit() const { return id_limit_; }

  // Appends to out every match in text (the original; folded here), at most
  // limit in total; returns limit_exceeded once the limit is reached
  // (matches so far are kept).
  // Matches of one pattern are reported with their leftmost start; for one
  // pattern and start only the longest match is kept, and a match inside a
  // longer match of the same pattern is dropped. out is sorted by start.
  Status scan(std::string_view text, PatternScratch& scratch, std::size_t limit, std::vector<TermMatch>& out) const;

 private:
  PatternSet() = default;
  struct Plan;
  Plan plan(const std::vector<std::string>& expressions, const std::vector<std::uint32_t>& ids);
  void size_tables();  // the by-id tables below, for id_limit_ ids
  Status ensure_scratch(PatternScratch& scratch, bool again) const;
  // hs_scan, sizing the scratch again if Vectorscan refuses it.
  int run(const hs_database* database, std::string_view bytes,
          int (*handler)(unsigned, unsigned long long, unsigned long long, unsigned, void*), void* context,
          PatternScratch& scratch) const;
  void recover_starts(std::string_view folded, PatternScratch& scratch, std::vector<TermMatch>& matches) const;
  std::size_t icu_start(std::string_view folded, PatternScratch& scratch, const TermMatch& m, UText*& text) const;

  // One literal of the literal database, by its id there.
  struct Literal {
    std::uint32_t length = 0;
    bool stem = false;
    bool stem_grows = false;
    std::vector<std::uint32_t> patterns;  // the patterns it stands for
  };
  hs_database* literals_ = nullptr;  // phrases and stems, as literals
  hs_database* database_ = nullptr;  // the other patterns, for their ends
  hs_database* reversed_ = nullptr;  // the other patterns reversed and anchored, for their starts
  std::size_t count_ = 0;
  std::size_t id_limit_ = 0;
  std::vector<Literal> literal_table_;
  struct StartPattern;
  // By id: the patterns matched for their ends only (null for literals),
  // with their ICU twins, used when the reversed database has no entry.
  std::vector<std::shared_ptr<const StartPattern>> start_patterns_;
  std::vector<bool> reversible_;  // by id: in the reversed database
  std::vector<std::uint16_t> start_windows_;  // by id: bytes before an end its start can lie
};

}  // namespace rightscheck
