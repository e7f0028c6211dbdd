// `rightscheck extract FILE`: the text every offset refers to.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"

namespace rightscheck::cli {

void register_extract(CLI::App& app, CommonOptions& common, ExtractOptions& options) {
  CLI::App* cmd = app.add_subcommand("extract", "Print the text that report offsets refer to");
  cmd->add_option("file", options.file, "Document to read")->required();
  cmd->add_flag("--pages", options.pages, "Print the page map (page: start-end byte offsets) instead");
  cmd->add_option("-o,--output", options.output, "Write to this file instead of stdout");
}

int run_extract(const CommonOptions& common, const ExtractOptions& options) {
  Result<Text> text = ingest_file(options.file, common.limits);
  if (!text.is_ok()) {
    std::cerr << "rightscheck: " << text.status().message() << "\n";
    return kExitError;
  }
  std::string content;
  if (options.pages) {
    if (text->pages.empty()) content = fmt::format("1\t0\t{}\n", text->utf8.size());
    for (const PageSpan& p : text->pages) content += fmt::format("{}\t{}\t{}\n", p.number, p.start, p.end);
  } else {
    content = std::move(text->utf8);
  }
  Status written = write_output(options.output, content);
  if (!written.is_ok()) {
    std::cerr << "rightscheck: " << written.message() << "\n";
    return kExitError;
  }
  return kExitClean;
}

}  // namespace rightscheck::cli
