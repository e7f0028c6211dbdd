// Reading term patterns: literal forms and reversal (pattern_shape.h).
#include "engine/pattern_shape.h"

#include <algorithm>
#include <cctype>

namespace rightscheck {
namespace {

// A pattern as a tree: alternatives of branches, a branch being parts
// matched one after another. A part is one atom (a character, escape or
// class, as written) or a group, with its quantifier as written.
struct Part;
using Branch = std::vector<Part>;
using Alternatives = std::vector<Branch>;

struct Part {
  std::string atom;           // empty for a group
  Alternatives alternatives;  // a group's alternatives
  std::string quantifier;     // "", "?", "*", "+", "{m,n}", possibly with a lazy '?'
};

// Nesting deeper than any real term: bounds the recursion on hostile input.
constexpr int kMaxDepth = 64;

class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  std::optional<Alternatives> read() {
    Alternatives tree = alternatives(0);
    if (failed_ || at_ != source_.size()) return std::nullopt;
    return tree;
  }

 private:
  Alternatives alternatives(int depth) {
    Alternatives out;
    if (depth > kMaxDepth) {
      failed_ = true;
      return out;
    }
    out.push_back(branch(depth));
    while (!failed_ && at_ < source_.size() && source_[at_] == '|') {
      ++at_;
      out.push_back(branch(depth));
    }
    return out;
  }

  Branch branch(int depth) {
    Branch parts;
    while (!failed_ && at_ < source_.size() && source_[at_] != '|' && source_[at_] != ')') {
      Part part;
      if (!read_atom(part, depth)) {
        failed_ = true;
        break;
      }
      part.quantifier = read_quantifier();
      parts.push_back(std::move(part));
    }
    return parts;
  }

