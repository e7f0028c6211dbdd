#include "structure/segmenter.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <optional>

#include "structure/enumerators.h"
#include "structure/lines.h"
#include "structure/unit_lines.h"

namespace rightscheck::structure {
namespace {

constexpr int kUnitRank = 100;
constexpr int kInsertedContainerRank = 110;
constexpr int kInsertedUnitRank = 120;
constexpr int kEnumeratorRank = 200;

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool is_contents_heading(std::string_view t) {
  std::string l = lower_ascii(t);
  return starts_with(l, "arrangement of") || l == "contents" || starts_with(l, "table of contents") ||
         l == "sommaire" || l == "table des mati\xc3\xa8res" || l == "\xc3\xadndice" || l == "\xc3\x8dndice" ||
         l == "index";
}

// A line break can put a cross-reference at the start of a line: "…under
// paragraph\n(b) of…". Such a line continues the previous sentence.
bool ends_with_reference_word(std::string_view prev) {
  if (prev.empty()) return false;
  char last = prev.back();
  if (!std::isalpha(static_cast<unsigned char>(last))) return false;
  std::size_t space = prev.find_last_of(" \t");
  std::string word = lower_ascii(space == std::string_view::npos ? prev : prev.substr(space + 1));
  static const char* words[] = {"paragraph", "paragraphs", "subparagraph", "subparagraphs", "subsection",
                                "subsections", "section", "sections", "article", "articles", "regulation",
                                "regulations", "rule", "rules", "clause", "clauses", "item", "items", "of",
                                "in", "under", "to", "by", "with", "see", "para", "s", "ss", "from"};
  for (const char* w : words)
    if (word == w) return true;
  return false;
}

struct Open {
  int index = -1;
  int rank = 0;
  bool is_enum = false;
  EnumStyle style = EnumStyle::paren_number;
  int ordinal = 0;
};

class Segmenter {
 public:
  Segmenter(std::string_view text, const SegmenterOptions& options)
      : text_(text), options_(options), lines_(split_lines(text)) {}

  std::vector<Provision> run() {
    survey();
    for (std::size_t i = 0; i < lines_.size(); ++i) read_line(i);
    close_to(0);
    return std::move(out_);
  }

 private:
  // ---- document-wide facts gathered before the pass ----
  void survey() {
    int articles = 0, us_sections = 0, sequence = 0, last = 0, items = 0;
    for (const Line& line : lines_) {
      std::string_view t = line.text;
      if (t.empty()) continue;
      if (parse_article(t)) ++articles;
      if (parse_us_section(t)) ++us_sections;
      if (parse_strategy_item(t)) ++items;
      if (auto n = parse_numbered_line(t)) {
        if (n->value == last + 1) {
          ++sequence;
          last = n->value;
        }
      }
      if (t == "Insert:" || ends_with(t, "substitute:") || ends_with(t, ", insert:") ||
          (starts_with(t, "Omit ") && t.find("substitute") != std::string_view::npos))
        amendment_ = true;
    }
    article_mode_ = articles >= 1;
    std::vector<std::size_t> widths;
    for (const Line& line : lines_)
      if (!line.blank()) widths.push_back(line.content_end - line.start);
    if (!widths.empty()) {
      std::sort(widths.begin(), widths.end());
      heading_width_ = widths[widths.size() * 9 / 10] * 3 / 4;
    }
    prose_mode_ = (articles < 3 && us_sections < 3 && sequence < 5) || items >= 3;
  }

  // ---- the stack ----
  int top_rank() const { return stack_.empty() ? 0 : stack_.back().rank; }
  int top_index() const { return stack_.empty() ? -1 : stack_.back().index; }

  void close_top() {
    Provision& p = out_[stack_.back().index];
    p.end = std::max(p.start, std::min(last_content_end_, text_.size()));
    if (p.end < p.start) p.end = p.start;
    stack_.pop_back();
  }
  // Closes every open provision of rank >= rank.
  void close_to(int rank) {
    while (!stack_.empty() && stack_.back().rank >= rank) close_top();
    if (item_ >= 0 && (stack_.empty() || std::none_of(stack_.begin(), stack_.end(), [&](const Open& o) {
                         return o.index == item_;
                       }))) {
      item_ = -1;
      inserted_ = false;
    }
  }

