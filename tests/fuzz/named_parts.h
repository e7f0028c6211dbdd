// Several files in one fuzz input: a line "#> NAME" starts the file NAME,
// and the lines after it, up to the next such line, are its contents. Used
// by targets whose real input is a set of files (the parts of a DOCX, the
// files of a framework), so that mutations reach each file's text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rightscheck::fuzz {

using NamedPart = std::pair<std::string, std::string>;  // name, contents

// The parts of input. With a first_name, the lines before the first "#>"
// line are that part's contents; without one, they are dropped.
inline std::vector<NamedPart> split_named_parts(std::string_view input, std::string_view first_name = {}) {
  std::vector<NamedPart> parts;
  if (!first_name.empty()) parts.emplace_back(std::string(first_name), "");
  std::size_t at = 0;
  while (at < input.size()) {
    std::size_t end = input.find('\n', at);
    end = end == std::string_view::npos ? input.size() : end + 1;
    const std::string_view line = input.substr(at, end - at);
    if (line.substr(0, 3) == "#> ") {
      std::string_view name = line.substr(3);
      while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.remove_suffix(1);
      parts.emplace_back(std::string(name), "");
    } else if (!parts.empty()) {
      parts.back().second.append(line);
    }
    at = end;
  }
  return parts;
}

}  // namespace rightscheck::fuzz
