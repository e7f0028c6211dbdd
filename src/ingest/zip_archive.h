// ZipArchive: reads entries of a ZIP held in memory (a DOCX package) with a
// budget on the bytes inflated.
//
// The sizes in a ZIP's directory are written by whoever made the file, so
// they are not trusted: read() counts the bytes as they are inflated and
// stops as soon as the archive's total would pass the budget. One budget
// covers every entry read from the archive. The bytes given to open() must
// outlive the archive.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace rightscheck::ingest {

class ZipArchive {
 public:
  enum class ReadOutcome {
    ok,
    missing,       // no entry of that name
    over_budget,   // inflating it would pass the budget
    damaged,       // bad compressed data, CRC mismatch, encrypted entry ...
  };

  // Opens the archive; on failure returns nullptr and sets error to
  // libzip's one-line description.
  static std::unique_ptr<ZipArchive> open(std::string_view bytes, std::uint64_t budget, std::string& error);

  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Reads the whole entry into out. On damaged, error says why.
  ReadOutcome read(const std::string& entry, std::string& out, std::string& error);

 private:
  ZipArchive(struct zip* archive, std::uint64_t budget) : archive_(archive), remaining_budget_(budget) {}

  struct zip* archive_;
  std::uint64_t remaining_budget_;
};

}  // namespace rightscheck::ingest
