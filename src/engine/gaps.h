// Gaps: protections missing from the document as a whole.
//
// A gap indicator is present when any indicator of its when_any list was
// detected (and not removed by a safeguard) and none of its unless_any list
// was. Its evidence is the first span of each detection that made it a gap,
// so a reader sees which powers lack the protection.
#pragma once

#include <vector>

#include "engine/detection.h"
#include "engine/program.h"

namespace rightscheck {

// The gap detections implied by detections (risks and safeguards).
std::vector<Detection> decide_gaps(const CompiledProgram& program, const std::vector<Detection>& detections);

}  // namespace rightscheck
