#include "structure/document_info.h"

#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "structure/lines.h"

namespace rightscheck::structure {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool has_word(const std::string& lowered, std::string_view word) {
  std::size_t pos = 0;
  while ((pos = lowered.find(word, pos)) != std::string::npos) {
    bool left = pos == 0 || !std::isalpha(static_cast<unsigned char>(lowered[pos - 1]));
    std::size_t after = pos + word.size();
    bool right = after >= lowered.size() || !std::isalpha(static_cast<unsigned char>(lowered[after]));
    if (left && right) return true;
    pos = after;
  }
  return false;
}

// Title words, strongest first: a regulation made under an Act names both,
// and the regulation is the title.
constexpr std::array<std::string_view, 24> kTitleWords{
    "regulations", "rules", "strategy", "strat\xc3\xa9gie", "estrategia", "doctrine", "convention", "treaty",
    "bill", "loi", "ley", "decree", "d\xc3\xa9" "cret", "decreto", "code", "policy", "ordinance", "law", "act",
    "politique", "pol\xc3\xadtica", "plan", "charter", "protocol"};

}  // namespace

std::string guess_title(std::string_view text) {
  std::vector<Line> lines = split_lines(text.substr(0, std::min<std::size_t>(text.size(), 6000)));
  std::string best;
  std::size_t best_rank = kTitleWords.size();
  int seen = 0;
  for (std::size_t i = 0; i < lines.size() && seen < 40; ++i) {
    if (lines[i].blank()) continue;
    ++seen;
    std::string candidate(lines[i].text);
    // Join a title that runs over two lines.
    if (i + 1 < lines.size() && !lines[i + 1].blank()) {
      std::string_view next = lines[i + 1].text;
      bool caps = true;
      for (char c : candidate + std::string(next)) caps = caps && !std::islower(static_cast<unsigned char>(c));
      if (caps || std::islower(static_cast<unsigned char>(next[0]))) candidate += " " + std::string(next);
    }
    std::string l = lower(candidate);
    if (l.rfind("act no", 0) == 0 || l.rfind("public law", 0) == 0 || l.size() < 12) continue;
    if (l.rfind("contents", 0) == 0 || l.rfind("arrangement", 0) == 0) continue;
    for (std::size_t r = 0; r < kTitleWords.size() && r < best_rank; ++r) {
      if (has_word(l, kTitleWords[r])) {
        best = candidate;
        best_rank = r;
        break;
      }
    }
  }
  // Collapse runs of blanks.
  std::string out;
  for (char c : best) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

DocumentKind guess_kind(const std::string& title, std::string_view text) {
  std::string t = lower(title);
  std::string head = lower(text.substr(0, std::min<std::size_t>(text.size(), 4000)));
  for (std::string_view w : {"strategy", "strat\xc3\xa9gie", "estrategia", "doctrine", "policy", "plan", "white paper"})
    if (has_word(t, w)) return DocumentKind::strategy;
  for (std::string_view w : {"convention", "treaty", "agreement", "protocol", "trait\xc3\xa9", "tratado", "convenio"})
    if (has_word(t, w)) return DocumentKind::treaty;
  if (has_word(head, "state parties") || has_word(head, "states parties")) return DocumentKind::treaty;
  for (std::string_view w : {"act", "bill", "law", "loi", "ley", "regulations", "rules", "decree", "code",
                             "ordinance", "d\xc3\xa9" "cret", "decreto", "statutory instrument"})
    if (has_word(t, w) || has_word(head, w)) return DocumentKind::statute;
  return DocumentKind::other;
}

std::string detect_language(std::string_view text) {
  static const std::unordered_set<std::string> en{"the", "of", "and", "to", "shall", "is", "any", "which", "by", "that"};
  static const std::unordered_set<std::string> fr{"le", "les", "des", "du", "est", "et", "une", "dans", "au", "aux"};
  static const std::unordered_set<std::string> es{"el", "los", "las", "del", "que", "y", "una", "por", "con", "se"};
  int scores[3] = {0, 0, 0};
  int words = 0;
  std::string word;
  std::size_t limit = std::min<std::size_t>(text.size(), 200000);
  for (std::size_t i = 0; i <= limit; ++i) {
    char c = i < limit ? text[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (word.empty()) continue;
    ++words;
    scores[0] += en.count(word);
    scores[1] += fr.count(word);
    scores[2] += es.count(word);
    word.clear();
  }
  if (words < 5) return "und";
  int best = 0;
  for (int k = 1; k < 3; ++k)
    if (scores[k] > scores[best]) best = k;
  if (scores[best] == 0) return "und";
  static const char* codes[] = {"en", "fr", "es"};
  return codes[best];
}

}  // namespace rightscheck::structure
