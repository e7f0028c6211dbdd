// Placeholder: paragraphs only, replaced by the real segmenter.
#include "rightscheck/document.h"

namespace rightscheck {

Document analyse(Text text, std::string path) {
  Document doc;
  doc.path = std::move(path);
  doc.sha256 = text.sha256;
  doc.language = "und";
  doc.text = std::move(text);
  return doc;
}

}  // namespace rightscheck
