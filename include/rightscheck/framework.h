// Framework: an evaluation framework held as data, and its compiled form.
//
// A framework is a folder of YAML files (see docs/rule-language.md):
//   framework.yaml       id, version, title, languages, the recommendations
//   terms/*.yaml         shared term sets (optional)
//   indicators/*.yaml    lists of indicators
//   <lang>/terms/*.yaml, <lang>/indicators/*.yaml
//                        a language layer: the same term sets and indicators
//                        written for another language ("fr", "es")
// load_framework() reads and validates such a folder into a Framework value;
// compile() turns a Framework into a CompiledFramework, the immutable program
// that evaluate() (engine.h) runs against documents.
//
// Errors: every function here reports an invalid framework as a Status whose
// message() reads "FILE:LINE:COLUMN: what is wrong" (the first problem
// found). Nothing here throws.
//
// Thread safety: Framework is a plain value. CompiledFramework is immutable
// after compile(): copies share the same program, and every method is const,
// so one CompiledFramework may serve any number of threads at once.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rightscheck/status.h"

namespace rightscheck {

// Where something was written: a file and a 1-based line and column.
// file is empty for values built in code.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  // "FILE:LINE:COLUMN", or "FILE" when the position is unknown.
  std::string to_string() const;
};

// A Status of code invalid_input whose message() is "FILE:LINE:COLUMN: reason".
Status rule_error(const SourceLocation& where, const std::string& reason);

// A value as written in a rule file: a scalar, a list or a map (entries in
// file order), with its position. Conditions are kept in this neutral form
// so that the engine, which knows the condition kinds, can validate them
// with exact positions; the framework layer stays ignorant of them.
struct RuleValue {
  // Declared so that RuleValue is not an aggregate: clang (14, with
  // libstdc++ 12) otherwise instantiates pair<string, RuleValue> while
  // RuleValue is still incomplete and rejects the header.
  RuleValue() = default;
  enum class Shape { scalar, list, map };
  Shape shape = Shape::scalar;
  std::string scalar;
  std::vector<RuleValue> items;
  std::vector<std::pair<std::string, RuleValue>> entries;
  SourceLocation location;

  // The value of a map entry, or nullptr when absent or not a map.
  const RuleValue* find(std::string_view key) const;
};

// One of the FOC recommendations (or whichever a framework judges against).
struct Recommendation {
  int number = 0;
  std::string text;
  std::map<std::string, std::string, std::less<>> translations;  // language -> text

  // The text in language, or the framework's own text when not translated.
  const std::string& text_in(std::string_view language) const;
};

// One regular-expression fragment of a term set, matched case-insensitively
// on word boundaries; "$name" includes another term set instead.
struct Term {
  std::string pattern;
  SourceLocation location;
  std::string language;  // the language of the text it is written for ("en")
};

// A named list of ways to say one thing ("judge", "decrypt").
struct TermSet {
  std::string name;
  std::vector<Term> terms;
  SourceLocation location;
};

enum class IndicatorKind { risk, safeguard, gap };
enum class Severity { low, medium, high };
// What a governing safeguard does to a risk listed as lowered_by.
enum class SafeguardEffect { remove, lower };

const char* indicator_kind_name(IndicatorKind kind);  // "risk", "safeguard", "gap"
const char* severity_name(Severity severity);         // "low", "medium", "high"
const char* safeguard_effect_name(SafeguardEffect effect);  // "remove", "lower"

// A sentence an indicator must (or must not) find when it is the whole document.
struct Example {
  std::string text;
  SourceLocation location;
  std::string language;  // the language the sentence is written in
};

// What a reader is told about an indicator, in one language.
struct IndicatorText {
  std::string message;
  std::string rationale;
  std::string suggestion;
};

