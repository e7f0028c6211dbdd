#include "ingest/syscall_filter.h"

#include <fcntl.h>
#include <seccomp.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

namespace rightscheck::ingest {
namespace {

struct FilterDeleter {
  void operator()(void* context) const { seccomp_release(context); }
};

// A rule that cannot be added (a call this architecture lacks) is skipped:
// the call then stays forbidden, which is the safe direction.
void allow(scmp_filter_ctx context, int call) {
  seccomp_rule_add(context, SCMP_ACT_ALLOW, call, 0);
}

}  // namespace

bool install_parser_syscall_filter(int result_fd) {
  std::unique_ptr<void, FilterDeleter> owner(seccomp_init(SCMP_ACT_ERRNO(EPERM)));
  scmp_filter_ctx context = owner.get();
  if (context == nullptr) return false;

  // Memory, as malloc, operator new and the sanitizers' allocators use it.
  for (int call : {SCMP_SYS(brk), SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mremap),
                   SCMP_SYS(mprotect), SCMP_SYS(madvise)})
    allow(context, call);
  // Threads' primitives and clocks, harmless queries, signal return and exit.
  for (int call : {SCMP_SYS(futex),
                   SCMP_SYS(sched_yield),
                   SCMP_SYS(sched_getaffinity),
                   SCMP_SYS(clock_gettime),
                   SCMP_SYS(clock_getres),
                   SCMP_SYS(gettimeofday),
                   SCMP_SYS(time),
                   SCMP_SYS(nanosleep),
                   SCMP_SYS(clock_nanosleep),
                   SCMP_SYS(getpid),
                   SCMP_SYS(gettid),
                   SCMP_SYS(getrandom),
                   SCMP_SYS(sysinfo),
                   SCMP_SYS(uname),
                   SCMP_SYS(getrlimit),
                   SCMP_SYS(rt_sigprocmask),
                   SCMP_SYS(rt_sigaction),
                   SCMP_SYS(sigaltstack),
                   SCMP_SYS(rt_sigreturn),
                   SCMP_SYS(restart_syscall),
                   SCMP_SYS(close),
                   SCMP_SYS(fstat),
                   SCMP_SYS(exit),
                   SCMP_SYS(exit_group)})
    allow(context, call);

  // fstat through fstatat(fd, "", AT_EMPTY_PATH), as glibc does it, but
  // never a lookup by path; prlimit only to read a limit.
  seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 1,
                   SCMP_A3(SCMP_CMP_MASKED_EQ, AT_EMPTY_PATH, AT_EMPTY_PATH));
  seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1, SCMP_A2(SCMP_CMP_EQ, 0));

  // Writes only to the result pipe and stderr.
  for (int call : {SCMP_SYS(write), SCMP_SYS(writev)}) {
    seccomp_rule_add(context, SCMP_ACT_ALLOW, call, 1,
                     SCMP_A0(SCMP_CMP_EQ, static_cast<scmp_datum_t>(result_fd)));
    seccomp_rule_add(context, SCMP_ACT_ALLOW, call, 1, SCMP_A0(SCMP_CMP_EQ, STDERR_FILENO));
  }

  // abort() signals its own thread; no other process may be signalled.
  const auto self = static_cast<scmp_datum_t>(::getpid());
  seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1, SCMP_A0(SCMP_CMP_EQ, self));
  seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1, SCMP_A0(SCMP_CMP_EQ, self));

  return seccomp_load(context) == 0;
}

}  // namespace rightscheck::ingest
