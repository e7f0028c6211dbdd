// Provisions from structure the source states itself (Akoma Ntoso).
#pragma once

#include <string_view>
#include <vector>

#include "rightscheck/document.h"

namespace rightscheck::structure {

// One provision per hint, anchors built the way the segmenter builds them
// ("s. 12(3)(a)", "Art. 4(2)").
std::vector<Provision> provisions_from_hints(const std::vector<StructureHint>& hints, std::string_view text);

}  // namespace rightscheck::structure