  bool read_atom(Part& part, int depth) {
    char c = source_[at_];
    if (c == '(') {
      if (source_.substr(at_, 3) == "(?:") {
        at_ += 3;
      } else if (at_ + 1 < source_.size() && source_[at_ + 1] == '?') {
        return false;  // lookaround, inline option, named group
      } else {
        ++at_;
      }
      part.alternatives = alternatives(depth + 1);
      if (failed_ || at_ >= source_.size() || source_[at_] != ')') return false;
      ++at_;
      return true;
    }
    if (c == '[') return read_class(part);
    if (c == '\\') {
      if (at_ + 1 >= source_.size()) return false;
      char e = source_[at_ + 1];
      // Escapes that take arguments or assert positions other than \b.
      if (std::string_view("xpPQEcoNgkAZzGKuUlLR0123456789").find(e) != std::string_view::npos) return false;
      part.atom.assign(source_.data() + at_, 2);
      at_ += 2;
      return true;
    }
    if (c == '^' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{') return false;
    part.atom.assign(1, c);
    ++at_;
    return true;
  }

  bool read_class(Part& part) {
    std::size_t end = at_ + 1;
    if (end < source_.size() && source_[end] == '^') ++end;
    if (end < source_.size() && source_[end] == ']') ++end;  // a leading ']' is a member
    while (end < source_.size() && source_[end] != ']') {
      if (source_[end] == '\\') {
        end += 2;
        continue;
      }
      if (source_[end] == '[' && end + 1 < source_.size() && source_[end + 1] == ':') return false;
      ++end;
    }
    if (end >= source_.size()) return false;
    part.atom.assign(source_.data() + at_, end + 1 - at_);
    at_ = end + 1;
    return true;
  }

  std::string read_quantifier() {
    std::size_t from = at_;
    if (at_ >= source_.size()) return {};
    char c = source_[at_];
    if (c == '?' || c == '*' || c == '+') {
      ++at_;
    } else if (c == '{') {
      std::size_t end = at_ + 1;
      while (end < source_.size() && (std::isdigit(static_cast<unsigned char>(source_[end])) || source_[end] == ','))
        ++end;
      if (end >= source_.size() || source_[end] != '}' || end == at_ + 1) {
        failed_ = true;
        return {};
      }
      at_ = end + 1;
    } else {
      return {};
    }
    if (at_ < source_.size() && source_[at_] == '?') ++at_;  // lazy: the same matches for Vectorscan
    if (at_ < source_.size() && (source_[at_] == '+' || source_[at_] == '*' || source_[at_] == '{')) failed_ = true;
    return std::string(source_.substr(from, at_ - from));
  }

  std::string_view source_;
  std::size_t at_ = 0;
  bool failed_ = false;
};

// --- reversal ---------------------------------------------------------------

std::string written_reversed(const Alternatives& alternatives);

std::string written_reversed(const Branch& branch) {
  std::string out;
  for (auto part = branch.rbegin(); part != branch.rend(); ++part) {
    if (part->atom.empty()) {
      out += "(?:" + written_reversed(part->alternatives) + ")";
    } else {
      out += part->atom;
    }
    out += part->quantifier;
  }
  return out;
}

std::string written_reversed(const Alternatives& alternatives) {
  std::string out;
  for (std::size_t i = 0; i < alternatives.size(); ++i) {
    if (i > 0) out += '|';
    out += written_reversed(alternatives[i]);
  }
  return out;
}

// --- literal forms ----------------------------------------------------------

// The characters one atom stands for, when it stands for a few plain ones.
std::optional<std::string> atom_characters(const std::string& atom) {
  if (atom.size() == 1) return atom == "." ? std::nullopt : std::optional<std::string>(atom);
  if (atom[0] == '\\') {
    // An escaped punctuation mark is itself; \w, \s, \b, \t … are not plain.
    if (is_ascii_word_byte(atom[1])) return std::nullopt;
    return std::string(1, atom[1]);
  }
  // A class: plain members only, no ranges, no negation.
  std::string members;
  std::string_view body(atom);
  body = body.substr(1, body.size() - 2);
  if (!body.empty() && body[0] == '^') return std::nullopt;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\') {
      if (i + 1 >= body.size() || is_ascii_word_byte(body[i + 1])) return std::nullopt;
      members += body[++i];
    } else if (c == '-' && i > 0 && i + 1 < body.size()) {
      return std::nullopt;
    } else {
      members += c;
    }
  }
  return members;
}

using Strings = std::vector<std::string>;

std::optional<Strings> strings_of(const Alternatives& alternatives, std::size_t limit);

// Every string a branch matches, when there are at most `limit`.
std::optional<Strings> strings_of(const Branch& branch, std::size_t limit) {
  Strings out{""};
  for (const Part& part : branch) {
    if (!part.quantifier.empty() && part.quantifier != "?") return std::nullopt;
    Strings choices;
    if (part.atom.empty()) {
      std::optional<Strings> inner = strings_of(part.alternatives, limit);
      if (!inner) return std::nullopt;
      choices = std::move(*inner);
    } else {
      std::optional<std::string> characters = atom_characters(part.atom);
      if (!characters) return std::nullopt;
      for (char c : *characters) choices.emplace_back(1, c);
    }
    if (part.quantifier == "?") choices.emplace_back();
    if (out.size() * choices.size() > limit) return std::nullopt;
    Strings next;
    next.reserve(out.size() * choices.size());
    for (const std::string& head : out) {
      for (const std::string& tail : choices) next.push_back(head + tail);
    }
    out = std::move(next);
  }
  return out;
}

std::optional<Strings> strings_of(const Alternatives& alternatives, std::size_t limit) {
  Strings out;
  for (const Branch& branch : alternatives) {
    std::optional<Strings> strings = strings_of(branch, limit);
    if (!strings || out.size() + strings->size() > limit) return std::nullopt;
    out.insert(out.end(), strings->begin(), strings->end());
  }
  return out;
}

// The literal forms of one alternative of the body: a finite branch, a
// finite branch followed by \w* or \w+, or a lone group of alternatives.
bool add_forms(const Branch& branch, std::size_t limit, std::vector<LiteralForm>& out) {
  if (branch.size() == 1 && branch[0].atom.empty() && branch[0].quantifier.empty()) {
    for (const Branch& inner : branch[0].alternatives) {
      if (!add_forms(inner, limit, out)) return false;
    }
    return true;
  }
  bool stem = !branch.empty() && branch.back().atom == "\\w" &&
              (branch.back().quantifier == "*" || branch.back().quantifier == "+");
  Branch head(branch.begin(), branch.end() - (stem ? 1 : 0));
  std::optional<Strings> strings = strings_of(head, limit);
  if (!strings || out.size() + strings->size() > limit) return false;
  for (std::string& text : *strings) {
    // An empty literal would match between any two words; a stem must end
    // in a word character for "the end of its word" to mean what \w* means.
    if (text.empty() || (stem && !is_ascii_word_byte(text.back()))) return false;
    out.push_back({std::move(text), stem, stem && branch.back().quantifier[0] == '+'});
  }
  return true;
}

// --- longest match -----------------------------------------------------------

std::optional<std::size_t> longest(const Alternatives& alternatives, std::size_t longest_run);

constexpr std::size_t kAbsurdCount = 100000;

// The largest count a quantifier allows; nullopt when open-ended,
// kAbsurdCount or more when absurdly large.
std::optional<std::size_t> largest_count(const std::string& quantifier) {
  if (quantifier.empty() || quantifier[0] == '?') return 1;
  if (quantifier[0] == '*' || quantifier[0] == '+') return std::nullopt;
  // "{m}", "{m,}", "{m,n}": the last number, if the braces close on it.
  std::size_t close = quantifier.find('}');
  if (close == std::string::npos || close == 0 || quantifier[close - 1] == ',') return std::nullopt;
  std::size_t from = quantifier.rfind(',', close);
  from = from == std::string::npos ? 1 : from + 1;
  std::size_t count = 0;
  for (std::size_t i = from; i < close; ++i) {
    count = count * 10 + static_cast<std::size_t>(quantifier[i] - '0');
    if (count >= kAbsurdCount) return kAbsurdCount;
  }
  return count;
}

// Whether every byte an atom matches is a word character (or the hyphen
// and apostrophe inside words): a run of it stays within one word.
bool stays_in_word(const std::string& atom) {
  if (atom == "\\w" || atom == "\\d") return true;
  if (atom.size() == 1) return is_ascii_word_byte(atom[0]);
  if (atom[0] != '[' || atom.size() < 3 || atom[1] == '^') return false;
  std::string_view body(atom);
  body = body.substr(1, body.size() - 2);
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\') {
      if (i + 1 >= body.size()) return false;
      char e = body[++i];
      if (e != 'w' && e != 'd' && e != '-' && e != '\'') return false;
    } else if (!is_ascii_word_byte(c) && c != '-' && c != '\'') {
      return false;
    }
  }
  return true;
}

