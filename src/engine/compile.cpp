// compile(): a Framework becomes a CompiledProgram — term sets expanded and
// compiled into one pattern database, detection rules into condition trees,
// indicator references into indices.
#include <algorithm>
#include <map>
#include <set>

#include "engine/precompiled_patterns.h"
#include "engine/program.h"
#include "rightscheck/engine.h"

namespace rightscheck {
namespace {

// Where a term set came from, for resolving "$name" and for messages.
struct TermSetSource {
  const TermSet* set = nullptr;
  std::string owner;  // indicator id, or "" for a shared set
};

class TermSetBuilder {
 public:
  explicit TermSetBuilder(const Framework& framework) {
    for (const TermSet& set : framework.term_sets) add(set, "");
    for (const Indicator& indicator : framework.indicators) {
      for (const TermSet& set : indicator.term_sets) add(set, indicator.id);
    }
  }

  // Expands every set and assigns pattern ids to distinct expressions.
  Status build(CompiledProgram& program) {
    program.term_sets.resize(sources_.size());
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      program.term_sets[i].name = key_of(sources_[i]);
      std::set<std::uint32_t> patterns;
      std::vector<int> path;
      Status expanded = expand(static_cast<int>(i), path, patterns);
      if (!expanded.is_ok()) return expanded;
      program.term_sets[i].patterns.assign(patterns.begin(), patterns.end());
    }
    program.sets_of_pattern.assign(expressions_.size(), {});
    for (std::size_t s = 0; s < program.term_sets.size(); ++s) {
      for (std::uint32_t p : program.term_sets[s].patterns) program.sets_of_pattern[p].push_back(static_cast<int>(s));
    }
    return Status::ok();
  }

  const std::vector<std::string>& expressions() const { return expressions_; }

  // The patterns of each language, in the framework's order of languages
  // (then any other language a term names), ids ascending.
  std::vector<LanguagePatterns> by_language(const Framework& framework) const {
    std::vector<LanguagePatterns> groups;
    auto group_of = [&](const std::string& language) -> LanguagePatterns& {
      for (LanguagePatterns& g : groups) {
        if (g.language == language) return g;
      }
      groups.push_back({language, {}, {}});
      return groups.back();
    };
    for (const std::string& language : framework.languages) group_of(language);
    for (std::size_t i = 0; i < expressions_.size(); ++i) {
      LanguagePatterns& group = group_of(languages_[i]);
      group.expressions.push_back(expressions_[i]);
      group.ids.push_back(static_cast<std::uint32_t>(i));
    }
    return groups;
  }

  // The first place a pattern was written, for compile errors.
  Status pattern_error(int pattern, const std::string& reason) const {
    if (pattern < 0 || pattern >= static_cast<int>(origins_.size())) {
      return rule_error(SourceLocation{}, "cannot compile the term patterns: " + reason);
    }
    const auto& [source, term] = origins_[pattern];
    std::string owner = source->owner.empty() ? "shared term set '" + source->set->name + "'"
                                              : "term set '" + source->set->name + "' of indicator " + source->owner;
    return rule_error(term->location, "bad pattern '" + term->pattern + "' in " + owner + ": " + reason);
  }

  // Name resolution for one indicator: its own sets, then shared ones.
  int find(const std::string& owner, const std::string& name) const {
    if (auto it = index_.find(owner + "/" + name); it != index_.end()) return it->second;
    if (auto it = index_.find("/" + name); it != index_.end()) return it->second;
    return -1;
  }

 private:
  static std::string key_of(const TermSetSource& source) { return source.owner + "/" + source.set->name; }

  void add(const TermSet& set, const std::string& owner) {
    index_.emplace(owner + "/" + set.name, static_cast<int>(sources_.size()));
    sources_.push_back({&set, owner});
  }

