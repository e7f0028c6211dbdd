// Running an untrusted parser in a child process (see "Isolation" in
// docs/architecture.md).
//
// read_in_child forks; the child drops every file descriptor but the
// result pipe, lowers its resource limits (CPU seconds, address space, no
// file writes, no new descriptors, no core), installs the system-call
// filter of syscall_filter.h, runs the reader and sends the result back
// through text_wire.h. The parent waits with a wall-clock deadline, kills
// the child when it passes, reaps it, and turns every way the child can
// fail into a one-line Status naming the file. Nothing the reader does can
// crash the caller, write a file or reach the network.
//
// Thread safety: reentrant. The child of a multithreaded caller has only
// the forking thread; a lock another thread held at the fork stays locked
// there, and the wall-clock deadline turns that deadlock into an error.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "rightscheck/ingest.h"

namespace rightscheck::ingest {

struct ChildLimits {
  int cpu_seconds = 60;
  int wall_seconds = 210;
  std::uint64_t memory_bytes =
      2ull << 30;  // address space on top of what the process maps at the fork; 0: none
  std::uint64_t max_result_bytes = 256ull << 20;  // the encoded result
};

// The child limits IngestLimits asks for.
ChildLimits child_limits(const IngestLimits& limits);

// Runs reader in a child process. `task` names the work in messages
// ("PDF extraction"). The reader must not depend on anything the parent
// does after the fork; it may use memory captured by reference, which the
// child sees as it was at the fork.
//
// Test hook: when the environment variable RIGHTSCHECK_PARSER_FAULT is
// "loop", "memory" or "crash", the child spins, allocates without bound or
// raises SIGSEGV before running the reader, under the same limits and
// filter, so the limits can be shown firing on the real binary. With
// "KIND:SUFFIX" only files whose name ends with SUFFIX are affected, so a
// run over several files can have one bad one.
Result<Text> read_in_child(const std::function<Result<Text>()>& reader, const std::string& name,
                           std::string_view task, const ChildLimits& limits);

// False in sanitizer builds, where no address-space limit is set:
// AddressSanitizer reserves terabytes of shadow memory, which any useful
// RLIMIT_AS would refuse. CPU, wall-clock, output and filter limits hold
// in every build.
bool child_memory_limit_enforced();

}  // namespace rightscheck::ingest
