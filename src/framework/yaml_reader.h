// Reading YAML text into RuleValue trees, the only place yaml-cpp is used.
#pragma once

#include <string>

#include "rightscheck/framework.h"

namespace rightscheck {

// Parses contents (one YAML document) into a RuleValue whose locations name
// file. A syntax error becomes "FILE:LINE:COLUMN: YAML syntax error: ...".
// An empty document or a null value becomes an empty scalar.
Result<RuleValue> read_yaml(const std::string& contents, const std::string& file);

}  // namespace rightscheck
