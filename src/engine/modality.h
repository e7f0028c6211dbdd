// The modality classifier: is a clause a power, a duty or a limit on power?
//
// Legal meaning turns on the governing modal verb: "the Authority may order"
// grants a power, "a provider shall retain" imposes a duty, "no provider
// shall be required to" and "nothing in this Act authorises" limit power. A
// limit with an exception ("shall not ... unless a judge ...") is a power
// granted on a condition. The classifier finds the modal cues of a sentence,
// picks the one that governs a target span, and reads its negation.
//
// Pure functions; thread-safe.
#pragma once

#include <string_view>

#include "rightscheck/engine.h"

namespace rightscheck {

enum class Modality { none, power, duty, limit };

// "none", "power", "duty", "limit".
const char* modality_name(Modality modality);

struct ModalReading {
  Modality modality = Modality::none;
  // The power or duty holds only on a condition: "shall not ... unless",
  // "may only ... if", "subject to", "provided that".
  bool conditioned = false;
  Evidence cue;  // the words of the governing cue; empty when none
};

// Reads the modality governing target (a span inside sentence) within
// text[sentence]. The governing cue is the nearest one before the target in
// its clause (clauses split at ';'), else the nearest after it in the clause
// (passive: "the key shall be disclosed"), else the nearest before it in the
// sentence (a list introduced by "may—"), else the nearest after it.
// language: "en", "fr" or "es" (others read as English). statute: the text
// is a law, where French and Spanish state duties in the indicative, so a
// sentence with no modal word reads as a duty (negated: a limit).
ModalReading read_modality(std::string_view text, Evidence sentence, Evidence target, std::string_view language = "en",
                           bool statute = false);

}  // namespace rightscheck
