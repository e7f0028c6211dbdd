// The fixed parts of the HTML report: its stylesheet and its one small
// script. Both are inlined into every page; the page fetches nothing.
#pragma once

#include <string>
#include <string_view>

namespace rightscheck {

// Screen, narrow-screen and print styles. WCAG 2.1 AA contrast throughout.
std::string_view html_stylesheet();

// Wires the filter checkboxes: hides the explanations and links of the
// findings filtered out, un-highlights evidence no shown finding covers, and
// announces how many findings are shown. The page is complete without it.
std::string_view html_filter_script();

// "'sha256-…'": the Content-Security-Policy source that allows exactly
// html_filter_script() and no other script.
const std::string& html_script_hash_source();

}  // namespace rightscheck
