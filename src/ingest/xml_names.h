// Namespace-agnostic access to XML names for the pugixml-based readers
// (DOCX, Akoma Ntoso). Both formats are matched on local names: the prefix a
// producer chose ("w:", "akn:", none) carries no meaning for us.
#pragma once

#include <pugixml.hpp>

#include <initializer_list>
#include <string_view>

namespace rightscheck::ingest {

// "w:p" -> "p"; "p" -> "p".
inline std::string_view local_name(std::string_view qualified) {
  const std::size_t colon = qualified.rfind(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

inline std::string_view local_name(const pugi::xml_node& node) { return local_name(node.name()); }

// The first attribute with the given local name, or an empty attribute.
inline pugi::xml_attribute attribute_named(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute attribute : node.attributes())
    if (local_name(attribute.name()) == local) return attribute;
  return {};
}

// The first element child with the given local name, or an empty node.
inline pugi::xml_node child_named(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node child : node.children())
    if (child.type() == pugi::node_element && local_name(child) == local) return child;
  return {};
}

// Whether name is one of names (element local names).
inline bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view candidate : names)
    if (name == candidate) return true;
  return false;
}

}  // namespace rightscheck::ingest
