// Encoding: "RCW1", then 'T' and a Text or 'E' and a Status. Integers are
// 8-byte little-endian, strings a length then their bytes. Both ends are
// the same binary on the same machine, but the byte order is fixed anyway
// so that a message is a plain, testable byte string.
#include "ingest/text_wire.h"

#include <cstdint>
#include <limits>

#include "ingest/unicode.h"

namespace rightscheck::ingest {

void put_u64(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::uint64_t get_u64(std::string_view bytes) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < 8 && i < bytes.size(); ++i)
    value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
  return value;
}

namespace {

constexpr std::string_view kMagic = "RCW1";

void put_string(std::string& out, std::string_view value) {
  put_u64(out, value.size());
  out.append(value);
}

// Reads fields off the front of a message; any read past the end makes
// the reader fail, and a failed reader returns zeros and empty strings.
class FieldReader {
 public:
  explicit FieldReader(std::string_view message) : rest_(message) {}

  bool ok() const { return ok_; }
  bool at_end() const { return rest_.empty(); }

  std::uint64_t u64() {
    if (!ok_ || rest_.size() < 8) return fail(), 0;
    const std::uint64_t value = get_u64(rest_);
    rest_.remove_prefix(8);
    return value;
  }

  char byte() {
    if (!ok_ || rest_.empty()) return fail(), '\0';
    const char value = rest_.front();
    rest_.remove_prefix(1);
    return value;
  }

  bool literal(std::string_view expected) {
    if (!ok_ || rest_.substr(0, expected.size()) != expected) return fail(), false;
    rest_.remove_prefix(expected.size());
    return true;
  }

  // A string that must be valid UTF-8, as a view into the message.
  std::string_view text_view() {
    const std::uint64_t size = u64();
    if (!ok_ || size > rest_.size()) return fail(), std::string_view();
    std::string_view value = rest_.substr(0, size);
    rest_.remove_prefix(size);
    if (!is_valid_utf8(value)) return fail(), std::string_view();
    return value;
  }
  std::string text() { return std::string(text_view()); }

  // A count of records of at least min_record_bytes each: bounded by what
  // is left, so a hostile count cannot make the parent reserve memory.
  std::uint64_t count(std::size_t min_record_bytes) {
    const std::uint64_t value = u64();
    if (value > rest_.size() / min_record_bytes) return fail(), 0;
    return value;
  }

 private:
  void fail() { ok_ = false; }

  std::string_view rest_;
  bool ok_ = true;
};

bool valid_span(std::uint64_t start, std::uint64_t end, std::size_t size) {
  return start <= end && end <= size;
}

}  // namespace

WireMessage encode_result_parts(const Result<Text>& result) {
  WireMessage message;
  message.head = std::string(kMagic);
  if (!result.is_ok()) {
    message.head += 'E';
    put_u64(message.head, static_cast<std::uint64_t>(result.status().code()));
    put_string(message.head, result.status().reason());
    return message;
  }
  const Text& text = result.value();
  message.head += 'T';
  put_u64(message.head, static_cast<std::uint64_t>(text.format));
  put_u64(message.head, text.utf8.size());
  message.text = text.utf8;
  std::string& out = message.tail;
  put_string(out, text.title);
  put_u64(out, text.pages.size());
  for (const PageSpan& page : text.pages) {
    put_u64(out, static_cast<std::uint64_t>(page.number));
    put_u64(out, page.start);
    put_u64(out, page.end);
  }
  put_u64(out, text.hints.size());
  for (const StructureHint& hint : text.hints) {
    put_string(out, hint.unit);
    put_string(out, hint.number);
    put_string(out, hint.heading);
    put_u64(out, hint.start);
    put_u64(out, hint.end);
    put_u64(out, static_cast<std::uint64_t>(static_cast<std::int64_t>(hint.parent)));
  }
  return message;
}

std::string encode_result(const Result<Text>& result) {
  WireMessage parts = encode_result_parts(result);
  std::string out;
  out.reserve(parts.size());
  out.append(parts.head).append(parts.text).append(parts.tail);
  return out;
}

std::optional<Result<Text>> decode_result(std::string&& message, const std::string& name) {
  FieldReader in(message);
  in.literal(kMagic);
  const char tag = in.byte();
  if (!in.ok()) return std::nullopt;

  if (tag == 'E') {
    const std::uint64_t code = in.u64();
    std::string reason = in.text();
    const bool known_error = code > static_cast<std::uint64_t>(Status::Code::ok) &&
                             code <= static_cast<std::uint64_t>(Status::Code::usage);
    if (!in.ok() || !in.at_end() || !known_error || reason.empty() ||
        reason.find('\n') != std::string::npos)
      return std::nullopt;
    return Result<Text>(Status::error(static_cast<Status::Code>(code), name, std::move(reason)));
  }
  if (tag != 'T') return std::nullopt;

  Text text;
  const std::uint64_t format = in.u64();
  if (format > static_cast<std::uint64_t>(SourceFormat::akoma_ntoso)) return std::nullopt;
  text.format = static_cast<SourceFormat>(format);
  const std::string_view utf8 = in.text_view();
  const std::size_t text_size = utf8.size();
  const std::size_t text_at = static_cast<std::size_t>(utf8.data() - message.data());
  text.title = in.text();
  const std::uint64_t pages = in.count(24);
  for (std::uint64_t i = 0; i < pages && in.ok(); ++i) {
    PageSpan page;
    const std::uint64_t number = in.u64();
    page.start = in.u64();
    page.end = in.u64();
    if (number == 0 || number > static_cast<std::uint64_t>(std::numeric_limits<int>::max()) ||
        !valid_span(page.start, page.end, text_size))
      return std::nullopt;
    page.number = static_cast<int>(number);
    text.pages.push_back(page);
  }
  const std::uint64_t hints = in.count(48);
  for (std::uint64_t i = 0; i < hints && in.ok(); ++i) {
    StructureHint hint;
    hint.unit = in.text();
    hint.number = in.text();
    hint.heading = in.text();
    hint.start = in.u64();
    hint.end = in.u64();
    const auto parent = static_cast<std::int64_t>(in.u64());
    if (!valid_span(hint.start, hint.end, text_size) || parent < -1 || parent >= static_cast<std::int64_t>(i))
      return std::nullopt;
    hint.parent = static_cast<int>(parent);
    text.hints.push_back(std::move(hint));
  }
  if (!in.ok() || !in.at_end()) return std::nullopt;
  // The text takes over the message's buffer: a long text is moved into
  // place, not copied into freshly allocated memory.
  text.utf8 = std::move(message);
  text.utf8.erase(0, text_at);
  text.utf8.resize(text_size);
  return Result<Text>(std::move(text));
}

std::optional<Result<Text>> decode_result(std::string_view message, const std::string& name) {
  return decode_result(std::string(message), name);
}

}  // namespace rightscheck::ingest
