// A target that crashes on every input: its replay test is expected to
// fail, which shows that a crash in a real target fails the suite.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { std::abort(); }