  int push(Provision p, int rank, std::size_t line_end) {
    p.parent = top_index();
    p.depth = static_cast<int>(stack_.size());
    out_.push_back(std::move(p));
    Open open;
    open.index = static_cast<int>(out_.size()) - 1;
    open.rank = rank;
    stack_.push_back(open);
    last_content_end_ = std::max(last_content_end_, line_end);
    return open.index;
  }

  std::string parent_anchor() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (!out_[it->index].anchor.empty()) return out_[it->index].anchor;
    return "";
  }

  // ---- one line ----
  void read_line(std::size_t i) {
    const Line& line = lines_[i];
    std::string_view t = line.text;
    if (t.empty()) {
      previous_blank_ = true;
      if (in_contents_ && contents_entries_ > 0) in_contents_ = false;
      return;
    }
    bool was_blank = previous_blank_;
    previous_blank_ = false;
    if (skip_heading_line_ == i) return;  // consumed as a container's heading

    if (in_contents_) {
      if (!contents_continue(t)) {
        in_contents_ = false;
      } else {
        ++contents_entries_;
        return;
      }
    }
    if (is_contents_heading(t)) {
      in_contents_ = true;
      contents_entries_ = 0;
      contents_keys_.clear();
      return;
    }
    if (read_container(i)) return;
    if (read_named_unit(i)) return;
    if (read_numbered_unit(i)) return;
    if (read_enumerators(line.content, t)) {
      previous_text_ = t;
      return;
    }
    if (amendment_ && item_ >= 0 && (t == "Insert:" || ends_with(t, "substitute:") || ends_with(t, "insert:"))) {
      inserted_ = true;
      last_content_end_ = line.content_end;
      return;
    }
    if (looks_like_heading(t) && after_break(i, was_blank) && next_opens_section(i)) {
      pending_heading_ = i;
      return;
    }
    if (prose_mode_ && after_break(i, was_blank) && looks_like_heading(t) && next_is_text(i) &&
        line.content_end - line.start <= heading_width_) {
      read_prose_heading(line);
      return;
    }
    last_content_end_ = line.content_end;
    previous_text_ = t;
  }

  // Whether a line still belongs to a table of contents. Extracted HTML and
  // DOCX have no blank line to end it, so it also ends at the first entry
  // that repeats one already listed (the body has begun) and at running text.
  bool contents_continue(std::string_view t) {
    std::string key = entry_key(t);
    if (!key.empty()) {
      if (contents_keys_.count(key)) return false;
      contents_keys_.insert(key);
      return true;
    }
    bool sentence = t.size() > 60 && (t.back() == '.' || t.back() == ';' || t.back() == ',') &&
                    std::count(t.begin(), t.end(), ' ') >= 8 && t.find("....") == std::string_view::npos;
    return !sentence;
  }

  // "PART II", "12", "Sec. 104", "Article 3": what a contents entry lists.
  std::string entry_key(std::string_view t) const {
    if (auto c = parse_container(t, options_.language)) return c->unit + " " + c->number;
    if (auto a = parse_article(t)) return "article " + a->number;
    if (auto u = parse_us_section(t)) return "section " + u->number;
    if (auto n = parse_numbered_line(t)) return "number " + n->number;
    return "";
  }

  // Whether the text before line i ended a sentence or a block, so that a
  // short line at i can be a heading rather than the tail of a paragraph.
  bool after_break(std::size_t i, bool was_blank) const {
    if (was_blank || i == 0 || previous_text_.empty()) return true;
    char last = previous_text_.back();
    return std::string_view(".;:!?]").find(last) != std::string_view::npos ||
           prev_is_container(i) || (!stack_.empty() && out_[stack_.back().index].unit == "heading" &&
                                    out_[stack_.back().index].start >= lines_[i - 1].content);
  }

  bool next_is_text(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < lines_.size() && lines_[j].blank()) ++j;
    return j < lines_.size();
  }

  void read_prose_heading(const Line& line) {
    int rank = is_upper_case_line(line.text) ? 30 : 45;
    close_to(rank);
    Provision p;
    p.anchor = std::string(line.text);
    p.heading = std::string(line.text);
    p.unit = "heading";
    p.start = line.content;
    push(std::move(p), rank, line.content_end);
    previous_text_ = line.text;
  }