  Status expand(int index, std::vector<int>& path, std::set<std::uint32_t>& patterns) {
    const TermSetSource& source = sources_[index];
    if (std::find(path.begin(), path.end(), index) != path.end()) {
      return rule_error(source.set->location, "term set '" + source.set->name + "' includes itself");
    }
    path.push_back(index);
    for (const Term& term : source.set->terms) {
      if (!term.pattern.empty() && term.pattern.front() == '$' && is_whole_reference(term.pattern)) {
        int included = find(source.owner, term.pattern.substr(1));
        if (included < 0) return unknown_set(term, term.pattern.substr(1), source);
        Status expanded = expand(included, path, patterns);
        if (!expanded.is_ok()) return expanded;
        continue;
      }
      Result<std::string> inlined = inline_references(term, source, path);
      if (!inlined.is_ok()) return inlined.status();
      std::string expression = PatternSet::expression_for(inlined.value());
      auto [it, inserted] =
          pattern_ids_.emplace(term.language + "\n" + expression, static_cast<std::uint32_t>(expressions_.size()));
      if (inserted) {
        expressions_.push_back(expression);
        languages_.push_back(term.language);
        origins_.emplace_back(&source, &term);
      }
      patterns.insert(it->second);
    }
    path.pop_back();
    return Status::ok();
  }

  static bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

  static bool is_whole_reference(const std::string& pattern) {
    return pattern.size() > 1 && std::all_of(pattern.begin() + 1, pattern.end(), [](char c) { return is_name_char(c) || c == ' '; });
  }

  Status unknown_set(const Term& term, const std::string& name, const TermSetSource& source) const {
    return rule_error(term.location, "unknown term set '" + name + "' included in '" + source.set->name + "'");
  }

  // "order issued by $judge": each "$name" inside a term becomes a group of
  // the alternatives of that set, so phrases can be built from shared sets.
  Result<std::string> inline_references(const Term& term, const TermSetSource& source, std::vector<int>& path) const {
    std::string out;
    const std::string& pattern = term.pattern;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      bool escaped = i > 0 && pattern[i - 1] == '\\';
      if (pattern[i] != '$' || escaped || i + 1 >= pattern.size() || !(pattern[i + 1] >= 'a' && pattern[i + 1] <= 'z')) {
        out += pattern[i];
        continue;
      }
      std::size_t end = i + 1;
      while (end < pattern.size() && is_name_char(pattern[end])) ++end;
      std::string name = pattern.substr(i + 1, end - i - 1);
      int included = find(source.owner, name);
      if (included < 0) return unknown_set(term, name, source);
      if (std::find(path.begin(), path.end(), included) != path.end()) {
        return rule_error(term.location, "term set '" + name + "' includes itself");
      }
      path.push_back(included);
      std::string group = "(?:";
      const TermSetSource& inner = sources_[included];
      bool first = true;
      for (const Term& alternative : inner.set->terms) {
        // Words of the term's own language only; a whole "$x" alternative
        // is inlined like any other reference.
        if (alternative.language != term.language) continue;
        Term in_language = alternative;
        Result<std::string> piece = inline_references(in_language, inner, path);
        if (!piece.is_ok()) return piece;
        group += (first ? "" : "|") + piece.value();
        first = false;
      }
      path.pop_back();
      if (first) {
        return rule_error(term.location, "term set '" + name + "' has no terms in language " + term.language +
                                             " to include in '" + source.set->name + "'");
      }
      out += group + ")";
      i = end - 1;
    }
    return out;
  }

  std::vector<TermSetSource> sources_;
  std::map<std::string, int> index_;
  std::map<std::string, std::uint32_t> pattern_ids_;
  std::vector<std::string> expressions_;
  std::vector<std::string> languages_;  // of each expression
  std::vector<std::pair<const TermSetSource*, const Term*>> origins_;
};

class IndicatorTermScope final : public TermSetScope {
 public:
  IndicatorTermScope(const TermSetBuilder& builder, std::string owner) : builder_(builder), owner_(std::move(owner)) {}
  int find(const std::string& name) const override { return builder_.find(owner_, name); }

 private:
  const TermSetBuilder& builder_;
  std::string owner_;
};

}  // namespace

