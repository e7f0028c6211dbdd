// pattern_cost [TOP]: where the matcher's time goes, pattern by pattern.
// pattern_cost --literals: print the literal strings the English patterns
// are matched as (engine/pattern_shape.h), one per line, for compare.sh.
//
// Compiles every pattern of the built-in framework alone and reports, for
// the TOP (default 25) most expensive, the time to scan the benchmark text
// (the dev corpus, or the example bill) and the size of its database, with
// the term sets it comes from. Not a Google Benchmark: a diagnostic for
// framework authors, since a few patterns can cost more than all the others.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench_inputs.h"
#include "engine/pattern_shape.h"
#include "engine/precompiled_patterns.h"
#include "engine/program.h"

using namespace rightscheck;
using Clock = std::chrono::steady_clock;

namespace {

struct Cost {
  std::size_t pattern = 0;
  double scan_ms = 0;
  double compile_ms = 0;
  std::size_t database_bytes = 0;
  std::size_t matches = 0;
};

double best_scan_ms(const PatternSet& set, const std::string& text, std::size_t& matches) {
  PatternScratch scratch;
  std::vector<TermMatch> out;
  double best = 1e18;
  for (int run = 0; run < 3; ++run) {
    out.clear();
    auto start = Clock::now();
    (void)set.scan(text, scratch, 50'000'000, out);
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  matches = out.size();
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t top = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 25;
  const CompiledFramework& framework = bench::builtin();
  const CompiledProgram& program = framework.program();
  Result<std::vector<LanguagePatterns>> groups = pattern_expressions(framework.framework());
  if (!groups.is_ok()) return 2;
  auto english = std::find_if(groups.value().begin(), groups.value().end(),
                              [](const LanguagePatterns& g) { return g.language == "en"; });
  if (english == groups.value().end()) return 2;
  const std::vector<std::string>& expressions = english->expressions;
  if (argc > 1 && std::string_view(argv[1]) == "--literals") {
    for (const std::string& expression : expressions) {
      for (const LiteralForm& form : literal_forms(expression, 4096).value_or(std::vector<LiteralForm>{})) {
        std::printf("%s\n", form.text.c_str());
      }
    }
    return 0;
  }
  const std::string& text = bench::joined_corpus();
  std::printf("text: %.1f KB; %zu English patterns\n", text.size() / 1024.0, expressions.size());

  std::size_t whole_matches = 0;
  double whole = best_scan_ms(program.patterns_for("en"), text, whole_matches);
  std::printf("whole database: %.1f ms per scan (%.2f MB/s), %zu matches\n", whole,
              text.size() / 1048576.0 / (whole / 1000), whole_matches);

  std::vector<Cost> costs;
  double sum_scan = 0;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    Cost cost;
    cost.pattern = i;
    PatternError error;
    auto start = Clock::now();
    auto set = PatternSet::compile({expressions[i]}, error);
    cost.compile_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (!set) continue;
    cost.database_bytes = set->serialize().size();
    cost.scan_ms = best_scan_ms(*set, text, cost.matches);
    sum_scan += cost.scan_ms;
    costs.push_back(cost);
  }
  std::printf("sum of the patterns scanned one at a time: %.1f ms\n\n", sum_scan);

  auto sets_of = [&](std::size_t pattern) {
    std::string names;
    for (int s : program.sets_of_pattern[english->ids[pattern]]) names += (names.empty() ? "" : ", ") + program.term_sets[s].name;
    return names;
  };
  auto print = [&](const char* title, auto key) {
    std::sort(costs.begin(), costs.end(), [&](const Cost& a, const Cost& b) { return key(a) > key(b); });
    std::printf("%s\n%9s %9s %11s %8s  %s\n", title, "scan ms", "compile", "db bytes", "matches", "term sets / expression");
    for (std::size_t i = 0; i < std::min(top, costs.size()); ++i) {
      const Cost& c = costs[i];
      std::string expression = expressions[c.pattern];
      if (expression.size() > 110) expression = expression.substr(0, 107) + "...";
      std::printf("%9.2f %9.1f %11zu %8zu  %s\n%51s%s\n", c.scan_ms, c.compile_ms, c.database_bytes, c.matches,
                  sets_of(c.pattern).c_str(), "", expression.c_str());
    }
    std::printf("\n");
  };
  print("most expensive to scan:", [](const Cost& c) { return c.scan_ms; });
  print("largest databases:", [](const Cost& c) { return static_cast<double>(c.database_bytes); });
  print("slowest to compile:", [](const Cost& c) { return c.compile_ms; });
  return 0;
}
