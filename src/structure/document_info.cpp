#include "structure/document_info.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "structure/lines.h"

namespace rightscheck::structure {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// At most the first n bytes of text, shortened so as not to cut a UTF-8
// character in two: a title taken from the prefix must stay UTF-8.
std::string_view whole_characters(std::string_view text, std::size_t n) {
  if (n >= text.size()) return text;
  while (n > 0 && is_continuation_byte(text[n])) --n;
  return text.substr(0, n);
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

// A title line stands out: it is in capitals, or centred, or among the
// very first lines. Running text that happens to name an Act does not.
bool stands_out(const Line& line, int seen) {
  bool caps = true;
  for (char c : line.text) caps = caps && !std::islower(static_cast<unsigned char>(c));
  return caps || line.indent >= 3 || seen <= 6;
}

// A title broken over two lines: the first ends inside a parenthesis or on
// a word that cannot end a title.
bool continues_on_next_line(std::string_view first, std::string_view next) {
  if (next.empty()) return false;
  if (std::count(first.begin(), first.end(), '(') > std::count(first.begin(), first.end(), ')')) return true;
  if (std::islower(static_cast<unsigned char>(next[0]))) return true;
  std::size_t space = first.find_last_of(' ');
  std::string last = lower_ascii(space == std::string_view::npos ? first : first.substr(space + 1));
  for (const char* w : {"and", "of", "on", "the", "for", "de", "la", "du", "des", "relative", "\xc3\xa0", "y", "del", "et"})
    if (last == w) return true;
  bool caps = true;
  for (char c : std::string(first) + std::string(next)) caps = caps && !std::islower(static_cast<unsigned char>(c));
  return caps;
}

}  // namespace

// The short title a statute gives itself: "This Act may be cited as the X
// Act, 2025." / "This Act is the X Act 2026." — the most reliable title.
std::string cited_title(std::string_view text) {
  std::string_view head = whole_characters(text, 20000);
  for (std::string_view cue : {"may be cited as ", "This Act is the ", "These Regulations are the "}) {
    std::size_t at = head.find(cue);
    if (at == std::string_view::npos) continue;
    std::size_t i = at + cue.size();
    if (head.substr(i, 4) == "the ") i += 4;
    std::string title;
    bool space = false;
    // The length limit falls between characters, never inside one.
    for (; i < head.size() && (title.size() < 200 || is_continuation_byte(head[i])); ++i) {
      char c = head[i];
      if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
        space = !title.empty();
        continue;
      }
      if (c == '"' || head.substr(i, 3) == "\xE2\x80\x9C" || head.substr(i, 3) == "\xE2\x80\x9D") {
        if (head.substr(i, 3) == "\xE2\x80\x9C" || head.substr(i, 3) == "\xE2\x80\x9D") i += 2;
        continue;
      }
      if (c == '.' && (i + 1 >= head.size() || std::isspace(static_cast<unsigned char>(head[i + 1])))) break;
      if (c == ';') break;
      if (space) title += ' ';
      space = false;
      title += c;
    }
    // Stop after the year: "… Act 2026 and comes into operation …".
    std::size_t pos = 0;
    while ((pos = title.find(' ', pos)) != std::string::npos) {
      std::size_t a = pos + 1, b = a;
      while (b < title.size() && std::isdigit(static_cast<unsigned char>(title[b]))) ++b;
      if (b - a == 4 && b < title.size() && (title[b] == ' ' || title[b] == ',')) {
        title.resize(b);
        break;
      }
      pos = a;
    }
    if (title.size() >= 8) return title;
  }
  return "";
}

