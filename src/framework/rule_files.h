// Readers for the three kinds of file in a framework folder. Each turns one
// parsed YAML tree into framework values, checking fields and shapes; checks
// that need the whole framework (ids, references) live in loader.cpp.
#pragma once

#include <string>
#include <vector>

#include "rightscheck/framework.h"

namespace rightscheck {

// framework.yaml: fills id, version, title, languages, recommendations.
Status read_framework_file(const RuleValue& root, Framework& framework);

// terms/*.yaml (and <lang>/terms/*.yaml): a map of term-set name to list of
// terms, each tagged with language.
Result<std::vector<TermSet>> read_term_file(const RuleValue& root, const std::string& language);

// The `terms:` field of an indicator or a terms file (same shape).
Result<std::vector<TermSet>> read_term_sets(const RuleValue& map, const std::string& what, const std::string& language);

// Adds sets to into: a set of a name already there gains the terms (those of
// another language), a new name is appended.
void merge_term_sets(std::vector<TermSet> sets, std::vector<TermSet>& into);

// <lang>/indicators/*.yaml: entries that give indicators of the base files
// in language — message, rationale, suggestion, term sets and examples.
Status read_layer_indicator_file(const RuleValue& root, const std::string& language, Framework& framework);

// indicators/*.yaml: a list of indicators. framework (already read from
// framework.yaml) supplies the recommendation numbers that may be cited.
Result<std::vector<Indicator>> read_indicator_file(const RuleValue& root, const Framework& framework);

}  // namespace rightscheck
