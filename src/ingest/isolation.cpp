// The parser child and its parent. Exit codes of the child other than 0
// say which of its own checks stopped it; signals say what the kernel
// stopped it for. The parent maps both to the messages users read.
#include "ingest/isolation.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <vector>

#include "ingest/syscall_filter.h"
#include "ingest/text_wire.h"

#if defined(__SANITIZE_ADDRESS__)
#define RIGHTSCHECK_ASAN_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RIGHTSCHECK_ASAN_BUILD 1
#endif
#endif

namespace rightscheck::ingest {
namespace {

#ifdef RIGHTSCHECK_ASAN_BUILD
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// The child's descriptors: 0-2 are /dev/null (2 stays stderr in sanitizer
// builds, for their reports), 3 is the result pipe, nothing else is open.
constexpr int kResultFd = 3;

enum ChildExit : int {
  kExitOutOfMemory = 100,
  kExitResultTooLarge = 101,
  kExitNoFilter = 102,
  kExitNoLimits = 103,
};

constexpr std::uint64_t kMiB = 1ull << 20;

// --- The child -----------------------------------------------------------

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

void keep_only_result_pipe(int pipe_fd) {
  if (pipe_fd != kResultFd) ::dup2(pipe_fd, kResultFd);
  const int null_fd = ::open("/dev/null", O_RDWR);
  const int last_quieted = kSanitized ? STDOUT_FILENO : STDERR_FILENO;
  for (int fd = STDIN_FILENO; fd <= last_quieted; ++fd) {
    if (null_fd >= 0)
      ::dup2(null_fd, fd);
    else
      ::close(fd);
  }
  if (::close_range(kResultFd + 1, ~0U, 0) != 0)
    for (int fd = kResultFd + 1; fd < 65536; ++fd) ::close(fd);
}

// Default actions for the signals the limits and crashes raise, whatever
// the caller installed; sanitizer builds keep their crash handlers, which
// print the report a developer needs.
void reset_signals() {
  std::vector<int> signals = {SIGXCPU, SIGXFSZ, SIGPIPE};
  if (!kSanitized) signals.insert(signals.end(), {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT});
  for (int sig : signals) std::signal(sig, SIG_DFL);
  sigset_t all;
  sigfillset(&all);
  ::sigprocmask(SIG_UNBLOCK, &all, nullptr);
}

// Bytes of address space mapped now, or 0 when /proc cannot tell.
std::uint64_t mapped_bytes() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr) return 0;
  unsigned long long pages = 0;
  const bool read = std::fscanf(statm, "%llu", &pages) == 1;
  std::fclose(statm);
  return read ? pages * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)) : 0;
}

// Lowers a limit to (soft, hard), never above the hard limit in force.
bool lower_limit(int resource, rlim_t soft, rlim_t hard) {
  rlimit current{};
  if (::getrlimit(resource, &current) != 0) return false;
  rlimit wanted{std::min(soft, current.rlim_max), std::min(hard, current.rlim_max)};
  return ::setrlimit(resource, &wanted) == 0;
}

bool apply_limits(const ChildLimits& limits) {
  const bool limit_memory = child_memory_limit_enforced() && limits.memory_bytes > 0;
  const std::uint64_t base = limit_memory ? mapped_bytes() : 0;  // before the descriptor limit
  if (limit_memory) {
    const auto space = static_cast<rlim_t>(base + limits.memory_bytes);
    if (base == 0 || !lower_limit(RLIMIT_AS, space, space)) return false;
  }
  const auto cpu = static_cast<rlim_t>(std::max(limits.cpu_seconds, 1));
  return lower_limit(RLIMIT_CPU, cpu, cpu + 1) && lower_limit(RLIMIT_FSIZE, 0, 0) &&
         lower_limit(RLIMIT_CORE, 0, 0) && lower_limit(RLIMIT_NOFILE, kResultFd + 1, kResultFd + 1);
}

// RIGHTSCHECK_PARSER_FAULT: see isolation.h.
void simulate_fault(const std::string& name, const ChildLimits& limits) {
  const char* fault = std::getenv("RIGHTSCHECK_PARSER_FAULT");
  if (fault == nullptr) return;
  std::string_view kind = fault;
  const std::size_t colon = kind.find(':');
  if (colon != std::string_view::npos) {
    const std::string_view suffix = kind.substr(colon + 1);
    if (!std::string_view(name).ends_with(suffix)) return;
    kind = kind.substr(0, colon);
  }
  if (kind == "loop") {
    volatile unsigned long spin = 0;
    for (;;) spin = spin + 1;
  }
  if (kind == "memory") {
    // Without an address-space limit (sanitizer builds) the budget is
    // counted here instead, so the hook never eats the machine's memory.
    std::vector<std::unique_ptr<char[]>> held;
    std::uint64_t total = 0;
    for (;;) {
      held.push_back(std::make_unique_for_overwrite<char[]>(64 * kMiB));
      total += 64 * kMiB;
      if (!child_memory_limit_enforced() && total > limits.memory_bytes) ::_exit(kExitOutOfMemory);
    }
  }
  if (kind == "crash") {
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
  }
}

