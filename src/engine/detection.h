// Detection: an indicator found once, before it is reported under each of
// its recommendations. The steps of evaluate() (units, safeguard scope,
// gaps) pass detections between them.
#pragma once

#include <vector>

#include "rightscheck/engine.h"

namespace rightscheck {

struct Detection {
  int indicator = 0;   // index into CompiledProgram::indicators
  int provision = -1;  // -1 for gaps and text outside any provision
  std::vector<Evidence> evidence;
  Severity severity = Severity::medium;
  std::vector<int> governed_by;  // safeguard indicators that lowered or removed it
  bool removed = false;
};

}  // namespace rightscheck