// One thing a reader can point at: a risk, a safeguard, or a gap.
struct Indicator {
  std::string id;                     // "R8.decryption-order"
  std::vector<int> recommendations;   // first is the primary one
  IndicatorKind kind = IndicatorKind::risk;
  Severity severity = Severity::medium;
  double confidence = 0.7;            // default confidence of its findings
  std::string message;                // one line, shown with each finding
  std::string rationale;              // why it matters, naming the norm
  std::string suggestion;             // rights-respecting alternative

  std::vector<TermSet> term_sets;     // local; shadow nothing (names are unique)
  std::optional<RuleValue> detect;    // risk and safeguard: the condition

  std::vector<std::string> lowered_by;  // risk: safeguards that govern it
  SafeguardEffect effect = SafeguardEffect::lower;

  std::vector<std::string> when_any;    // gap: present when any of these is found
  std::vector<std::string> unless_any;  // gap: absent when any of these is found

  std::vector<Example> must_match;      // in every language, each tagged
  std::vector<Example> must_not_match;
  // message, rationale and suggestion in the framework's other languages.
  std::map<std::string, IndicatorText, std::less<>> translations;
  SourceLocation location;

  // The texts in language; the framework's own (first) language when the
  // indicator has no translation into it.
  IndicatorText text_in(std::string_view language) const;
};

struct Framework {
  std::string id;
  std::string version;
  std::string title;
  std::vector<std::string> languages;  // the first is the one the base files are written in
  std::vector<Recommendation> recommendations;
  std::vector<TermSet> term_sets;     // shared by every indicator
  std::vector<Indicator> indicators;  // in file order, files sorted by name
  std::string source;                 // the folder, or "builtin:<id>"

  const Indicator* find_indicator(std::string_view id) const;
  const Recommendation* find_recommendation(int number) const;
  // languages.front(), or "en" when none is listed.
  const std::string& base_language() const;
  // Whether the framework has rules for language (one of languages).
  bool has_language(std::string_view language) const;
  // A copy whose indicators and recommendations read in language (their
  // translations, where they have one): what a report in that language shows.
  Framework in_language(std::string_view language) const;
};

// A file of a framework, path relative to the framework folder
// ("framework.yaml", "indicators/r8.yaml").
struct FrameworkFile {
  std::string path;
  std::string contents;
};

// Parses and validates the files of one framework. label prefixes every path
// in messages (a folder, or "builtin:foc-2016"). Checks syntax, unknown and
// missing fields, enum values, recommendation numbers, duplicate and unknown
// indicator ids and term sets. Patterns and conditions are checked by compile().
Result<Framework> parse_framework(const std::vector<FrameworkFile>& files, const std::string& label);

// Reads the folder dir (framework.yaml, terms/*.yaml, indicators/*.yaml) and
// parses it. not_found when dir has no framework.yaml.
Result<Framework> load_framework(const std::string& dir);

// The frameworks compiled into the binary, by id ("foc-2016").
std::vector<std::string> builtin_framework_ids();
// A built-in framework; not_found for an unknown id.
Result<Framework> builtin_framework(const std::string& id = "foc-2016");

struct CompiledProgram;  // private to the engine

// A framework compiled for evaluation: every term pattern in one Vectorscan
// database and every detection rule as a tree of conditions. Immutable; copy
// it freely (copies share the program).
class CompiledFramework {
 public:
  explicit CompiledFramework(std::shared_ptr<const CompiledProgram> program);

  const Framework& framework() const;
  const Indicator* find_indicator(std::string_view id) const;
  // Number of distinct patterns in the database.
  std::size_t pattern_count() const;
  const CompiledProgram& program() const { return *program_; }

 private:
  std::shared_ptr<const CompiledProgram> program_;
};

// Compiles framework. Errors name the file, position and indicator: a bad
// pattern (with Vectorscan's reason), an unknown condition kind or term set,
// a malformed condition, a rule that can never produce evidence.
Result<CompiledFramework> compile(const Framework& framework);

// load_framework + compile: what `frameworks validate DIR` needs.
Result<CompiledFramework> load_and_compile(const std::string& dir);

}  // namespace rightscheck
