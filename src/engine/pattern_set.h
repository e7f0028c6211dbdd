// PatternSet: every term pattern of a framework in one Vectorscan block-mode
// database, scanned in one pass over a document.
//
// Thread safety: a compiled PatternSet is immutable; scan() takes the
// caller's scratch, so threads share the set and each brings its own
// PatternScratch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rightscheck/status.h"

struct hs_database;
struct hs_scratch;

namespace rightscheck {

// One occurrence of pattern `pattern` at bytes [start, end).
struct TermMatch {
  std::uint32_t pattern = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

// Per-thread scanning memory for one PatternSet.
class PatternScratch {
 public:
  PatternScratch() = default;
  ~PatternScratch();
  PatternScratch(PatternScratch&& other) noexcept;
  PatternScratch& operator=(PatternScratch&& other) noexcept;
  PatternScratch(const PatternScratch&) = delete;
  PatternScratch& operator=(const PatternScratch&) = delete;
  hs_scratch*& get() { return scratch_; }
  // The database the scratch was last sized for: hs_alloc_scratch validates
  // the whole database (checksum included), far too slow to repeat per scan.
  const hs_database*& sized_for() { return sized_for_; }

 private:
  hs_scratch* scratch_ = nullptr;
  const hs_database* sized_for_ = nullptr;
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
  // bounded by \b on both sides, with each literal space matching any run of
  // white space (line breaks inside a phrase are common in legal text).
  static std::string expression_for(std::string_view term);

  // Compiles terms (already turned into expressions by expression_for) into
  // one database. On failure, `error` says which pattern and why. portable:
  // for any x86-64 CPU (generic tuning, no optional CPU features) rather than
  // this one, for a database serialized at build time and run elsewhere.
  static std::shared_ptr<const PatternSet> compile(const std::vector<std::string>& expressions, PatternError& error,
                                                   bool portable = false);

  // What a serialized database must match to stand in for compiling these
  // expressions: a SHA-256 (hex) over the Vectorscan version, the flags and
  // mode this class compiles with, and every expression in order.
  static std::string fingerprint(const std::vector<std::string>& expressions);

  // The database as bytes (hs_serialize_database); empty on failure.
  std::string serialize() const;
  // A set from serialize()'s bytes holding `count` patterns, or nullptr when
  // Vectorscan rejects them (another version, a CPU that lacks a feature).
  static std::shared_ptr<const PatternSet> deserialize(std::string_view bytes, std::size_t count);

  ~PatternSet();
  std::size_t size() const { return count_; }

  // Appends to out every match in text, at most limit in total; returns
  // limit_exceeded once the limit is reached (matches so far are kept).
  // Matches of one pattern are reported with their leftmost start; for one
  // pattern and start only the longest match is kept, and a match inside a
  // longer match of the same pattern is dropped. out is sorted by start.
  Status scan(std::string_view text, PatternScratch& scratch, std::size_t limit, std::vector<TermMatch>& out) const;

 private:
  PatternSet() = default;
  hs_database* database_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace rightscheck
