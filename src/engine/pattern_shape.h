// The shape of a term pattern, read to choose how PatternSet matches it.
//
// Most of a framework's terms are finite lists of phrases
// ("(?:interception|production) orders?") or word stems ("intercept\w*").
// Those are matched as plain literals, which Vectorscan finds several times
// faster than regular expressions and without tracking where matches start
// (a literal's start is its end minus its length). The rest are matched as
// regular expressions for their ends only; each match's start is found by
// matching the pattern's reversal backwards from that end.
//
// This reads only the small part of Vectorscan's syntax that terms use:
// characters, escapes, classes, (?:…) and (…) groups, alternation and the
// quantifiers ? * + {m,n}. Anything else (anchors, inline options, Unicode
// escapes, back-references) makes both functions answer nullopt, and the
// pattern keeps the slower general path. Never throws; input of any bytes
// is safe.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightscheck {

// Vectorscan's \w outside UTF-8 mode: an ASCII letter, digit or '_'. Its
// \b is a boundary between such a byte and any other.
inline bool is_ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// One literal a pattern is made of. The pattern matches the literal
// (case-insensitively) with a word boundary before it and, for a whole
// phrase, after it; a stem runs on to the end of its word.
struct LiteralForm {
  std::string text;
  bool stem = false;        // "intercept\w*": the match ends where the word ends
  bool stem_grows = false;  // "intercept\w+": ... and has at least one more word character
  bool operator==(const LiteralForm&) const = default;
};

// The literals of an expression made by PatternSet::expression_for
// ("\b(?:BODY)\b"), when BODY is a finite set of phrases and word stems
// with at most `limit` literals in all; nullopt otherwise (a run of
// arbitrary words, a class such as \w in the middle of a phrase, an
// unknown construct, an empty alternative).
std::optional<std::vector<LiteralForm>> literal_forms(std::string_view expression, std::size_t limit);

// An expression that matches exactly the byte-reversed strings expression
// matches ("\bdata (?:\w+ ){0,2}held\b" → "\bdleh (?: \w+){0,2} atad\b");
// nullopt when expression uses syntax this reader does not know.
std::optional<std::string> reversed_expression(std::string_view expression);

// The most bytes a match of expression can span, counting a run of word
// characters ("\w*", "[\w-]+", "x{2,}") as at most `longest_run` bytes;
// nullopt when a repeated group or a run that can cross a space (".*",
// "\S+") leaves it unbounded, or the syntax is unknown.
std::optional<std::size_t> longest_match(std::string_view expression, std::size_t longest_run);

}  // namespace rightscheck