  // Parts, chapters, schedules…
  bool read_container(std::size_t i) {
    const Line& line = lines_[i];
    auto c = parse_container(line.text, options_.language);
    if (!c) return false;
    if (c->unit == "part" && c->number.empty()) return false;
    int rank = c->rank;
    bool schedule = c->unit == "schedule" || c->unit == "annex";
    if (schedule) {
      close_to(0);
      in_schedule_ = true;
      schedule_items_ = 0;
      schedule_parts_ = 0;
      sections_.last = 0;
      sections_.suffix.clear();
    } else if (item_ >= 0 && inserted_ && !(c->unit == "part" && in_schedule_ && is_next_schedule_part(*c))) {
      // A Part or Division that an amending item inserts belongs to the item.
      close_to(kInsertedContainerRank + c->rank / 10);
      rank = kInsertedContainerRank + c->rank / 10;
    } else {
      if (in_schedule_ && c->unit == "part") ++schedule_parts_;
      close_to(rank);
    }
    Provision p;
    p.unit = c->unit;
    p.number = c->number;
    p.heading = c->heading;
    if (p.heading.empty()) {
      std::size_t j = i + 1;
      while (j < lines_.size() && lines_[j].blank()) ++j;
      if (j < lines_.size() && looks_like_heading(lines_[j].text) && !parse_container(lines_[j].text, options_.language) &&
          !parse_numbered_line(lines_[j].text) && !parse_article(lines_[j].text)) {
        p.heading = std::string(lines_[j].text);
        skip_heading_line_ = j;
      }
    }
    std::string label = c->label;
    if (c->number.empty()) {
      p.anchor = schedule ? (c->unit == "schedule" ? "Schedule" : label) : label;
    } else {
      p.anchor = label + " " + c->number;
    }
    if (rank >= kInsertedContainerRank && item_ >= 0) p.anchor = out_[item_].anchor + ", " + p.anchor;
    p.start = line.content;
    std::size_t end = skip_heading_line_ == i + 1 || (skip_heading_line_ > i && skip_heading_line_ < lines_.size() &&
                                                      lines_[skip_heading_line_].start > line.start)
                          ? lines_[skip_heading_line_].content_end
                          : line.content_end;
    int index = push(std::move(p), rank, end);
    if (schedule) schedule_ = index;
    previous_text_ = line.text;
    return true;
  }

  bool is_next_schedule_part(const UnitLine& c) const {
    return !c.number.empty() && std::isdigit(static_cast<unsigned char>(c.number[0])) &&
           std::stoi(c.number) == schedule_parts_ + 1 && c.number.size() <= 2;
  }

  // Articles, US sections, Spanish final provisions, strategy items.
  bool read_named_unit(std::size_t i) {
    const Line& line = lines_[i];
    std::optional<UnitLine> u = parse_article(line.text);
    if (!u) u = parse_us_section(line.text);
    if (!u) u = parse_disposition(line.text);
    if (!u) u = parse_strategy_item(line.text);
    if (!u) return false;
    close_to(kUnitRank);
    in_schedule_ = false;
    Provision p;
    p.unit = u->unit;
    p.number = u->number;
    p.heading = u->heading;
    p.anchor = u->label + " " + u->number;
    p.start = line.content;
    push(std::move(p), kUnitRank, line.content_end);
    previous_text_ = std::string_view();
    if (u->body != std::string_view::npos && u->body < line.text.size()) {
      std::string_view rest = line.text.substr(u->body);
      read_enumerators(line.content + u->body, rest);
    }
    previous_text_ = line.text;
    return true;
  }

  struct SectionSequence {
    int last = 0;
    std::string suffix;
  };

  bool fits_sequence(const NumberedLine& n) const {
    // The first section of an extract may have any number, but a bare number
    // followed by words ("2026 Act No. 14") only counts when it is small.
    if (sections_.last == 0) return n.value >= 1 && (n.period ? n.value <= 999 : n.value <= 10);
    if (n.value == sections_.last) return !n.suffix.empty() && n.suffix > sections_.suffix;
    return n.value > sections_.last && n.value <= sections_.last + 20;
  }

  // Whether the line after i (skipping nothing) opens a numbered section.
  bool next_opens_section(std::size_t i) const {
    if (i + 1 >= lines_.size() || lines_[i + 1].blank()) return false;
    std::string_view t = lines_[i + 1].text;
    if (article_mode_ || in_schedule_) return false;
    auto n = parse_numbered_line(t);
    return n && n->period && fits_sequence(*n);
  }

