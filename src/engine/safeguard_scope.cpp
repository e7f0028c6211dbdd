// Deciding which safeguards govern which risks.
#include "engine/safeguard_scope.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "engine/provision_scope.h"
#include "engine/sentences.h"

namespace rightscheck {
namespace {

// The reach a safeguard claims in its own words: "any power under this
// Part" reaches the Part; "under this Act", the document.
struct ClaimedReach {
  bool document = false;
  std::vector<std::string> groups;  // unit names: "part", "chapter"...
};

// Words that point at the instrument itself ("this Act", "la présente loi",
// "esta ley") or at a group of provisions ("this Part", "le présent
// chapitre", "el presente título"), the latter by the unit name the
// segmenter gives (structure/unit_lines.cpp).
bool names_this(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kThis = {"this",  "presente", "present", "presentes", "presents",
                                                            "esta",  "este",     "estas",   "estos",     "dicha"};
  return std::find(kThis.begin(), kThis.end(), word) != kThis.end();
}

bool names_whole_instrument(std::string_view word) {
  static constexpr std::array<std::string_view, 28> kWholeInstrument = {
      "act",  "law",      "bill",     "code",       "ordinance", "proclamation", "decree",     "regulations",
      "statute", "convention", "treaty", "strategy", "instrument", "directive", "loi",        "decret",
      "ordonnance", "reglement", "traite", "strategie", "ley",      "codigo",     "decreto",   "reglamento",
      "convenio", "tratado",  "estrategia", "norma"};
  return std::find(kWholeInstrument.begin(), kWholeInstrument.end(), word) != kWholeInstrument.end();
}

// The unit name of a group of provisions, or "" when word names none.
std::string_view group_unit(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kGroups = {{
      {"part", "part"}, {"chapter", "chapter"}, {"title", "title"}, {"division", "division"}, {"subpart", "subpart"},
      {"partie", "part"}, {"chapitre", "chapter"}, {"titre", "title"}, {"livre", "book"}, {"parte", "part"},
      {"capitulo", "chapter"}, {"titulo", "title"}, {"libro", "book"}, {"seccion", "section"}, {"section", "section"}}};
  for (const auto& [said, unit] : kGroups) {
    if (said == word) return unit;
  }
  return {};
}

ClaimedReach claimed_reach(const Document& document, const Detection& safeguard) {
  const std::string& text = document.text.utf8;
  Evidence bound{0, text.size()};
  if (safeguard.provision >= 0 && safeguard.provision < static_cast<int>(document.provisions.size())) {
    const Provision& p = document.provisions[safeguard.provision];
    bound = {std::min(p.start, text.size()), std::min(p.end, text.size())};
  }
  ClaimedReach reach;
  for (const Evidence& evidence : safeguard.evidence) {
    std::vector<Word> words = words_in(text, sentence_around(text, bound, evidence.start));
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (!names_this(words[i].lower)) continue;
      const std::string& unit = words[i + 1].lower;
      if (names_whole_instrument(unit)) {
        reach.document = true;
      } else if (std::string_view group = group_unit(unit); !group.empty()) {
        reach.groups.emplace_back(group);
      }
    }
  }
  return reach;
}

bool is_within(const Document& document, int p, int ancestor) {
  const int count = static_cast<int>(document.provisions.size());
  for (int steps = 0; steps <= count && p >= 0 && p < count; ++steps, p = document.provisions[p].parent) {
    if (p == ancestor) return true;
  }
  return false;
}

// governs() with the safeguard's claimed reach already read.
bool governs_with(const Document& document, const Detection& safeguard, const ClaimedReach& reach,
                  const Detection& risk) {
  if (document.provisions.empty()) return true;
  if (reach.document) return true;
  if (risk.provision < 0) return false;
  if (safeguard.provision == risk.provision) return true;
  int section = section_of(document, risk.provision);
  if (section >= 0 && section == section_of(document, safeguard.provision)) return true;
  for (const std::string& unit : reach.groups) {
    int group = ancestor_of_unit(document, safeguard.provision, unit);
    if (group >= 0 && is_within(document, risk.provision, group)) return true;
  }
  return false;
}

}  // namespace

bool governs(const Document& document, const Detection& safeguard, const Detection& risk) {
  if (document.provisions.empty()) return true;
  return governs_with(document, safeguard, claimed_reach(document, safeguard), risk);
}

void apply_safeguards(const Document& document, const CompiledProgram& program, std::vector<Detection>& detections) {
  // A safeguard's claimed reach reads the sentence around its evidence;
  // read it once per safeguard, not once per (risk, safeguard) pair, which
  // was quadratic on long documents.
  std::vector<std::optional<ClaimedReach>> reaches(detections.size());
  auto reach_of = [&](std::size_t s) -> const ClaimedReach& {
    if (!reaches[s]) reaches[s] = document.provisions.empty() ? ClaimedReach{} : claimed_reach(document, detections[s]);
    return *reaches[s];
  };
  for (Detection& risk : detections) {
    const CompiledIndicator& compiled = program.indicators[risk.indicator];
    if (compiled.lowered_by.empty()) continue;
    for (std::size_t s = 0; s < detections.size(); ++s) {
      const Detection& safeguard = detections[s];
      bool listed = std::find(compiled.lowered_by.begin(), compiled.lowered_by.end(), safeguard.indicator) !=
                    compiled.lowered_by.end();
      if (!listed || !governs_with(document, safeguard, reach_of(s), risk)) continue;
      if (std::find(risk.governed_by.begin(), risk.governed_by.end(), safeguard.indicator) == risk.governed_by.end()) {
        risk.governed_by.push_back(safeguard.indicator);
      }
    }
    if (risk.governed_by.empty()) continue;
    if (program.indicator(risk.indicator).effect == SafeguardEffect::remove) {
      risk.removed = true;
    } else if (risk.severity == Severity::high) {
      risk.severity = Severity::medium;
    } else {
      risk.severity = Severity::low;
    }
  }
}

}  // namespace rightscheck
