#include <cctype>
#include <string_view>

#include "structure/enumerators.h"
#include "structure/lines.h"
#include "structure/links.h"

namespace rightscheck::structure {
namespace {

struct Quote {
  std::string_view open, close;
};
constexpr Quote kQuotes[] = {{"\"", "\""},
                             {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                             {"\xC2\xAB", "\xC2\xBB"},
                             {"\xE2\x80\x98", "\xE2\x80\x99"},
                             {"'", "'"}};


std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || static_cast<unsigned char>(s[i]) == 0xC2)) {
    if (static_cast<unsigned char>(s[i]) == 0xC2) {
      if (i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        i += 2;
        continue;
      }
      break;
    }
    ++i;
  }
  return i;
}

// What follows a term and makes it a definition.
bool defining_words_at(std::string_view s) {
  std::size_t i = skip_blanks(s, 0);
  std::string_view rest = s.substr(i);
  for (std::string_view w : {"means", "includes", "has the meaning", "shall mean", "refers to", "is defined",
                             "d\xC3\xA9signe", "s'entend", "se entender\xC3\xA1", "significa", ":", ",", "\xE2\x80\x94"})
    if (starts_with(rest, w)) return true;
  return false;
}

bool is_definitions_heading(const std::string& heading) {
  std::string l;
  for (char c : heading) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {"definition", "interpretation", "d\xc3\xa9" "finition", "definicion", "use of terms",
                        "meaning of"})
    if (l.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<Definition> find_definitions(const Document& document) {
  std::vector<Definition> out;
  std::string_view text = document.text.utf8;
  for (const Line& line : split_lines(text)) {
    if (line.blank()) continue;
    std::string_view t = line.text;
    std::size_t offset = 0;
    // Skip an enumerator and a US-style run-in heading ("(1) Agency.—The term").
    if (auto e = parse_enumerator(t, true)) offset = e->length;
    std::string_view rest = t.substr(offset);
    std::size_t dash = rest.find("\xE2\x80\x94" "The term ");
    if (dash != std::string_view::npos && dash < 80) offset += dash + 3 + 9;
    else if (starts_with(rest, "The term ")) offset += 9;
    rest = t.substr(offset);
    bool found = false;
    // A quoted term at the start of the entry, or later in the line when
    // followed by a defining verb ("In this Act, \"Minister\" means …").
    for (const Quote& q : kQuotes) {
      std::size_t at = rest.find(q.open);
      if (at == std::string_view::npos) continue;
      if (at > 0) {
        std::size_t close = rest.find(q.close, at + q.open.size());
        if (close == std::string_view::npos) continue;
        std::string_view after = rest.substr(close + q.close.size());
        std::size_t k = skip_blanks(after, 0);
        if (!(starts_with(after.substr(k), "means") || starts_with(after.substr(k), "includes") ||
              starts_with(after.substr(k), "has the meaning")))
          continue;
        offset += at;
        rest = rest.substr(at);
      }
      std::size_t close = rest.find(q.close, q.open.size());
      if (close == std::string_view::npos || close > 120) break;
      std::string_view term = rest.substr(q.open.size(), close - q.open.size());
      std::size_t ts = skip_blanks(term, 0);
      std::size_t te = term.size();
      while (te > ts && (term[te - 1] == ' ' || static_cast<unsigned char>(term[te - 1]) == 0xA0)) --te;
      if (te <= ts) break;
      if (!defining_words_at(rest.substr(close + q.close.size()))) break;
      Definition d;
      d.term = std::string(term.substr(ts, te - ts));
      d.term_start = line.content + offset + q.open.size() + ts;
      d.term_end = d.term_start + (te - ts);
      d.start = line.content;
      out.push_back(d);
      found = true;
      break;
    }
    if (found) continue;
    // Unquoted terms, only where a provision says it holds definitions.
    int p = document.innermost(line.content, line.content);
    bool in_definitions = false;
    for (int a = p; a >= 0; a = document.provisions[a].parent)
      if (is_definitions_heading(document.provisions[a].heading)) in_definitions = true;
    if (!in_definitions || rest.empty() || !std::islower(static_cast<unsigned char>(rest[0]))) continue;
    for (std::string_view w : {" means", " includes", " has the meaning"}) {
      std::size_t at = rest.find(w);
      if (at == std::string_view::npos || at > 70) continue;
      std::size_t after = at + w.size();
      if (after < rest.size() && std::isalpha(static_cast<unsigned char>(rest[after]))) continue;
      Definition d;
      d.term = std::string(rest.substr(0, at));
      d.term_start = line.content + offset;
      d.term_end = d.term_start + at;
      d.start = line.content;
      out.push_back(d);
      break;
    }
  }
  // Each entry runs to the next entry or the end of its provision.
  for (std::size_t i = 0; i < out.size(); ++i) {
    int p = document.innermost(out[i].start, out[i].term_end);
    // The definitions provision is the one that holds the whole list: climb
    // out of the entry's own enumerated paragraph.
    while (p >= 0 && document.provisions[p].parent >= 0 && document.provisions[p].start >= out[i].start &&
           document.provisions[p].unit == "paragraph")
      p = document.provisions[p].parent;
    out[i].provision = p;
    std::size_t limit = p >= 0 ? document.provisions[p].end : text.size();
    std::size_t end = i + 1 < out.size() && out[i + 1].start < limit ? out[i + 1].start : limit;
    while (end > out[i].start && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
    out[i].end = std::max(end, out[i].term_end);
  }
  return out;
}

}  // namespace rightscheck::structure