  bool read_numbered_unit(std::size_t i) {
    if (article_mode_) return false;
    const Line& line = lines_[i];
    auto n = parse_numbered_line(line.text);
    if (!n) return false;
    std::string_view rest = line.text.substr(n->rest);
    bool heading_form = !n->period;
    if (heading_form && !looks_like_heading(rest) && !(in_schedule_ && n->value == schedule_items_ + 1))
      return false;

    // Items of an amending schedule, and what they insert.
    if (in_schedule_) {
      if (n->suffix.empty() && n->value == schedule_items_ + 1) {
        close_to(kUnitRank);
        ++schedule_items_;
        Provision p;
        p.unit = amendment_ ? "item" : "paragraph";
        p.number = n->number;
        std::string base = schedule_ >= 0 ? out_[schedule_].anchor : "Sch.";
        p.anchor = base + (amendment_ ? " item " : " para. ") + n->number;
        p.heading = heading_form ? std::string(rest) : "";
        p.start = line.content;
        int index = push(std::move(p), kUnitRank, line.content_end);
        if (amendment_) {
          item_ = index;
          inserted_ = false;
          item_target_ = amended_section(rest);
        }
        previous_text_ = line.text;
        return true;
      }
      if (item_ >= 0 && inserted_ && heading_form) {
        close_to(kInsertedUnitRank);
        Provision p;
        p.unit = "section";
        p.number = n->number;
        p.heading = std::string(rest);
        p.anchor = out_[item_].anchor + ", s. " + n->number;
        p.start = line.content;
        push(std::move(p), kInsertedUnitRank, line.content_end);
        previous_text_ = line.text;
        return true;
      }
      return false;
    }

    if (!fits_sequence(*n)) return false;
    if (heading_form && pending_heading_ != i - 1 && !previous_blank_before(i) && !prev_is_container(i)) {
      // "17 Removal of content" after running text without a blank line is
      // only a section when the text before it ended a sentence.
      if (!previous_text_.empty() && std::string_view(".;:]").find(previous_text_.back()) == std::string_view::npos)
        return false;
    }
    close_to(kUnitRank);
    sections_.last = n->value;
    sections_.suffix = n->suffix;
    Provision p;
    p.unit = options_.section_label == "r." ? "regulation" : options_.section_label == "cl." ? "clause" : "section";
    p.number = n->number;
    p.anchor = options_.section_label + " " + n->number;
    p.start = line.content;
    if (pending_heading_ + 1 == i) {
      p.heading = std::string(lines_[pending_heading_].text);
      p.start = lines_[pending_heading_].content;
    } else if (heading_form) {
      p.heading = std::string(rest);
    }
    pending_heading_ = static_cast<std::size_t>(-2);
    push(std::move(p), kUnitRank, line.content_end);
    previous_text_ = std::string_view();
    if (n->period) read_enumerators(line.content + n->rest, rest);
    previous_text_ = line.text;
    return true;
  }

  bool previous_blank_before(std::size_t i) const { return i == 0 || lines_[i - 1].blank(); }
  bool prev_is_container(std::size_t i) const {
    return i > 0 && parse_container(lines_[i - 1].text, options_.language).has_value();
  }

  // "Subsection 55(1)" → "55": the section an amending item rewrites.
  static std::string amended_section(std::string_view heading) {
    for (std::string_view w : {"Subsection ", "Section ", "Paragraph ", "Subparagraph ", "Regulation "}) {
      if (!starts_with(heading, w)) continue;
      std::size_t i = w.size(), j = i;
      while (j < heading.size() && std::isalnum(static_cast<unsigned char>(heading[j]))) ++j;
      if (j > i && std::isdigit(static_cast<unsigned char>(heading[i]))) return std::string(heading.substr(i, j - i));
    }
    return "";
  }

  // Enumerators at the start of text (several may follow one another:
  // "(1) (a) …"). Returns true when at least one opened a provision.
  bool read_enumerators(std::size_t offset, std::string_view t) {
    bool any = false;
    while (!t.empty()) {
      bool allow_dot = article_mode_ && current_unit_is("article");
      auto e = parse_enumerator(t, allow_dot);
      if (!e) break;
      if (!any && ends_with_reference_word(previous_text_)) break;
      if (!place_enumerator(*e, offset, offset + t.size())) break;
      any = true;
      offset += e->length;
      t.remove_prefix(e->length);
    }
    return any;
  }

