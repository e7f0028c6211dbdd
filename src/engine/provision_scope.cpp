// Walking the provision tree upwards.
#include "engine/provision_scope.h"

#include <algorithm>
#include <array>

namespace rightscheck {

bool parse_provision_scope(std::string_view name, ProvisionScope& scope) {
  if (name == "provision") scope = ProvisionScope::provision;
  else if (name == "section") scope = ProvisionScope::section;
  else if (name == "part") scope = ProvisionScope::part;
  else if (name == "document") scope = ProvisionScope::document;
  else return false;
  return true;
}

bool is_grouping_unit(std::string_view unit) {
  static constexpr std::array<std::string_view, 9> kGrouping = {"part",    "chapter", "title",    "division", "subpart",
                                                                "subdivision", "book", "schedule", "annex"};
  return std::find(kGrouping.begin(), kGrouping.end(), unit) != kGrouping.end();
}

// Parent links come from the structure layer; the step limit keeps a
// malformed tree (a cycle) from looping forever.
int section_of(const Document& document, int p) {
  int section = -1;
  for (std::size_t steps = 0; steps <= document.provisions.size() && p >= 0 && p < static_cast<int>(document.provisions.size()); ++steps) {
    if (is_grouping_unit(document.provisions[p].unit)) break;
    section = p;
    p = document.provisions[p].parent;
  }
  return section;
}

int group_of(const Document& document, int p) {
  for (std::size_t steps = 0; steps <= document.provisions.size() && p >= 0 && p < static_cast<int>(document.provisions.size()); ++steps) {
    if (is_grouping_unit(document.provisions[p].unit)) return p;
    p = document.provisions[p].parent;
  }
  return -1;
}

int ancestor_of_unit(const Document& document, int p, std::string_view unit) {
  for (std::size_t steps = 0; steps <= document.provisions.size() && p >= 0 && p < static_cast<int>(document.provisions.size()); ++steps) {
    if (document.provisions[p].unit == unit) return p;
    p = document.provisions[p].parent;
  }
  return -1;
}

Evidence scope_span(const Document& document, int p, ProvisionScope scope) {
  Evidence whole{0, document.text.utf8.size()};
  if (document.provisions.empty() || scope == ProvisionScope::document) return whole;
  int holder = -1;
  switch (scope) {
    case ProvisionScope::provision: holder = p; break;
    case ProvisionScope::section: holder = section_of(document, p); break;
    case ProvisionScope::part: holder = group_of(document, p); break;
    case ProvisionScope::document: break;
  }
  if (holder < 0 || holder >= static_cast<int>(document.provisions.size())) return {0, 0};
  const Provision& provision = document.provisions[holder];
  return {std::min(provision.start, whole.end), std::min(provision.end, whole.end)};
}

}  // namespace rightscheck