[[noreturn]] void run_child(int pipe_fd, const std::function<Result<Text>()>& reader,
                            const std::string& name, const ChildLimits& limits) {
  keep_only_result_pipe(pipe_fd);
  reset_signals();
  if (!apply_limits(limits)) ::_exit(kExitNoLimits);
  std::set_new_handler([] { ::_exit(kExitOutOfMemory); });
  if (!install_parser_syscall_filter(kResultFd)) ::_exit(kExitNoFilter);

  simulate_fault(name, limits);
  std::optional<Result<Text>> result;
  WireMessage message;
  try {
    result.emplace(reader());
    message = encode_result_parts(*result);
  } catch (const std::bad_alloc&) {
    ::_exit(kExitOutOfMemory);
  } catch (...) {
    result.emplace(Status::error(Status::Code::invalid_input, "", "the parser failed unexpectedly"));
    message = encode_result_parts(*result);
  }
  if (message.size() > limits.max_result_bytes) ::_exit(kExitResultTooLarge);
  // The length first, so the parent can hold the message in one buffer
  // instead of growing one (and faulting in twice the memory); the text is
  // written from where it lies.
  std::string length;
  put_u64(length, message.size());
  const bool sent = write_all(kResultFd, length) && write_all(kResultFd, message.head) &&
                    write_all(kResultFd, message.text) && write_all(kResultFd, message.tail);
  ::_exit(sent ? 0 : 1);
}

// --- The parent ----------------------------------------------------------

// The child's message is preceded by its length, 8 bytes little-endian.
constexpr std::size_t kLengthBytes = 8;

struct ChildOutcome {
  std::string message;
  bool timed_out = false;
  bool too_large = false;
  bool garbled = false;  // announced a length over the limit
  int wait_status = 0;
  double cpu_seconds = 0;
};

double seconds(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

// Reads the child's message until it closes the pipe and exits, or the
// deadline passes, or the message outgrows the limit; then reaps it.
ChildOutcome collect(int pipe_fd, pid_t pid, const ChildLimits& limits) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline =
      Clock::now() + std::chrono::seconds(std::max(limits.wall_seconds, 1));
  ChildOutcome outcome;
  // A pidfd becomes readable when the child exits; without one (kernels
  // before 5.3) the exit is polled for after the pipe closes.
  const int pid_fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
  bool pipe_open = true;
  bool exited = false;
  char buffer[1 << 16];
  while (pipe_open || !exited) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      outcome.timed_out = true;
      break;
    }
    pollfd watched[2];
    nfds_t count = 0;
    int pipe_slot = -1, pid_slot = -1;
    if (pipe_open) {
      pipe_slot = static_cast<int>(count);
      watched[count++] = {pipe_fd, POLLIN, 0};
    }
    if (!exited && pid_fd >= 0) {
      pid_slot = static_cast<int>(count);
      watched[count++] = {pid_fd, POLLIN, 0};
    }
    const int timeout = count == 0 ? 1 : static_cast<int>(std::min<long long>(left, 1000));
    if (::poll(watched, count, timeout) < 0 && errno != EINTR) break;
    if (pipe_slot >= 0 && watched[pipe_slot].revents != 0) {
      const ssize_t got = ::read(pipe_fd, buffer, sizeof buffer);
      if (got > 0) {
        const bool had_length = outcome.message.size() >= kLengthBytes;
        outcome.message.append(buffer, static_cast<std::size_t>(got));
        if (outcome.message.size() > limits.max_result_bytes + kLengthBytes) {
          outcome.too_large = true;
          break;
        }
        if (!had_length && outcome.message.size() >= kLengthBytes) {
          // The announced length, checked against the limit before any
          // memory is set aside for it. An honest child never announces
          // more: it exits with kExitResultTooLarge instead.
          const std::uint64_t announced = get_u64(outcome.message);
          if (announced > limits.max_result_bytes) {
            outcome.garbled = true;
            break;
          }
          outcome.message.reserve(kLengthBytes + announced);
        }
      } else if (got == 0 || errno != EINTR) {
        pipe_open = false;
      }
    }
    if (pid_slot >= 0) {
      exited = watched[pid_slot].revents != 0;
    } else if (pid_fd < 0 && !pipe_open) {
      siginfo_t info{};
      exited = ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
               info.si_pid == pid;
    }
  }
  if (pid_fd >= 0) ::close(pid_fd);
  if (outcome.timed_out || outcome.too_large || outcome.garbled || pipe_open || !exited) ::kill(pid, SIGKILL);
  rusage usage{};
  while (::wait4(pid, &outcome.wait_status, 0, &usage) < 0 && errno == EINTR) {
  }
  outcome.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  return outcome;
}

