// Fuzz target: text files in the encodings people actually send — UTF-16
// with and without a byte-order mark, Latin-1 and Windows-1252, invalid or
// truncated UTF-8, NULs, lone CRs — through format detection and the plain
// text and Markdown readers, and the charset conversion the HTML reader
// relies on for <meta charset>.
//
// The first byte chooses the file name (its extension breaks ties in
// detection) and the charset to convert from; the rest is the file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/readers.h"
#include "ingest/unicode.h"
#include "ingest_target.h"

namespace {

constexpr std::array<const char*, 4> kNames = {"law.txt", "law.md", "law", "law.xml"};
constexpr std::array<const char*, 8> kCharsets = {"utf-16", "utf-16le", "utf-16be", "iso-8859-1",
                                                  "windows-1252", "utf-8", "shift_jis", "x-unknown"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rightscheck;
  if (size == 0) return 0;
  const unsigned choice = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  const std::string name = kNames[choice % kNames.size()];
  // PDF and DOCX have targets of their own (and a parser process of their
  // own under ingest_bytes): only the text formats go through here.
  bool known = true;
  const SourceFormat format = detect_format(bytes, name, known);
  if (format != SourceFormat::pdf && format != SourceFormat::docx)
    fuzz::check_ingested(ingest_bytes(bytes, name, fuzz::fuzz_limits()));

  // A .txt is taken byte for byte or refused: never repaired.
  Result<Text> plain = ingest::read_plain_text(bytes, name, SourceFormat::plain_text);
  if (plain.is_ok()) fuzz::require(plain->utf8 == bytes, "plain text changed on the way in");

  const bool valid = ingest::is_valid_utf8(bytes);
  fuzz::require(valid == fuzz::well_formed_utf8(bytes), "is_valid_utf8 disagrees with the reference check");
  if (valid) fuzz::require(fuzz::well_formed_utf8(ingest::to_nfc(bytes)), "NFC output is not UTF-8");

  std::string converted;
  if (ingest::convert_to_utf8(bytes, kCharsets[(choice / kNames.size()) % kCharsets.size()], converted)) {
    fuzz::require(fuzz::well_formed_utf8(converted), "converted text is not UTF-8");
  }
  return 0;
}
