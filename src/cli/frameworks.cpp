// `rightscheck frameworks list | show ID | validate PATH`.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "rightscheck/engine.h"

namespace rightscheck::cli {

void register_frameworks(CLI::App& app, CommonOptions& common, FrameworksOptions& options) {
  CLI::App* cmd = app.add_subcommand("frameworks", "List, show and validate frameworks of indicators");
  cmd->require_subcommand(1);
  cmd->add_subcommand("list", "List the built-in frameworks");
  CLI::App* show = cmd->add_subcommand("show", "Show a framework's recommendations and indicators");
  show->add_option("framework", options.id_or_path, "A built-in id (foc-2016) or a framework folder")->required();
  CLI::App* validate = cmd->add_subcommand("validate", "Check a framework folder: syntax, fields, patterns, examples");
  validate->add_option("path", options.id_or_path, "The framework folder")->required();
}

namespace {

Result<Framework> framework_by_id_or_path(const std::string& id_or_path) {
  for (const std::string& id : builtin_framework_ids())
    if (id == id_or_path) return builtin_framework(id);
  return load_framework(id_or_path);
}

int show(const std::string& id_or_path) {
  Result<Framework> framework = framework_by_id_or_path(id_or_path);
  if (!framework.is_ok()) {
    std::cerr << "rightscheck: " << framework.status().message() << "\n";
    return kExitError;
  }
  const Framework& f = framework.value();
  std::string out = fmt::format("{} (version {}): {}\n", f.id, f.version, f.title);
  for (const Recommendation& r : f.recommendations) {
    out += fmt::format("\nR{}  {}\n", r.number, r.text);
    for (const Indicator& i : f.indicators) {
      if (i.recommendations.empty() || i.recommendations.front() != r.number) continue;
      out += fmt::format("  {:<44} {:<9} {:<6} {}\n", i.id, indicator_kind_name(i.kind), severity_name(i.severity),
                         i.message);
    }
  }
  std::cout << out;
  return kExitClean;
}

int validate(const std::string& path) {
  Result<CompiledFramework> compiled = load_and_compile(path);
  if (!compiled.is_ok()) {
    std::cerr << compiled.status().message() << "\n";
    return kExitError;
  }
  std::vector<ExampleFailure> failures = check_examples(compiled.value());
  for (const ExampleFailure& failure : failures) std::cerr << failure.message() << "\n";
  if (!failures.empty()) return kExitError;
  const Framework& f = compiled->framework();
  std::cout << fmt::format("{}: framework {} is valid: {} indicators, {} patterns, every example behaves as written\n",
                           path, f.id, f.indicators.size(), compiled->pattern_count());
  return kExitClean;
}

}  // namespace

int run_frameworks(const CLI::App& app, const FrameworksOptions& options) {
  if (app.got_subcommand("list")) {
    for (const std::string& id : builtin_framework_ids()) {
      Result<Framework> f = builtin_framework(id);
      if (f.is_ok())
        std::cout << fmt::format("{}  version {}  {} indicators  {}\n", id, f->version, f->indicators.size(), f->title);
    }
    return kExitClean;
  }
  if (app.got_subcommand("show")) return show(options.id_or_path);
  if (app.got_subcommand("validate")) return validate(options.id_or_path);
  return kExitError;
}

}  // namespace rightscheck::cli
