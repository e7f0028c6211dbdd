#include <hs/hs.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "structure/lines.h"
#include "structure/links.h"

namespace rightscheck::structure {
namespace {

enum class Target { numbered, subsection, paragraph, this_container, container };

struct ReferenceWord {
  std::string_view word;
  Target target;
  std::string_view unit;  // for containers
};

constexpr ReferenceWord kWords[] = {
    {"sections ", Target::numbered, ""},     {"section ", Target::numbered, ""},
    {"articles ", Target::numbered, ""},     {"article ", Target::numbered, ""},
    {"regulations ", Target::numbered, ""},  {"regulation ", Target::numbered, ""},
    {"rules ", Target::numbered, ""},        {"rule ", Target::numbered, ""},
    {"clause ", Target::numbered, ""},       {"sec. ", Target::numbered, ""},
    {"art. ", Target::numbered, ""},         {"art\xc3\xad" "culo ", Target::numbered, ""},
    {"subsections ", Target::subsection, ""}, {"subsection ", Target::subsection, ""},
    {"paragraphs ", Target::paragraph, ""},  {"paragraph ", Target::paragraph, ""},
    {"this part", Target::this_container, "part"},
    {"this chapter", Target::this_container, "chapter"},
    {"this title", Target::this_container, "title"},
    {"this division", Target::this_container, "division"},
    {"part ", Target::container, "Part"},    {"chapter ", Target::container, "Chapter"},
};

// Reads "14", "14(2)(b)", "317L(2)" or "(2)(b)" at s; returns its length.
std::size_t reference_token(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '(' || s[i] == ')')) {
    if (s[i] == '(') {
      std::size_t close = s.find(')', i);
      if (close == std::string_view::npos || close - i > 6) break;
      i = close + 1;
      continue;
    }
    if (std::islower(static_cast<unsigned char>(s[i])) && i > 0 && s[i - 1] != '(') {
      // "14er"? only allow the French "1er"
      if (s.substr(i, 2) == "er") {
        i += 2;
        continue;
      }
      break;
    }
    ++i;
  }
  return i;
}

}  // namespace

std::string anchor_key(const std::string& anchor) {
  std::string a = anchor;
  std::size_t comma = a.rfind(", ");
  if (comma != std::string::npos) a = a.substr(comma + 2);
  std::size_t space = a.find(' ');
  if (space != std::string::npos && space <= 6 && std::isalpha(static_cast<unsigned char>(a[0])) &&
      std::isdigit(static_cast<unsigned char>(a[space + 1])))
    a = a.substr(space + 1);
  std::string out;
  for (char c : a)
    if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

// Every occurrence of a reference word in the lower-cased text, as
// (start, index into kWords), in one pass of a Vectorscan literal database
// (the words were searched one by one before: a pass over the whole text
// each).
struct WordDatabase {
  hs_database_t* database = nullptr;
  WordDatabase() {
    std::vector<const char*> words;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags, ids;
    for (const ReferenceWord& w : kWords) {
      words.push_back(w.word.data());
      lengths.push_back(w.word.size());
      flags.push_back(0);
      ids.push_back(static_cast<unsigned>(ids.size()));
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(words.data(), flags.data(), ids.data(), lengths.data(), static_cast<unsigned>(words.size()),
                             HS_MODE_BLOCK, nullptr, &database, &error) != HS_SUCCESS) {
      hs_free_compile_error(error);
      database = nullptr;
    }
  }
  ~WordDatabase() { hs_free_database(database); }
};

std::vector<std::pair<std::size_t, std::size_t>> reference_words(std::string_view lowered) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  static const WordDatabase words;
  hs_scratch_t* scratch = nullptr;
  if (words.database != nullptr && lowered.size() <= 0xFFFFFFFFu &&
      hs_alloc_scratch(words.database, &scratch) == HS_SUCCESS) {
    hs_scan(words.database, lowered.data(), static_cast<unsigned>(lowered.size()), 0, scratch,
            [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
              static_cast<std::vector<std::pair<std::size_t, std::size_t>>*>(context)->emplace_back(
                  static_cast<std::size_t>(to) - kWords[id].word.size(), id);
              return 0;
            },
            &found);
    hs_free_scratch(scratch);
    return found;
  }
  // Without Vectorscan's scratch memory, the slow way.
  for (std::size_t id = 0; id < std::size(kWords); ++id) {
    for (std::size_t pos = lowered.find(kWords[id].word); pos != std::string_view::npos;
         pos = lowered.find(kWords[id].word, pos + kWords[id].word.size())) {
      found.emplace_back(pos, id);
    }
  }
  return found;
}

}  // namespace

std::vector<CrossReference> find_references(const Document& document) {
  std::vector<CrossReference> out;
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, int> by_anchor;
  for (int i = 0; i < static_cast<int>(document.provisions.size()); ++i) {
    by_key.emplace(anchor_key(document.provisions[i].anchor), i);
    by_anchor.emplace(lower_ascii(document.provisions[i].anchor), i);
  }
  const std::string& text = document.text.utf8;
  const std::string lowered = lower_ascii(text);
  for (const auto& [start, word] : reference_words(lowered)) {
    {
      const ReferenceWord& w = kWords[word];
      const std::size_t pos = start + w.word.size();
      if (start > 0 && std::isalpha(static_cast<unsigned char>(lowered[start - 1]))) continue;
      CrossReference ref;
      ref.start = start;
      ref.from = document.innermost(start, start);
      std::string_view rest = std::string_view(text).substr(pos);
      std::size_t n = 0;
      if (w.target == Target::this_container) {
        if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest[0]))) continue;
        ref.end = pos;
        for (int a = ref.from; a >= 0; a = document.provisions[a].parent)
          if (document.provisions[a].unit == w.unit) {
            ref.target = a;
            break;
          }
        out.push_back(ref);
        continue;
      }
      n = reference_token(rest);
      if (n == 0) continue;
      std::string token = lower_ascii(rest.substr(0, n));
      ref.end = pos + n;
      if (w.target == Target::container) {
        if (!std::isupper(static_cast<unsigned char>(text[start]))) continue;
        auto it = by_anchor.find(lower_ascii(std::string(w.unit)) + " " + token);
        if (it != by_anchor.end()) ref.target = it->second;
        out.push_back(ref);
        continue;
      }
      if (w.target == Target::numbered) {
        std::string key = token;
        while (!key.empty()) {
          auto it = by_key.find(key);
          if (it != by_key.end()) {
            ref.target = it->second;
            break;
          }
          std::size_t open = key.rfind('(');
          if (open == std::string::npos || open == 0) break;
          key = key.substr(0, open);
        }
        out.push_back(ref);
        continue;
      }
      // "subsection (2)" and "paragraph (b)": relative to the enclosing units.
      if (token[0] != '(') continue;
      for (int a = ref.from; a >= 0 && ref.target < 0; a = document.provisions[a].parent) {
        auto it = by_anchor.find(lower_ascii(document.provisions[a].anchor) + token);
        if (it != by_anchor.end()) ref.target = it->second;
      }
      out.push_back(ref);
    }
  }
  std::sort(out.begin(), out.end(), [](const CrossReference& a, const CrossReference& b) { return a.start < b.start; });
  return out;
}

}  // namespace rightscheck::structure