std::string guess_title(std::string_view text) {
  std::string cited = cited_title(text);
  if (!cited.empty()) return cited;
  std::vector<Line> lines = split_lines(whole_characters(text, 6000));
  std::string best;
  std::size_t best_rank = kTitleWords.size();
  int seen = 0;
  for (std::size_t i = 0; i < lines.size() && seen < 40; ++i) {
    if (lines[i].blank()) continue;
    ++seen;
    if (!stands_out(lines[i], seen) || lines[i].text[0] == '(') continue;
    std::string candidate(lines[i].text);
    if (i + 1 < lines.size() && !lines[i + 1].blank() && continues_on_next_line(lines[i].text, lines[i + 1].text))
      candidate += " " + std::string(lines[i + 1].text);
    std::string l = lower_ascii(candidate);
    if (l.rfind("act no", 0) == 0 || l.rfind("public law", 0) == 0 || l.size() < 12) continue;
    if (l.rfind("contents", 0) == 0 || l.rfind("arrangement", 0) == 0 || l.rfind("a bill for", 0) == 0) continue;
    if (std::isdigit(static_cast<unsigned char>(l[0])) && l.find(' ') < 6 && !has_word(l, "ley")) continue;
    for (std::size_t r = 0; r < kTitleWords.size() && r < best_rank; ++r) {
      if (has_word(l, kTitleWords[r])) {
        best = candidate;
        best_rank = r;
        break;
      }
    }
  }
  // A gazette number before the title ("3127 Ley 14/2026 …") is not part of it.
  if (!best.empty() && std::isdigit(static_cast<unsigned char>(best[0]))) {
    std::size_t space = best.find(' ');
    if (space != std::string::npos && space < 8) best = best.substr(space + 1);
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
  std::string t = lower_ascii(title);
  std::string head = lower_ascii(text.substr(0, std::min<std::size_t>(text.size(), 4000)));
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

namespace {

// Counts of the commonest function words of each language in text (first
// 200 KB), and the number of words read.
struct LanguageVotes {
  int scores[3] = {0, 0, 0};  // en, fr, es
  int words = 0;
};

LanguageVotes count_votes(std::string_view text) {
  static const std::unordered_set<std::string> en{"the", "of", "and", "to", "shall", "is", "any", "which", "by", "that"};
  static const std::unordered_set<std::string> fr{"le", "les", "des", "du", "est", "et", "une", "dans", "au", "aux"};
  static const std::unordered_set<std::string> es{"el", "los", "las", "del", "que", "y", "una", "por", "con", "se"};
  LanguageVotes votes;
  std::string word;
  std::size_t limit = std::min<std::size_t>(text.size(), 200000);
  for (std::size_t i = 0; i <= limit; ++i) {
    char c = i < limit ? text[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (word.empty()) continue;
    ++votes.words;
    votes.scores[0] += en.count(word);
    votes.scores[1] += fr.count(word);
    votes.scores[2] += es.count(word);
    word.clear();
  }
  return votes;
}

constexpr const char* kCodes[] = {"en", "fr", "es"};

int best_of(const LanguageVotes& votes) {
  int best = 0;
  for (int k = 1; k < 3; ++k)
    if (votes.scores[k] > votes.scores[best]) best = k;
  return best;
}

}  // namespace

std::string detect_language(std::string_view text) {
  LanguageVotes votes = count_votes(text);
  if (votes.words < 5) return "und";
  int best = best_of(votes);
  if (votes.scores[best] == 0) return "und";
  return kCodes[best];
}

std::string detect_language_clearly(std::string_view text) {
  LanguageVotes votes = count_votes(text);
  if (votes.words < 30) return "und";
  int best = best_of(votes);
  for (int k = 0; k < 3; ++k) {
    if (k != best && votes.scores[best] < 3 * votes.scores[k]) return "und";
  }
  return votes.scores[best] >= 6 ? kCodes[best] : "und";
}

void mark_provision_languages(Document& doc) {
  const std::string& text = doc.text.utf8;
  for (Provision& p : doc.provisions) {
    std::size_t start = std::min(p.start, text.size());
    std::size_t end = std::clamp(p.end, start, text.size());
    std::string own = detect_language_clearly(std::string_view(text).substr(start, end - start));
    const std::string* inherited = nullptr;
    if (p.parent >= 0 && p.parent < static_cast<int>(doc.provisions.size())) {
      inherited = &doc.provisions[p.parent].language;
    }
    if (own != "und") p.language = own == doc.language ? "" : own;
    else if (inherited != nullptr) p.language = *inherited;
  }
}

}  // namespace rightscheck::structure
