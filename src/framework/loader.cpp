// Assembling a framework from its files, and the checks that need all of it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "framework/rule_files.h"
#include "framework/yaml_reader.h"

namespace rightscheck {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

enum class FileRole { framework, terms, indicators, other };

// A language folder's name: a two-letter code ("fr", "es").
bool is_language_folder(std::string_view name) {
  return name.size() == 2 && name[0] >= 'a' && name[0] <= 'z' && name[1] >= 'a' && name[1] <= 'z';
}

// The role of a file, and the language folder it sits in ("" for the base).
FileRole role_of(const std::string& path, std::string* language = nullptr) {
  if (path == "framework.yaml") return FileRole::framework;
  std::string rest = path;
  std::string folder;
  if (std::size_t slash = path.find('/'); slash != std::string::npos && is_language_folder(path.substr(0, slash))) {
    folder = path.substr(0, slash);
    rest = path.substr(slash + 1);
  }
  if (language != nullptr) *language = folder;
  bool yaml = ends_with(rest, ".yaml") || ends_with(rest, ".yml");
  if (yaml && starts_with(rest, "terms/")) return FileRole::terms;
  if (yaml && starts_with(rest, "indicators/")) return FileRole::indicators;
  return FileRole::other;
}

Status check_term_set_names(const Framework& framework) {
  std::map<std::string, SourceLocation> shared;
  for (const TermSet& set : framework.term_sets) {
    auto [it, inserted] = shared.emplace(set.name, set.location);
    if (!inserted) {
      return rule_error(set.location, "duplicate term set '" + set.name + "' (first defined at " + it->second.to_string() + ")");
    }
  }
  for (const Indicator& indicator : framework.indicators) {
    std::map<std::string, SourceLocation> local;
    for (const TermSet& set : indicator.term_sets) {
      if (auto it = shared.find(set.name); it != shared.end()) {
        return rule_error(set.location, "term set '" + set.name + "' of indicator " + indicator.id +
                                            " hides the shared term set defined at " + it->second.to_string() +
                                            "; choose another name");
      }
      if (!local.emplace(set.name, set.location).second) {
        return rule_error(set.location, "duplicate term set '" + set.name + "' in indicator " + indicator.id);
      }
    }
  }
  return Status::ok();
}

// What each kind of indicator must and must not say.
Status check_kind_fields(const Indicator& indicator) {
  const std::string& id = indicator.id;
  if (indicator.kind == IndicatorKind::gap) {
    if (indicator.detect) return rule_error(indicator.detect->location, "gap " + id + " is decided by when_any/unless_any, not detect");
    if (indicator.when_any.empty()) return rule_error(indicator.location, "gap " + id + " needs when_any: the indicators whose presence makes it a gap");
    if (!indicator.lowered_by.empty()) return rule_error(indicator.location, "gap " + id + " cannot have lowered_by; use unless_any");
    return Status::ok();
  }
  if (!indicator.detect) return rule_error(indicator.location, "missing required field 'detect' in indicator " + id);
  if (!indicator.when_any.empty() || !indicator.unless_any.empty()) {
    return rule_error(indicator.location, "when_any and unless_any belong to gap indicators, not to " + id);
  }
  if (indicator.kind == IndicatorKind::safeguard && !indicator.lowered_by.empty()) {
    return rule_error(indicator.location, "lowered_by belongs to risks; safeguard " + id + " cannot be lowered");
  }
  return Status::ok();
}

Status check_references(const Framework& framework) {
  std::map<std::string, const Indicator*> by_id;
  for (const Indicator& indicator : framework.indicators) {
    auto [it, inserted] = by_id.emplace(indicator.id, &indicator);
    if (!inserted) {
      return rule_error(indicator.location, "duplicate indicator id '" + indicator.id + "' (first defined at " +
                                                it->second->location.to_string() + ")");
    }
  }
  for (const Indicator& indicator : framework.indicators) {
    Status kind = check_kind_fields(indicator);
    if (!kind.is_ok()) return kind;
    for (const std::string& id : indicator.lowered_by) {
      auto it = by_id.find(id);
      if (it == by_id.end()) return rule_error(indicator.location, "lowered_by of " + indicator.id + " names unknown indicator '" + id + "'");
      if (it->second->kind != IndicatorKind::safeguard) {
        return rule_error(indicator.location, "lowered_by of " + indicator.id + " names '" + id + "', which is not a safeguard");
      }
    }
    for (const auto* list : {&indicator.when_any, &indicator.unless_any}) {
      for (const std::string& id : *list) {
        auto it = by_id.find(id);
        if (it == by_id.end()) return rule_error(indicator.location, "gap " + indicator.id + " names unknown indicator '" + id + "'");
        if (it->second->kind == IndicatorKind::gap) {
          return rule_error(indicator.location, "gap " + indicator.id + " names gap '" + id + "'; gaps are decided from risks and safeguards only");
        }
      }
    }
  }
  return Status::ok();
}

}  // namespace

