#include "ingest/docx_numbering.h"

#include <cstdlib>

#include "ingest/xml_names.h"

namespace rightscheck::ingest {
namespace {

std::string value_of(const pugi::xml_node& node) { return attribute_named(node, "val").value(); }

std::optional<int> int_value_of(const pugi::xml_node& node) {
  if (!node) return std::nullopt;
  const std::string text = value_of(node);
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || value < -1000000 || value > 1000000) return std::nullopt;
  return static_cast<int>(value);
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> kNumerals[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                          {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                          {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                          {1, "i"}};
  std::string out;
  for (const auto& [value, numeral] : kNumerals)
    for (; n >= value; n -= value) out += numeral;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Word's letter numbering repeats the letter: 26 -> z, 27 -> aa, 53 -> aaa.
std::string letters(int n, bool upper) {
  const char letter = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), letter);
}

}  // namespace

std::string format_list_number(int n, const std::string& format) {
  if (format == "lowerLetter" && n >= 1 && n <= 780) return letters(n, false);
  if (format == "upperLetter" && n >= 1 && n <= 780) return letters(n, true);
  if (format == "lowerRoman" && n >= 1 && n < 4000) return roman(n, false);
  if (format == "upperRoman" && n >= 1 && n < 4000) return roman(n, true);
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

void DocxNumbering::load(const pugi::xml_document& numbering, const pugi::xml_document& styles) {
  auto read_level = [](const pugi::xml_node& lvl, Level& level) {
    if (auto start = int_value_of(child_named(lvl, "start"))) level.start = *start;
    if (pugi::xml_node format = child_named(lvl, "numFmt")) level.format = value_of(format);
    if (pugi::xml_node text = child_named(lvl, "lvlText")) level.text = value_of(text);
    if (pugi::xml_node style = child_named(lvl, "pStyle")) level.style = value_of(style);
  };
  const pugi::xml_node numbering_root = numbering.document_element();
  for (pugi::xml_node node : numbering_root.children()) {
    const std::string_view name = local_name(node);
    if (name == "abstractNum") {
      std::array<Level, kLevels>& levels = abstracts_[attribute_named(node, "abstractNumId").value()];
      for (pugi::xml_node lvl : node.children()) {
        if (local_name(lvl) != "lvl") continue;
        const int ilvl = std::atoi(attribute_named(lvl, "ilvl").value());
        if (ilvl >= 0 && ilvl < kLevels) read_level(lvl, levels[ilvl]);
      }
    } else if (name == "num") {
      Instance& instance = instances_[attribute_named(node, "numId").value()];
      instance.abstract_id = value_of(child_named(node, "abstractNumId"));
      for (pugi::xml_node override_node : node.children()) {
        if (local_name(override_node) != "lvlOverride") continue;
        const int ilvl = std::atoi(attribute_named(override_node, "ilvl").value());
        if (ilvl < 0 || ilvl >= kLevels) continue;
        if (auto start = int_value_of(child_named(override_node, "startOverride")))
          instance.start_override[ilvl] = *start;
        if (pugi::xml_node lvl = child_named(override_node, "lvl")) {
          Level level;
          read_level(lvl, level);
          instance.level_override[ilvl] = level;
        }
      }
    }
  }
  for (pugi::xml_node style : styles.document_element().children()) {
    if (local_name(style) != "style") continue;
    StyleNumbering& entry = styles_[attribute_named(style, "styleId").value()];
    entry.based_on = value_of(child_named(style, "basedOn"));
    const pugi::xml_node num_pr = child_named(child_named(style, "pPr"), "numPr");
    if (pugi::xml_node num_id = child_named(num_pr, "numId")) entry.num_id = value_of(num_id);
    entry.level = int_value_of(child_named(num_pr, "ilvl"));
  }
}

const DocxNumbering::Level* DocxNumbering::level_of(const Instance& instance, int level) const {
  if (instance.level_override[level]) return &*instance.level_override[level];
  auto abstract = abstracts_.find(instance.abstract_id);
  return abstract == abstracts_.end() ? nullptr : &abstract->second[level];
}

int DocxNumbering::start_of(const Instance& instance, int level) const {
  if (instance.start_override[level]) return *instance.start_override[level];
  const Level* definition = level_of(instance, level);
  return definition ? definition->start : 1;
}

std::string DocxNumbering::next_label(const pugi::xml_node& paragraph_properties) {
  const pugi::xml_node num_pr = child_named(paragraph_properties, "numPr");
  std::optional<std::string> num_id;
  if (pugi::xml_node node = child_named(num_pr, "numId")) num_id = value_of(node);
  std::optional<int> level = int_value_of(child_named(num_pr, "ilvl"));

  // Fill what the paragraph leaves open from its style and the styles it is
  // based on (bounded: a basedOn cycle must not hang us).
  const std::string style_id = value_of(child_named(paragraph_properties, "pStyle"));
  std::string style = style_id;
  for (int step = 0; step < 32 && !style.empty() && (!num_id || !level); ++step) {
    auto found = styles_.find(style);
    if (found == styles_.end()) break;
    if (!num_id && found->second.num_id) num_id = found->second.num_id;
    if (!level && found->second.level && num_id) level = found->second.level;
    style = found->second.based_on;
  }
  if (!num_id || *num_id == "0") return "";
  auto instance_it = instances_.find(*num_id);
  if (instance_it == instances_.end()) return "";
  const Instance& instance = instance_it->second;
  if (!level && !style_id.empty()) {
    // A level may name the style that selects it (heading numbering).
    for (int candidate = 0; candidate < kLevels && !level; ++candidate) {
      const Level* definition = level_of(instance, candidate);
      if (definition && definition->style == style_id) level = candidate;
    }
  }
  const int ilvl = level.value_or(0);
  if (ilvl < 0 || ilvl >= kLevels) return "";

  Counters& counters = counters_[*num_id];
  if (counters.started[ilvl]) ++counters.value[ilvl];
  else counters.value[ilvl] = start_of(instance, ilvl);
  counters.started[ilvl] = true;
  for (int deeper = ilvl + 1; deeper < kLevels; ++deeper) counters.started[deeper] = false;

  const Level* definition = level_of(instance, ilvl);
  if (definition == nullptr || definition->format == "bullet") return "";
  std::string label;
  const std::string& pattern = definition->text;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const int referenced = pattern[i + 1] - '1';
      const Level* referenced_level = level_of(instance, referenced);
      const std::string format = referenced_level ? referenced_level->format : "decimal";
      if (format != "none") {
        const int value = counters.started[referenced] ? counters.value[referenced] : start_of(instance, referenced);
        label += format_list_number(value, format);
      }
      ++i;
    } else {
      label += pattern[i];
    }
  }
  return label;
}

}  // namespace rightscheck::ingest
