// Safeguard scope: a safeguard lowers (or removes) the risks it governs.
//
// A risk lists the safeguards that can govern it (lowered_by). A safeguard
// detection governs a risk detection when they are in the same provision or
// the same section; when the safeguard's sentence speaks of "this Part"
// ("Chapter", "Title", "Division"), every risk inside that Part; and when it
// speaks of "this Act" ("Law", "Bill", "Code"...), every risk in the
// document. A document without provisions is one unit, so there any
// safeguard governs every risk.
#pragma once

#include <vector>

#include "engine/detection.h"
#include "engine/program.h"
#include "rightscheck/document.h"

namespace rightscheck {

// Whether safeguard detection `safeguard` governs risk detection `risk`.
bool governs(const Document& document, const Detection& safeguard, const Detection& risk);

// For each risk with lowered_by, applies the indicator's effect when any
// listed safeguard governs it: `remove` marks it removed, `lower` lowers
// its severity one step (high to medium, medium to low). Records the
// governing safeguards in governed_by.
void apply_safeguards(const Document& document, const CompiledProgram& program, std::vector<Detection>& detections);

}  // namespace rightscheck