std::optional<std::size_t> longest(const Branch& branch, std::size_t longest_run) {
  std::size_t total = 0;
  for (const Part& part : branch) {
    const bool zero_width = part.atom == "\\b" || part.atom == "\\B";
    std::optional<std::size_t> one = part.atom.empty() ? longest(part.alternatives, longest_run)
                                                       : std::optional<std::size_t>(zero_width ? 0 : 1);
    if (!one) return std::nullopt;
    std::optional<std::size_t> count = largest_count(part.quantifier);
    // A repeated group, or a run of something that can cross a space
    // (".*", "\\S+", "[\\w ]*"): unbounded.
    if (!count && (part.atom.empty() || !stays_in_word(part.atom))) return std::nullopt;
    if (count && *count >= kAbsurdCount) return std::nullopt;
    total += count ? *one * *count : longest_run;          // a run of one class
  }
  return total;
}

std::optional<std::size_t> longest(const Alternatives& alternatives, std::size_t longest_run) {
  std::size_t most = 0;
  for (const Branch& branch : alternatives) {
    std::optional<std::size_t> length = longest(branch, longest_run);
    if (!length) return std::nullopt;
    most = std::max(most, *length);
  }
  return most;
}

}  // namespace

std::optional<std::size_t> longest_match(std::string_view expression, std::size_t longest_run) {
  std::optional<Alternatives> tree = Reader(expression).read();
  if (!tree) return std::nullopt;
  return longest(*tree, longest_run);
}

std::optional<std::vector<LiteralForm>> literal_forms(std::string_view expression, std::size_t limit) {
  std::optional<Alternatives> tree = Reader(expression).read();
  // expression_for's shape: \b (?:BODY) \b, nothing quantified.
  if (!tree || tree->size() != 1) return std::nullopt;
  const Branch& whole = (*tree)[0];
  if (whole.size() != 3 || whole[0].atom != "\\b" || whole[2].atom != "\\b" || !whole[1].atom.empty()) return std::nullopt;
  for (const Part& part : whole) {
    if (!part.quantifier.empty()) return std::nullopt;
  }
  std::vector<LiteralForm> forms;
  for (const Branch& branch : whole[1].alternatives) {
    if (!add_forms(branch, limit, forms)) return std::nullopt;
  }
  if (forms.empty()) return std::nullopt;
  return forms;
}

std::optional<std::string> reversed_expression(std::string_view expression) {
  std::optional<Alternatives> tree = Reader(expression).read();
  if (!tree) return std::nullopt;
  return written_reversed(*tree);
}

}  // namespace rightscheck
