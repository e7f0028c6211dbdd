// Byte offsets to line and column, for listings and SARIF.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace rightscheck {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // 1-based line of offset.
  std::size_t line(std::size_t offset) const;
  // 1-based column of offset, counted in Unicode code points.
  std::size_t column(std::size_t offset) const;
  // The text of the line holding offset, without its line break.
  std::string_view line_text(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace rightscheck
