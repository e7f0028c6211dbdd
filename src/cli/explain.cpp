// `rightscheck explain INDICATOR` and `rightscheck explain --scores FILE`.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "rightscheck/engine.h"
#include "rightscheck/scoring.h"

namespace rightscheck::cli {

void register_explain(CLI::App& app, CommonOptions& common, ExplainOptions& options) {
  CLI::App* cmd = app.add_subcommand("explain", "Explain an indicator, or which findings moved a document's scores");
  cmd->add_option("indicator", options.indicator, "An indicator id, e.g. R8.decryption-order");
  cmd->add_option("--scores", options.scores_file, "Explain the scores of this document instead");
  cmd->add_option("--framework", options.framework, "Use the framework in this folder (default: built-in foc-2016)");
}

namespace {

std::string indent(const std::string& text) {
  std::string out = "    ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out + "\n";
}

int explain_indicator(const Framework& framework, const std::string& id) {
  const Indicator* indicator = framework.find_indicator(id);
  if (!indicator) {
    std::cerr << "rightscheck: no indicator '" << id << "' in framework " << framework.id
              << " (see `rightscheck frameworks show " << framework.id << "`)\n";
    return kExitError;
  }
  std::string recs;
  for (int r : indicator->recommendations) recs += (recs.empty() ? "R" : ", R") + std::to_string(r);
  std::string out = fmt::format("{}  ({} {}, {})\n{}\n", indicator->id, severity_name(indicator->severity),
                                indicator_kind_name(indicator->kind), recs, indicator->message);
  if (const Recommendation* r = framework.find_recommendation(indicator->recommendations.front()))
    out += fmt::format("\nRecommendation {}:\n{}", r->number, indent(r->text));
  out += "\nWhy it matters:\n" + indent(indicator->rationale);
  out += "\nA rights-respecting alternative:\n" + indent(indicator->suggestion);
  if (!indicator->must_match.empty()) {
    out += "\nFound in, for example:\n";
    for (const Example& e : indicator->must_match) out += "    - " + e.text + "\n";
  }
  if (!indicator->must_not_match.empty()) {
    out += "\nNot found in, for example:\n";
    for (const Example& e : indicator->must_not_match) out += "    - " + e.text + "\n";
  }
  std::cout << out;
  return kExitClean;
}

int explain_scores(const CommonOptions& common, const CompiledFramework& framework, const std::string& path) {
  Document doc;
  if (!load_document(path, common, doc)) return kExitError;
  Assessment assessment = evaluate(framework, doc);
  Scores scores = score_assessment(assessment, framework.framework());
  std::string out = fmt::format("{}: overall {}\n", path, scores.overall);
  for (const auto& [rec, value] : scores.by_recommendation) {
    out += fmt::format("\nR{}: {}\n", rec, value);
    for (const ScoreContribution& c : scores.contributions)
      if (c.recommendation == rec) out += fmt::format("    {:+.1f}  {}  {}\n", c.points, c.finding_id, c.reason);
  }
  std::cout << out;
  return kExitClean;
}

}  // namespace

int run_explain(const CommonOptions& common, const ExplainOptions& options) {
  std::optional<CompiledFramework> framework = load_compiled_framework(options.framework);
  if (!framework) return kExitError;
  if (!options.scores_file.empty()) return explain_scores(common, *framework, options.scores_file);
  if (options.indicator.empty()) {
    std::cerr << "rightscheck: explain needs an indicator id or --scores FILE\n";
    return kExitError;
  }
  return explain_indicator(framework->framework(), options.indicator);
}

}  // namespace rightscheck::cli
