// The subcommands of the rightscheck binary. Each registers its options on
// the CLI11 app and runs with the parsed values, returning the exit status.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include <optional>

#include "rightscheck/document.h"
#include "rightscheck/framework.h"
#include "rightscheck/ingest.h"

namespace rightscheck::cli {

struct CommonOptions {
  IngestLimits limits;
};

struct ScanOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::string output;
  std::string framework;  // a folder; empty: the built-in foc-2016
  std::string fail_on;    // none | low | medium | high; empty: from the config, else none
  std::string config;     // --config PATH; empty: .rightscheck.yaml found upward
  std::string lang;       // report language (HTML); empty: the document's
};
void register_scan(CLI::App& app, CommonOptions& common, ScanOptions& options);
int run_scan(const CommonOptions& common, const ScanOptions& options);

struct ExtractOptions {
  std::string file;
  bool pages = false;
  std::string output;
};
void register_extract(CLI::App& app, CommonOptions& common, ExtractOptions& options);
int run_extract(const CommonOptions& common, const ExtractOptions& options);

struct StructureOptions {
  std::string file;
  bool json = false;
  std::string output;
};
void register_structure(CLI::App& app, CommonOptions& common, StructureOptions& options);
int run_structure(const CommonOptions& common, const StructureOptions& options);

struct FrameworksOptions {
  std::string id_or_path;  // show / validate
};
void register_frameworks(CLI::App& app, CommonOptions& common, FrameworksOptions& options);
int run_frameworks(const CLI::App& app, const FrameworksOptions& options);

struct ExplainOptions {
  std::string indicator;
  std::string scores_file;  // --scores FILE
  std::string framework;
};
void register_explain(CLI::App& app, CommonOptions& common, ExplainOptions& options);
int run_explain(const CommonOptions& common, const ExplainOptions& options);

// The framework a command evaluates with: the folder at path, or the
// built-in foc-2016 when path is empty. Prints the error and returns
// nothing on failure.
std::optional<CompiledFramework> load_compiled_framework(const std::string& path);

// Reads and analyses one file; on failure prints the one-line error on
// stderr and returns false.
bool load_document(const std::string& path, const CommonOptions& common, Document& out);

}  // namespace rightscheck::cli
