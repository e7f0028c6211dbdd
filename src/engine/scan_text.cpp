// Folding a document's text for matching, and mapping offsets back.
#include "engine/scan_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace rightscheck {
namespace {

bool is_ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_wide_space(UChar32 c) {
  return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_apostrophe(UChar32 c) { return c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x2032; }

// The folded form of one code point outside ASCII, or "" when it stays as
// written. Decomposed with NFD and stripped of combining marks; the
// ligatures NFD keeps whole are spelt out.
std::string fold_code_point_uncached(UChar32 c) {
  switch (c) {
    case 0x0152: return "OE";
    case 0x0153: return "oe";
    case 0x00C6: return "AE";
    case 0x00E6: return "ae";
    case 0x00DF: return "ss";
    default: break;
  }
  if (is_apostrophe(c)) return "'";
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr) return {};
  icu::UnicodeString decomposed;
  if (!nfd->getDecomposition(c, decomposed)) return {};
  icu::UnicodeString base;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 part = decomposed.char32At(i);
    if (u_charType(part) != U_NON_SPACING_MARK) base.append(part);
    i += U16_LENGTH(part);
  }
  if (base.isEmpty()) return {};
  std::string out;
  base.toUTF8String(out);
  return out;
}

// Folding is asked for the same few letters again and again (é, à, ñ).
const std::string& fold_code_point(UChar32 c) {
  static std::mutex mutex;
  static std::unordered_map<UChar32, std::string> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(c);
  if (it == cache.end()) it = cache.emplace(c, fold_code_point_uncached(c)).first;
  return it->second;
}

}  // namespace

ScanText::ScanText(std::string_view original) : original_(original) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const std::size_t size = original.size();
  folded_.reserve(size);
  bool changed = false;
  std::size_t i = 0;
  auto record = [&](std::size_t from, std::size_t original_length, std::size_t folded_at) {
    std::size_t folded_length = folded_.size() - folded_at;
    if (folded_length != original_length) edits_.push_back({folded_at, folded_length, from, original_length});
  };
  while (i < size) {
    unsigned char c = bytes[i];
    if (c < 0x80 && !is_ascii_space(c)) {
      folded_ += static_cast<char>(c);
      ++i;
      continue;
    }
    // A run of white space, ASCII or not, becomes one space.
    std::size_t run = i;
    while (run < size) {
      if (is_ascii_space(bytes[run])) {
        ++run;
        continue;
      }
      if (bytes[run] < 0x80) break;
      std::size_t next = run;
      UChar32 cp = 0;
      U8_NEXT(bytes, next, size, cp);
      if (cp < 0 || !is_wide_space(cp)) break;
      run = next;
    }
    if (run > i) {
      std::size_t at = folded_.size();
      folded_ += ' ';
      changed = changed || run - i != 1 || c != ' ';
      record(i, run - i, at);
      i = run;
      continue;
    }
    std::size_t next = i;
    UChar32 cp = 0;
    U8_NEXT(bytes, next, size, cp);
    const std::string& folded = cp < 0 ? std::string() : fold_code_point(cp);
    if (folded.empty()) {
      folded_.append(original.substr(i, next - i));
    } else {
      std::size_t at = folded_.size();
      folded_ += folded;
      changed = true;
      record(i, next - i, at);
    }
    i = next;
  }
  if (!changed) {
    folded_.clear();
    folded_.shrink_to_fit();
  }
}

const ScanText::Edit* ScanText::last_edit_before(std::size_t offset) const {
  auto it = std::upper_bound(edits_.begin(), edits_.end(), offset, [](std::size_t at, const Edit& e) { return at < e.at; });
  return it == edits_.begin() ? nullptr : &*(it - 1);
}

std::size_t ScanText::original_start(std::size_t offset) const {
  const Edit* edit = last_edit_before(offset);
  if (edit == nullptr) return offset;
  if (offset < edit->at + edit->folded_length) return edit->from;
  return edit->from + edit->original_length + (offset - edit->at - edit->folded_length);
}

std::size_t ScanText::original_end(std::size_t offset) const {
  if (offset == 0) return 0;
  const Edit* edit = last_edit_before(offset - 1);
  if (edit == nullptr) return offset;
  if (offset <= edit->at + edit->folded_length) return edit->from + edit->original_length;
  return edit->from + edit->original_length + (offset - edit->at - edit->folded_length);
}

std::string fold_accents(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (bytes[i] < 0x80) {
      out += text[i++];
      continue;
    }
    std::size_t next = i;
    UChar32 cp = 0;
    U8_NEXT(bytes, next, text.size(), cp);
    const std::string& folded = cp < 0 ? std::string() : fold_code_point(cp);
    if (folded.empty()) out.append(text.substr(i, next - i));
    else out += folded;
    i = next;
  }
  return out;
}

}  // namespace rightscheck