Result<Framework> parse_framework(const std::vector<FrameworkFile>& files, const std::string& label) {
  std::vector<const FrameworkFile*> ordered;
  for (const FrameworkFile& file : files) ordered.push_back(&file);
  std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->path < b->path; });

  Framework framework;
  framework.source = label;
  auto full_path = [&](const FrameworkFile& file) { return label + "/" + file.path; };

  auto manifest = std::find_if(ordered.begin(), ordered.end(), [](auto* f) { return f->path == "framework.yaml"; });
  if (manifest == ordered.end()) {
    return Status::error(Status::Code::not_found, label, "not a framework: no framework.yaml");
  }
  Result<RuleValue> root = read_yaml((*manifest)->contents, full_path(**manifest));
  if (!root.is_ok()) return root.status();
  Status header = read_framework_file(root.value(), framework);
  if (!header.is_ok()) return header;

  // The base files first, then each language layer over them.
  std::vector<std::pair<const FrameworkFile*, std::string>> layers;
  for (const FrameworkFile* file : ordered) {
    std::string language;
    FileRole role = role_of(file->path, &language);
    if (role == FileRole::framework || role == FileRole::other) continue;
    if (!language.empty()) {
      layers.emplace_back(file, language);
      continue;
    }
    Result<RuleValue> tree = read_yaml(file->contents, full_path(*file));
    if (!tree.is_ok()) return tree.status();
    if (role == FileRole::terms) {
      Result<std::vector<TermSet>> sets = read_term_file(tree.value(), framework.base_language());
      if (!sets.is_ok()) return sets.status();
      for (TermSet& set : sets.value()) framework.term_sets.push_back(std::move(set));
    } else {
      Result<std::vector<Indicator>> indicators = read_indicator_file(tree.value(), framework);
      if (!indicators.is_ok()) return indicators.status();
      for (Indicator& indicator : indicators.value()) framework.indicators.push_back(std::move(indicator));
    }
  }

  Status names = check_term_set_names(framework);
  if (!names.is_ok()) return names;
  Status references = check_references(framework);
  if (!references.is_ok()) return references;

  for (const auto& [file, language] : layers) {
    if (!framework.has_language(language) || language == framework.base_language()) {
      return rule_error({full_path(*file), 0, 0}, "language folder '" + language +
                                                      "' is not one of the other languages listed in framework.yaml");
    }
    Result<RuleValue> tree = read_yaml(file->contents, full_path(*file));
    if (!tree.is_ok()) return tree.status();
    if (role_of(file->path) == FileRole::terms) {
      Result<std::vector<TermSet>> sets = read_term_file(tree.value(), language);
      if (!sets.is_ok()) return sets.status();
      merge_term_sets(std::move(sets).value(), framework.term_sets);
    } else {
      Status read = read_layer_indicator_file(tree.value(), language, framework);
      if (!read.is_ok()) return read;
    }
  }
  return framework;
}

Result<Framework> load_framework(const std::string& dir) {
  namespace fs = std::filesystem;
  // Rule files are short; a huge one is a mistake or an attack, not a framework.
  constexpr std::uintmax_t kMaxFileBytes = 4u << 20;
  std::error_code error;
  if (!fs::is_regular_file(fs::path(dir) / "framework.yaml", error)) {
    return Status::error(Status::Code::not_found, dir, "not a framework: no framework.yaml");
  }
  std::vector<FrameworkFile> files;
  auto add = [&](const fs::path& path, const std::string& relative) -> Status {
    std::uintmax_t size = fs::file_size(path, error);
    if (error) return Status::error(Status::Code::unreadable, path.string(), error.message());
    if (size > kMaxFileBytes) return Status::error(Status::Code::limit_exceeded, path.string(), "rule file larger than 4 MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(Status::Code::unreadable, path.string(), "cannot open");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files.push_back({relative, bytes.str()});
    return Status::ok();
  };
  Status manifest = add(fs::path(dir) / "framework.yaml", "framework.yaml");
  if (!manifest.is_ok()) return manifest;
  std::vector<std::string> prefixes = {""};
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && is_language_folder(name)) prefixes.push_back(name + "/");
  }
  for (const std::string& prefix : prefixes) {
    for (const char* folder : {"terms", "indicators"}) {
      fs::path sub = fs::path(dir) / (prefix + folder);
      if (!fs::is_directory(sub, error)) continue;
      for (const fs::directory_entry& entry : fs::directory_iterator(sub, error)) {
        std::string relative = prefix + folder + "/" + entry.path().filename().string();
        if (!entry.is_regular_file() || role_of(relative) == FileRole::other) continue;
        Status added = add(entry.path(), relative);
        if (!added.is_ok()) return added;
      }
    }
  }
  std::string label = dir;
  while (label.size() > 1 && label.back() == '/') label.pop_back();
  return parse_framework(files, label);
}

}  // namespace rightscheck