  bool current_unit_is(const std::string& unit) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (!it->is_enum) return out_[it->index].unit == unit;
    return false;
  }

  bool continues(const Open& open, const Enumerator& e) const {
    if (open.style != e.style) return false;
    if (e.ordinal == 0) return true;  // an insertion such as (aa) or (1A)
    return e.ordinal == open.ordinal + 1 || e.ordinal == open.ordinal + 2;
  }

  bool place_enumerator(const Enumerator& e, std::size_t start, std::size_t line_end) {
    std::vector<Enumerator> readings{e};
    if (e.roman_or_letter) readings.push_back(as_alternative(e));
    // 1. It continues an open level: close what is inside that level.
    for (int s = static_cast<int>(stack_.size()) - 1; s >= 0 && stack_[s].is_enum; --s) {
      for (const Enumerator& r : readings) {
        if (!continues(stack_[s], r)) continue;
        int previous = stack_[s].ordinal;
        while (static_cast<int>(stack_.size()) > s) close_top();
        open_enumerator(r, start, line_end);
        if (r.ordinal == 0) stack_.back().ordinal = previous;
        return true;
      }
    }
    // 2. It opens a new level inside the innermost provision.
    bool inside_item = item_ >= 0 && inserted_ && top_index() == item_;
    for (const Enumerator& r : readings) {
      if (r.ordinal != 1 && !inside_item) continue;
      bool same_style_open = false;
      for (int s = static_cast<int>(stack_.size()) - 1; s >= 0 && stack_[s].is_enum; --s)
        if (stack_[s].style == r.style) same_style_open = true;
      if (same_style_open) continue;
      if (stack_.empty()) return false;
      open_enumerator(r, start, line_end);
      return true;
    }
    return false;
  }

  void open_enumerator(const Enumerator& e, std::size_t start, std::size_t line_end) {
    Provision p;
    p.number = "(" + e.label + ")";
    const Provision& parent = out_[top_index()];
    bool under_item = item_ >= 0 && top_index() == item_;
    if (under_item) {
      p.anchor = parent.anchor + ", " + (item_target_.empty() ? "para. " + p.number : "s. " + item_target_ + p.number);
    } else if (parent.unit == "heading") {
      p.anchor = parent.anchor + " " + p.number;
    } else {
      p.anchor = parent.anchor + p.number;
    }
    switch (e.style) {
      case EnumStyle::paren_number:
      case EnumStyle::dot_number:
      case EnumStyle::roman_dash: p.unit = parent.unit == "article" || parent.unit == "section" ? "subsection" : "paragraph"; break;
      default: p.unit = "paragraph"; break;
    }
    if (parent.unit == "article") p.unit = "paragraph";
    p.start = start;
    int index = push(std::move(p), kEnumeratorRank + static_cast<int>(stack_.size()), line_end);
    stack_.back().is_enum = true;
    stack_.back().style = e.style;
    stack_.back().ordinal = e.ordinal;
    (void)index;
  }

  std::string_view text_;
  SegmenterOptions options_;
  std::vector<Line> lines_;
  std::vector<Provision> out_;
  std::vector<Open> stack_;
  std::size_t last_content_end_ = 0;
  std::string_view previous_text_;
  bool previous_blank_ = true;
  bool article_mode_ = false;
  bool prose_mode_ = false;
  std::size_t heading_width_ = 60;  // a prose heading is clearly shorter than a full line
  bool amendment_ = false;
  bool in_contents_ = false;
  int contents_entries_ = 0;
  std::set<std::string> contents_keys_;
  std::size_t skip_heading_line_ = static_cast<std::size_t>(-1);
  std::size_t pending_heading_ = static_cast<std::size_t>(-2);
  SectionSequence sections_;
  bool in_schedule_ = false;
  int schedule_ = -1;
  int schedule_items_ = 0;
  int schedule_parts_ = 0;
  int item_ = -1;
  bool inserted_ = false;
  std::string item_target_;
};

}  // namespace

std::vector<Provision> segment(std::string_view text, const SegmenterOptions& options) {
  return Segmenter(text, options).run();
}

}  // namespace rightscheck::structure
