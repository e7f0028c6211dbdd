#include "ingest/zip_archive.h"

#include <zip.h>

namespace rightscheck::ingest {
namespace {

std::string describe(zip_error_t* error) {
  std::string text = zip_error_strerror(error);
  zip_error_fini(error);
  return text;
}

}  // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(std::string_view bytes, std::uint64_t budget, std::string& error) {
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  if (source == nullptr) {
    error = describe(&zip_error);
    return nullptr;
  }
  // ZIP_CHECKCONS makes libzip compare the local headers with the central
  // directory, which catches truncated and spliced files early.
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
  if (archive == nullptr) {
    zip_source_free(source);
    error = describe(&zip_error);
    return nullptr;
  }
  zip_error_fini(&zip_error);
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive, budget));
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

ZipArchive::ReadOutcome ZipArchive::read(const std::string& entry, std::string& out, std::string& error) {
  out.clear();
  if (zip_name_locate(archive_, entry.c_str(), 0) < 0) return ReadOutcome::missing;
  zip_file_t* file = zip_fopen(archive_, entry.c_str(), 0);
  if (file == nullptr) {
    error = zip_strerror(archive_);
    return ReadOutcome::damaged;
  }
  char chunk[64 * 1024];
  ReadOutcome outcome = ReadOutcome::ok;
  for (;;) {
    const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
    if (n < 0) {
      error = zip_file_strerror(file);
      outcome = ReadOutcome::damaged;
      break;
    }
    if (n == 0) break;
    if (static_cast<std::uint64_t>(n) > remaining_budget_) {
      remaining_budget_ = 0;
      outcome = ReadOutcome::over_budget;
      break;
    }
    remaining_budget_ -= static_cast<std::uint64_t>(n);
    out.append(chunk, static_cast<std::size_t>(n));
  }
  zip_fclose(file);
  if (outcome != ReadOutcome::ok) out.clear();
  return outcome;
}

}  // namespace rightscheck::ingest
