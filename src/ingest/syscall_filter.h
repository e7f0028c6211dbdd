// The system-call filter a parser child runs under (see "Isolation" in
// docs/architecture.md).
//
// An allow-list: memory management, time, futexes, writing to the result
// pipe and to stderr, and exiting. Everything else — opening any file,
// sockets, process creation, exec, ptrace, signal handlers, changing
// limits — fails with EPERM, so a library that probes for a file or a
// locale fails the ordinary way instead of killing the child, while
// nothing it could be tricked into doing reaches outside the process.
#pragma once

namespace rightscheck::ingest {

// Installs the filter on the calling process (and sets no_new_privs). The
// only file descriptors that may be written afterwards are result_fd and
// stderr. Returns false when the kernel refuses the filter; the caller
// must then not parse.
bool install_parser_syscall_filter(int result_fd);

}  // namespace rightscheck::ingest
