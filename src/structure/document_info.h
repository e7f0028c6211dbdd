// Facts about a whole document read from its text: title, kind, language.
#pragma once

#include <string>
#include <string_view>

#include "rightscheck/document.h"

namespace rightscheck::structure {

// The title as printed near the top ("THE CYBERCRIMES ACT, 2025"), with its
// line breaks joined; empty when none is found.
std::string guess_title(std::string_view text);

// statute, strategy, treaty or other, from the title and the opening text.
DocumentKind guess_kind(const std::string& title, std::string_view text);

// "en", "fr", "es" from the frequency of common function words; "und" when
// the text is too short or none dominates.
std::string detect_language(std::string_view text);

// The language of a stretch only when its words leave no doubt (30 words or
// more, three times the votes of any other language); "und" otherwise.
std::string detect_language_clearly(std::string_view text);

// Sets Provision::language for the provisions written in another language
// than the document (a bilingual statute, a quoted foreign text); a
// provision too short to tell takes its parent's.
void mark_provision_languages(Document& doc);

}  // namespace rightscheck::structure
