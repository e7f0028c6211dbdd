// .rightscheck.yaml: per-project settings for `scan`, found upward from the
// first document (or given with --config).
//
//   framework: ../frameworks/my-framework   # relative to the config file
//   fail-on: high                           # none | low | medium | high
//   disable: [R5.vague-speech-offence]
//   severity: {R1.override-clause: low}
//   suppressions:
//     - indicator: R4.interception-without-warrant
//       anchor: "s. 24"                     # optional; covers s. 24(1)(b) too
//       justification: Warrants are required by the Criminal Procedure Code, s. 12.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rightscheck/engine.h"
#include "rightscheck/report.h"
#include "rightscheck/status.h"

namespace rightscheck::cli {

struct Suppression {
  std::string indicator;
  std::string anchor;  // empty: every provision, and gaps
  std::string justification;
  std::string where;   // "FILE:LINE:COLUMN" of the entry, for warnings
  int matched = 0;
};

struct Config {
  std::string path;  // empty when no file was found
  std::string framework;
  std::optional<Severity> fail_on;  // nullopt: never fail on findings
  bool fail_on_set = false;
  std::vector<std::string> disabled;
  std::map<std::string, Severity> severity;
  std::vector<Suppression> suppressions;
};

// Reads the config at path. Errors read "FILE:LINE:COLUMN: reason".
Result<Config> load_config(const std::string& path);

// The nearest .rightscheck.yaml in the folder of `document` or above it;
// empty when there is none.
std::string find_config(const std::string& document);

// Parses "none", "low", "medium", "high".
bool parse_fail_on(const std::string& text, std::optional<Severity>& out);

// Applies disable, severity and suppressions to one document's findings:
// removed findings leave the assessment, suppressed ones move to
// report.suppressed. Counts matches on the suppressions.
void apply_config(Config& config, Assessment& assessment, DocumentReport& report);

}  // namespace rightscheck::cli
