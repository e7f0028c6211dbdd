// The reach of a provision: its section, its Part (or Chapter, Title...),
// the whole document. Shared by the `inside` condition and by safeguard
// scope (lowered_by).
//
// "Grouping" units (part, chapter, title, division, subpart, book, schedule)
// hold sections; a provision's section is its top-most ancestor-or-self that
// is not a grouping unit (a section, an article, a regulation...).
#pragma once

#include <string_view>

#include "rightscheck/document.h"
#include "rightscheck/engine.h"

namespace rightscheck {

enum class ProvisionScope { provision, section, part, document };

// Parses "provision", "section", "part", "document"; false otherwise.
bool parse_provision_scope(std::string_view name, ProvisionScope& scope);

bool is_grouping_unit(std::string_view unit);

// The section holding p, or -1 (p is -1, or p is itself a grouping unit).
int section_of(const Document& document, int p);

// The nearest grouping ancestor-or-self of p, or -1.
int group_of(const Document& document, int p);

// The nearest ancestor-or-self of p whose unit is `unit`, or -1.
int ancestor_of_unit(const Document& document, int p, std::string_view unit);

// The span of scope around provision p. A document without provisions is
// one unit: every scope is the whole text. Otherwise, when p has no such
// scope (p is -1, or it lies in no Part), the result is empty {0, 0}.
Evidence scope_span(const Document& document, int p, ProvisionScope scope);

}  // namespace rightscheck
