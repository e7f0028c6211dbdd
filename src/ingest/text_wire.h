// The message a parser child sends its parent: a reader's Result<Text>
// flattened into length-prefixed fields (see "Isolation" in
// docs/architecture.md).
//
// The child that writes a message has parsed hostile input and may be
// compromised, so decoding trusts nothing: every length is checked against
// the bytes left, every span against the text, every string for UTF-8, every
// enum value against its range. A message that fails any check is refused
// as a whole.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "rightscheck/status.h"
#include "rightscheck/text.h"

namespace rightscheck::ingest {

// The wire's integers: 8 bytes, little-endian. get_u64 reads the first 8
// bytes of bytes (missing bytes count as zero).
void put_u64(std::string& out, std::uint64_t value);
std::uint64_t get_u64(std::string_view bytes);

// The message for a reader's result. Text::sha256 is not sent: the parent,
// which holds the file's bytes, computes it.
std::string encode_result(const Result<Text>& result);

// The same message in three parts, head + text + tail, so that a long text
// is written from where it lies instead of being copied into a message
// first. text views the result's Text, which must outlive it.
struct WireMessage {
  std::string head;
  std::string_view text;
  std::string tail;
  std::size_t size() const { return head.size() + text.size() + tail.size(); }
};
WireMessage encode_result_parts(const Result<Text>& result);

// The result a well-formed message holds (an error Status names `name`), or
// nullopt when the message is malformed. The overload taking the message by
// value reuses its buffer for the text.
std::optional<Result<Text>> decode_result(std::string&& message, const std::string& name);
std::optional<Result<Text>> decode_result(std::string_view message, const std::string& name);

}  // namespace rightscheck::ingest