std::string signal_text(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  return "signal " + std::to_string(sig) + (abbrev ? std::string(", SIG") + abbrev : std::string());
}

Result<Text> explain(ChildOutcome& outcome, const std::string& name, std::string_view task,
                     const ChildLimits& limits) {
  const std::string what(task);
  auto limit = [&](const std::string& reason) {
    return Status::error(Status::Code::limit_exceeded, name, what + " " + reason);
  };
  const std::string cpu_limit =
      "exceeded its " + std::to_string(limits.cpu_seconds) + " s CPU limit (see --parse-timeout)";
  const std::string output_limit = "produced more than " + std::to_string(limits.max_result_bytes) +
                                   " bytes of text, over the limit (see --max-decompressed)";
  if (outcome.too_large) return limit(output_limit);
  if (outcome.garbled)
    return Status::error(Status::Code::invalid_input, name, what + " failed: the parser returned a malformed result");
  if (outcome.timed_out)
    return limit("did not finish within its " + std::to_string(limits.wall_seconds) +
                 " s time limit (see --parse-timeout)");

  const int status = outcome.wait_status;
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    if (sig == SIGXCPU || (sig == SIGKILL && outcome.cpu_seconds >= limits.cpu_seconds))
      return limit(cpu_limit);
    if (sig == SIGSYS)
      return Status::error(Status::Code::invalid_input, name,
                           what + " failed: the parser made a forbidden system call");
    return Status::error(Status::Code::invalid_input, name,
                         what + " failed: the parser crashed (" + signal_text(sig) + ")");
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  switch (code) {
    case 0:
      break;
    case kExitOutOfMemory:
      return limit("exceeded its " + std::to_string(limits.memory_bytes / kMiB) +
                   " MiB memory limit (see --parse-memory)");
    case kExitResultTooLarge:
      return limit(output_limit);
    case kExitNoFilter:
      return Status::error(
          Status::Code::unsupported, name,
          "cannot isolate " + what + ": the kernel refused the system-call filter (seccomp)");
    case kExitNoLimits:
      return Status::error(Status::Code::unsupported, name,
                           "cannot isolate " + what + ": the resource limits could not be set");
    default:
      return Status::error(
          Status::Code::invalid_input, name,
          what + " failed: the parser process exited with status " + std::to_string(code));
  }
  std::optional<Result<Text>> result;
  if (outcome.message.size() >= kLengthBytes &&
      get_u64(outcome.message) == outcome.message.size() - kLengthBytes) {
    outcome.message.erase(0, kLengthBytes);
    result = decode_result(std::move(outcome.message), name);
  }
  if (!result)
    return Status::error(Status::Code::invalid_input, name,
                         what + " failed: the parser returned a malformed result");
  return std::move(*result);
}

}  // namespace

bool child_memory_limit_enforced() { return !kSanitized; }

ChildLimits child_limits(const IngestLimits& limits) {
  ChildLimits child;
  child.cpu_seconds = limits.parse_cpu_seconds;
  child.wall_seconds = limits.parse_wall_seconds;
  child.memory_bytes = limits.parse_memory_bytes;
  child.max_result_bytes = limits.max_decompressed_bytes;
  return child;
}

Result<Text> read_in_child(const std::function<Result<Text>()>& reader, const std::string& name,
                           std::string_view task, const ChildLimits& limits) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0)
    return Status::error(Status::Code::unreadable, name,
                         "cannot start the parser process: " + std::string(std::strerror(errno)));
  // A larger pipe lets the child hand over a long text in a few writes
  // instead of waking the parent every 64 KB; the default is kept if the
  // system refuses.
  (void)::fcntl(pipe_fds[1], F_SETPIPE_SZ, 1 << 20);
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int error = errno;
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    return Status::error(Status::Code::unreadable, name,
                         "cannot start the parser process: " + std::string(std::strerror(error)));
  }
  if (pid == 0) {
    ::close(pipe_fds[0]);
    run_child(pipe_fds[1], reader, name, limits);
  }
  ::close(pipe_fds[1]);
  ChildOutcome outcome = collect(pipe_fds[0], pid, limits);
  ::close(pipe_fds[0]);
  return explain(outcome, name, task, limits);
}

}  // namespace rightscheck::ingest
