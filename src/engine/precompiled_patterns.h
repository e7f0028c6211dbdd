// Pattern databases compiled at build time, so that the built-in frameworks
// start without compiling their patterns (seconds for a full framework).
//
// tools/precompile (run by cmake/framework.cmake) compiles the patterns of
// every built-in framework, serializes each database with a fingerprint of
// the pattern list it came from, and writes a source file that defines
// rightscheck_precompiled_patterns(). Executables that link that file get
// the databases; any other (the generator itself) gets none and compiles.
//
// compile() asks precompiled_pattern_set() first: a database is used only
// when its fingerprint equals that of the patterns being compiled — same
// expressions in the same order, same flags, same Vectorscan version — and
// Vectorscan accepts it on this CPU; otherwise compile() compiles as usual.
// A framework loaded from a folder therefore compiles unless its patterns
// are exactly those of a built-in framework.
//
// Thread safety: stateless; the embedded bytes are read-only.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "engine/pattern_set.h"
#include "rightscheck/framework.h"
#include "rightscheck/status.h"

extern "C" {

// One serialized database, as the generated source lays it out.
struct RightscheckPrecompiledPatterns {
  const char* framework;          // "foc-2016/fr", for messages and tools
  const char* fingerprint;        // PatternSet::fingerprint() of its expressions
  const unsigned char* bytes;     // hs_serialize_database() output
  std::size_t size;
  std::size_t pattern_count;
};

// Defined by the generated source; a weak reference, so null when the
// executable was linked without it.
const RightscheckPrecompiledPatterns* rightscheck_precompiled_patterns(std::size_t* count) __attribute__((weak));
}

namespace rightscheck {

// The patterns of one language of a framework, as compile() numbers them.
struct LanguagePatterns {
  std::string language;
  std::vector<std::string> expressions;
  std::vector<std::uint32_t> ids;
};

// The precompiled database for exactly these expressions and ids, or nullptr.
std::shared_ptr<const PatternSet> precompiled_pattern_set(const LanguagePatterns& patterns);

// Whether a precompiled database exists for exactly these expressions and
// ids (without deserializing it).
bool has_precompiled_pattern_set(const LanguagePatterns& patterns);

// How many precompiled databases this executable carries.
std::size_t precompiled_pattern_set_count();

// The expressions compile() puts into framework's databases, one group per
// language: what the generator compiles and fingerprints. Errors as
// compile()'s for term sets. Defined in compile.cpp, beside the code that
// builds them.
Result<std::vector<LanguagePatterns>> pattern_expressions(const Framework& framework);

}  // namespace rightscheck
