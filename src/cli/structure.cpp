// `rightscheck structure FILE`: the provision tree.
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "rightscheck/report.h"

namespace rightscheck::cli {

void register_structure(CLI::App& app, CommonOptions& common, StructureOptions& options) {
  CLI::App* cmd = app.add_subcommand("structure", "Print the provision tree of a document");
  cmd->add_option("file", options.file, "Document to read")->required();
  cmd->add_flag("--json", options.json, "Print the tree as JSON for machines");
  cmd->add_option("-o,--output", options.output, "Write to this file instead of stdout");
}

int run_structure(const CommonOptions& common, const StructureOptions& options) {
  Document doc;
  if (!load_document(options.file, common, doc)) return kExitError;
  std::string content = options.json ? document_json(doc).dump(2) + "\n" : structure_listing(doc);
  Status written = write_output(options.output, content);
  if (!written.is_ok()) {
    std::cerr << "rightscheck: " << written.message() << "\n";
    return kExitError;
  }
  return kExitClean;
}

}  // namespace rightscheck::cli