Result<CompiledFramework> compile(const Framework& source) {
  auto program = std::make_shared<CompiledProgram>();
  program->framework = source;
  const Framework& framework = program->framework;  // term pointers below point into this copy

  TermSetBuilder terms(framework);
  Status expanded = terms.build(*program);
  if (!expanded.is_ok()) return expanded;
  program->pattern_count = terms.expressions().size();
  program->base_language = framework.base_language();
  for (const LanguagePatterns& group : terms.by_language(framework)) {
    auto database = std::make_unique<LanguageDatabase>();
    database->language = group.language;
    // A database serialized at build time stands in when it was compiled
    // from exactly these expressions (engine/precompiled_patterns.h); it is
    // read on first use. Any other is compiled now, so errors show now.
    if (!has_precompiled_pattern_set(group)) {
      PatternError pattern_error;
      database->patterns = PatternSet::compile(group.expressions, pattern_error, false, group.ids);
      if (!database->patterns) {
        int pattern = pattern_error.pattern >= 0 ? static_cast<int>(group.ids[pattern_error.pattern]) : -1;
        return terms.pattern_error(pattern, pattern_error.reason);
      }
      std::call_once(database->loaded, [] {});
    } else {
      database->source = group;
    }
    program->databases.push_back(std::move(database));
  }

  for (std::size_t i = 0; i < framework.indicators.size(); ++i) {
    program->indicator_by_id.emplace(framework.indicators[i].id, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < framework.indicators.size(); ++i) {
    const Indicator& indicator = framework.indicators[i];
    CompiledIndicator compiled;
    compiled.index = static_cast<int>(i);
    if (indicator.detect) {
      IndicatorTermScope scope(terms, indicator.id);
      ConditionCompiler compiler(scope, indicator.id);
      Result<ConditionPtr> detect = compiler.compile(*indicator.detect);
      if (!detect.is_ok()) return detect.status();
      if (!detect.value()->yields_evidence()) {
        return rule_error(indicator.detect->location, "detect of " + indicator.id +
                                                          " can hold without evidence; add a match, near or modality "
                                                          "that quotes the text");
      }
      compiled.detect = std::move(detect).value();
      compiled.triggers = compiled.detect->triggers();
    }
    // References were checked by the loader; a Framework built in code may
    // still name unknown ids, so check again rather than trust.
    auto resolve = [&](const std::vector<std::string>& ids, std::vector<int>& out) -> Status {
      for (const std::string& id : ids) {
        auto it = program->indicator_by_id.find(id);
        if (it == program->indicator_by_id.end()) return rule_error(indicator.location, indicator.id + " names unknown indicator '" + id + "'");
        out.push_back(it->second);
      }
      return Status::ok();
    };
    for (auto [ids, out] : {std::pair{&indicator.lowered_by, &compiled.lowered_by},
                            std::pair{&indicator.when_any, &compiled.when_any},
                            std::pair{&indicator.unless_any, &compiled.unless_any}}) {
      Status resolved = resolve(*ids, *out);
      if (!resolved.is_ok()) return resolved;
    }
    if (indicator.kind != IndicatorKind::gap && !compiled.detect) {
      return rule_error(indicator.location, indicator.id + " has no detect rule");
    }
    program->indicators.push_back(std::move(compiled));
  }
  return CompiledFramework(std::move(program));
}

Result<std::vector<LanguagePatterns>> pattern_expressions(const Framework& framework) {
  TermSetBuilder terms(framework);
  CompiledProgram program;
  Status expanded = terms.build(program);
  if (!expanded.is_ok()) return expanded;
  return terms.by_language(framework);
}

Result<CompiledFramework> load_and_compile(const std::string& dir) {
  Result<Framework> framework = load_framework(dir);
  if (!framework.is_ok()) return framework.status();
  return compile(framework.value());
}

CompiledFramework::CompiledFramework(std::shared_ptr<const CompiledProgram> program) : program_(std::move(program)) {}

const Framework& CompiledFramework::framework() const { return program_->framework; }

const Indicator* CompiledFramework::find_indicator(std::string_view id) const {
  return program_->framework.find_indicator(id);
}

std::size_t CompiledFramework::pattern_count() const { return program_->pattern_count; }

const PatternSet& CompiledProgram::patterns_for(std::string_view language) const {
  for (const auto& database : databases) {
    if (database->language == language) return database->get();
  }
  for (const auto& database : databases) {
    if (database->language == base_language) return database->get();
  }
  return databases.front()->get();
}

const PatternSet& LanguageDatabase::get() const {
  std::call_once(loaded, [this] {
    patterns = precompiled_pattern_set(source);
    if (!patterns) {
      // Checked at compile(); only a database Vectorscan refuses on this CPU
      // gets here. Compile it instead (the same expressions compiled before).
      PatternError error;
      patterns = PatternSet::compile(source.expressions, error, false, source.ids);
    }
  });
  return *patterns;
}

}  // namespace rightscheck
