// Writing command output: stdout, or a file replaced atomically so a failed
// run never leaves a partial report behind.
#pragma once

#include <string>

#include "rightscheck/status.h"

namespace rightscheck::cli {

// Writes content to path ("-" or empty: stdout). A file is written beside its
// destination and renamed into place.
Status write_output(const std::string& path, const std::string& content);

// Exit statuses of every command (linter conventions).
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

}  // namespace rightscheck::cli
