// CompiledProgram: what compile() builds and evaluate() runs. Private to the
// engine; CompiledFramework holds it behind a shared_ptr<const>.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "engine/condition.h"
#include "engine/pattern_set.h"
#include "engine/precompiled_patterns.h"
#include "rightscheck/framework.h"

namespace rightscheck {

// A term set after "$name" includes are expanded: the patterns it matches.
struct CompiledTermSet {
  std::string name;   // "judge", or "R8.decryption-order/decrypt" for a local set
  std::vector<std::uint32_t> patterns;  // sorted, unique
};

struct CompiledIndicator {
  int index = 0;                 // into framework.indicators
  ConditionPtr detect;           // null for gaps
  // detect->triggers(): a unit where none of these matched cannot fire.
  std::optional<std::vector<int>> triggers;
  std::vector<int> lowered_by;   // indices into CompiledProgram::indicators
  std::vector<int> when_any;
  std::vector<int> unless_any;
};

// The pattern database of one language: what a document in it is scanned
// with. A database serialized at build time is deserialized on first use,
// so a run over English laws never holds the French and Spanish ones.
struct LanguageDatabase {
  std::string language;
  LanguagePatterns source;  // for the deferred deserialization
  mutable std::once_flag loaded;
  mutable std::shared_ptr<const PatternSet> patterns;

  const PatternSet& get() const;
};

struct CompiledProgram {
  Framework framework;
  // One database per language of the framework; pattern ids are shared, so
  // term sets name patterns of every language.
  std::vector<std::unique_ptr<LanguageDatabase>> databases;
  std::size_t pattern_count = 0;
  std::string base_language;
  std::vector<CompiledTermSet> term_sets;
  // For each pattern, the term sets it belongs to (sorted).
  std::vector<std::vector<int>> sets_of_pattern;
  std::vector<CompiledIndicator> indicators;  // same order as framework.indicators
  std::map<std::string, int, std::less<>> indicator_by_id;

  const Indicator& indicator(int i) const { return framework.indicators[indicators[i].index]; }
  // The database for a document in language; the base language's for one
  // the framework has no rules for.
  const PatternSet& patterns_for(std::string_view language) const;
  bool pattern_in_set(std::uint32_t pattern, int term_set) const;
};

}  // namespace rightscheck
