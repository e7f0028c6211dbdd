#include "cli/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>

namespace rightscheck::cli {
namespace {

std::string where(const std::string& file, const YAML::Mark& mark) {
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

Status error_at(const std::string& file, const YAML::Node& node, const std::string& reason) {
  return Status::error(Status::Code::invalid_input, where(file, node.Mark()), reason);
}

bool parse_severity(const std::string& text, Severity& out) {
  if (text == "low") out = Severity::low;
  else if (text == "medium") out = Severity::medium;
  else if (text == "high") out = Severity::high;
  else return false;
  return true;
}

std::optional<Status> check_keys(const std::string& file, const YAML::Node& map,
                                 std::initializer_list<const char*> allowed, const char* what) {
  for (const auto& entry : map) {
    std::string key = entry.first.as<std::string>();
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; }))
      return error_at(file, entry.first, "unknown field '" + key + "' in " + what);
  }
  return std::nullopt;
}

Result<Config> parse(const std::string& file, const YAML::Node& root) {
  Config config;
  config.path = file;
  if (root.IsNull()) return config;
  if (!root.IsMap()) return error_at(file, root, "the configuration must be a map of settings");
  if (auto bad = check_keys(file, root, {"framework", "fail-on", "disable", "severity", "suppressions"},
                            "the configuration"))
    return *bad;
  if (root["framework"]) {
    std::filesystem::path dir = std::filesystem::path(file).parent_path();
    config.framework = (dir / root["framework"].as<std::string>()).lexically_normal().string();
  }
  if (root["fail-on"]) {
    if (!parse_fail_on(root["fail-on"].as<std::string>(), config.fail_on))
      return error_at(file, root["fail-on"], "fail-on must be none, low, medium or high");
    config.fail_on_set = true;
  }
  if (const YAML::Node disable = root["disable"]) {
    if (!disable.IsSequence()) return error_at(file, disable, "disable must be a list of indicator ids");
    for (const auto& id : disable) config.disabled.push_back(id.as<std::string>());
  }
  if (const YAML::Node severity = root["severity"]) {
    if (!severity.IsMap()) return error_at(file, severity, "severity must map indicator ids to low, medium or high");
    for (const auto& entry : severity) {
      Severity s;
      if (!parse_severity(entry.second.as<std::string>(), s))
        return error_at(file, entry.second, "severity must be low, medium or high");
      config.severity[entry.first.as<std::string>()] = s;
    }
  }
  if (const YAML::Node list = root["suppressions"]) {
    if (!list.IsSequence()) return error_at(file, list, "suppressions must be a list");
    for (const auto& entry : list) {
      if (!entry.IsMap()) return error_at(file, entry, "a suppression is a map with indicator, anchor, justification");
      if (auto bad = check_keys(file, entry, {"indicator", "anchor", "justification"}, "a suppression")) return *bad;
      Suppression s;
      s.where = where(file, entry.Mark());
      if (!entry["indicator"]) return error_at(file, entry, "a suppression needs an indicator");
      s.indicator = entry["indicator"].as<std::string>();
      if (entry["anchor"]) s.anchor = entry["anchor"].as<std::string>();
      if (entry["justification"]) s.justification = entry["justification"].as<std::string>();
      if (s.justification.empty())
        return error_at(file, entry, "a suppression needs a justification: say why the finding does not apply");
      config.suppressions.push_back(std::move(s));
    }
  }
  return config;
}

// Whether provision p or one of its ancestors has the anchor.
bool within(const Document& doc, int p, const std::string& anchor) {
  for (; p >= 0; p = doc.provisions[p].parent)
    if (doc.provisions[p].anchor == anchor) return true;
  return false;
}

}  // namespace

bool parse_fail_on(const std::string& text, std::optional<Severity>& out) {
  if (text == "none") {
    out.reset();
    return true;
  }
  Severity s;
  if (!parse_severity(text, s)) return false;
  out = s;
  return true;
}

Result<Config> load_config(const std::string& path) {
  try {
    return parse(path, YAML::LoadFile(path));
  } catch (const YAML::BadFile&) {
    return Status::error(Status::Code::not_found, path, "cannot read the configuration file");
  } catch (const YAML::Exception& e) {
    return Status::error(Status::Code::invalid_input, where(path, e.mark), e.msg);
  }
}

std::string find_config(const std::string& document) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(document, ec).parent_path();
  if (ec) return "";
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    std::filesystem::path candidate = dir / ".rightscheck.yaml";
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return "";
}

void apply_config(Config& config, Assessment& assessment, DocumentReport& report) {
  const Document& doc = *assessment.document;
  std::vector<Finding> kept;
  for (Finding& f : assessment.findings) {
    if (std::find(config.disabled.begin(), config.disabled.end(), f.indicator) != config.disabled.end()) continue;
    auto severity = config.severity.find(f.indicator);
    if (severity != config.severity.end()) f.severity = severity->second;
    Suppression* match = nullptr;
    for (Suppression& s : config.suppressions) {
      if (s.indicator != f.indicator) continue;
      if (!s.anchor.empty() && (f.provision < 0 || !within(doc, f.provision, s.anchor))) continue;
      match = &s;
      break;
    }
    if (match) {
      ++match->matched;
      report.suppressed.push_back({f, match->justification});
      continue;
    }
    kept.push_back(std::move(f));
  }
  assessment.findings = std::move(kept);
}

}  // namespace rightscheck::cli
