// Entry points of the ingest layer: read the file within limits, detect the
// format from the content, dispatch to the reader, normalise.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sodium.h>
#include <sys/stat.h>

#include "ingest/isolation.h"
#include "ingest/readers.h"
#include "ingest/unicode.h"
#include "rightscheck/ingest.h"

namespace rightscheck {

const char* format_name(SourceFormat format) {
  switch (format) {
    case SourceFormat::plain_text: return "text";
    case SourceFormat::markdown: return "markdown";
    case SourceFormat::html: return "html";
    case SourceFormat::pdf: return "pdf";
    case SourceFormat::docx: return "docx";
    case SourceFormat::akoma_ntoso: return "akoma-ntoso";
  }
  return "text";
}

int Text::page_at(std::size_t offset) const {
  for (const PageSpan& p : pages)
    if (offset >= p.start && offset < p.end) return p.number;
  if (!pages.empty() && offset >= pages.back().end) return pages.back().number;
  return 0;
}

namespace {

std::string lower_extension(const std::string& name) {
  auto slash = name.find_last_of('/');
  auto dot = name.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string lower_head(std::string_view bytes, std::size_t n) {
  std::string head(bytes.substr(0, std::min(n, bytes.size())));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  return head;
}

// Magic numbers of binary formats we recognise only to refuse them clearly.
const char* known_binary_kind(std::string_view bytes) {
  if (starts_with(bytes, "\x89PNG")) return "a PNG image";
  if (starts_with(bytes, "\xFF\xD8\xFF")) return "a JPEG image";
  if (starts_with(bytes, "GIF8")) return "a GIF image";
  if (starts_with(bytes, "\x1F\x8B")) return "a gzip archive";
  if (starts_with(bytes, "\xD0\xCF\x11\xE0")) return "an old binary Word/Office file (save it as DOCX)";
  if (starts_with(bytes, "\x7F" "ELF")) return "an executable";
  return nullptr;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Name of the first element of a markup head, skipping the XML declaration,
// processing instructions, comments and the doctype; lower case.
std::string first_element_name(const std::string& head) {
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string::npos) {
    if (head.compare(i, 4, "<!--") == 0) {
      std::size_t end = head.find("-->", i);
      if (end == std::string::npos) return "";
      i = end + 3;
      continue;
    }
    if (head.compare(i, 2, "<?") == 0 || head.compare(i, 2, "<!") == 0) {
      std::size_t end = head.find('>', i);
      if (end == std::string::npos) return "";
      i = end + 1;
      continue;
    }
    std::size_t j = i + 1;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == ':' ||
                               head[j] == '-' || head[j] == '_'))
      ++j;
    return head.substr(i + 1, j - i - 1);
  }
  return "";
}

Status input_error(const std::string& name, std::string reason) {
  return Status::error(Status::Code::invalid_input, name, std::move(reason));
}

Result<Text> read_by_format(std::string_view bytes, const std::string& name, SourceFormat format,
                            const IngestLimits& limits) {
  switch (format) {
    case SourceFormat::pdf: return ingest::read_pdf(bytes, name, limits);
    case SourceFormat::docx: return ingest::read_docx(bytes, name, limits);
    case SourceFormat::html: return ingest::read_html(bytes, name, limits);
    case SourceFormat::akoma_ntoso: return ingest::read_akoma_ntoso(bytes, name, limits);
    case SourceFormat::plain_text:
    case SourceFormat::markdown: return ingest::read_plain_text(bytes, name, format);
  }
  return input_error(name, "unknown format");
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

SourceFormat detect_format(std::string_view bytes, const std::string& name, bool& ok) {
  ok = true;
  const std::string ext = lower_extension(name);
  if (bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024)).find("%PDF-") != std::string_view::npos)
    return SourceFormat::pdf;
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) return SourceFormat::docx;
  if (known_binary_kind(bytes)) {
    ok = false;
    return SourceFormat::plain_text;
  }
  std::string_view rest = bytes;
  if (starts_with(rest, "\xEF\xBB\xBF")) rest.remove_prefix(3);
  while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.remove_prefix(1);
  if (starts_with(rest, "<")) {
    const std::string head = lower_head(rest, 4096);
    const std::string root = first_element_name(head);
    if (root == "akomantoso" || ends_with(root, ":akomantoso")) return SourceFormat::akoma_ntoso;
    if (root == "html" || head.find("<!doctype html") != std::string::npos) return SourceFormat::html;
    // An XML declaration, or an .xml name, with any other root: the Akoma
    // Ntoso reader refuses it with a clear message.
    if (starts_with(head, "<?xml") || ext == "xml") return SourceFormat::akoma_ntoso;
    return SourceFormat::html;  // an HTML fragment such as "<p>…"
  }
  if (ext == "html" || ext == "htm" || ext == "xhtml") return SourceFormat::html;
  if (ext == "md" || ext == "markdown") return SourceFormat::markdown;
  return SourceFormat::plain_text;
}

Result<Text> ingest_bytes(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  if (bytes.size() > limits.max_input_bytes)
    return Status::error(Status::Code::limit_exceeded, name,
                         "file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                             std::to_string(limits.max_input_bytes) + " (see --max-bytes)");
  if (bytes.empty()) return input_error(name, "file is empty");
  bool ok = true;
  const SourceFormat format = detect_format(bytes, name, ok);
  if (!ok) return input_error(name, std::string("content is ") + known_binary_kind(bytes) + ", not a document");

  const std::string ext = lower_extension(name);
  if (ext == "pdf" && format != SourceFormat::pdf)
    return input_error(name, "named .pdf but the content is not a PDF (no %PDF- header)");
  if ((ext == "docx" || ext == "zip") && format != SourceFormat::docx)
    return input_error(name, "named ." + ext + " but the content is not a ZIP container");

  // The binary formats go through the big parsers (poppler, libzip): they
  // run in a child process, so their bugs stay there.
  const bool isolated = limits.isolate_parsers && (format == SourceFormat::pdf || format == SourceFormat::docx);
  const char* task = format == SourceFormat::pdf ? "PDF extraction" : "DOCX extraction";
  if (isolated && format == SourceFormat::pdf) ingest::prepare_pdf_reader();
  // ICU's normalizer loads its data on first use; load it here, before the
  // child exists, so the child (which may open nothing) finds it ready. This
  // also lets UBSan's type checks in the child hit the cache the parent
  // filled instead of reading /proc, which the filter forbids.
  if (isolated) (void)ingest::to_nfc("e\xCC\x81");
  auto read = [&] { return read_by_format(bytes, name, format, limits); };
  Result<Text> text = isolated ? ingest::read_in_child(read, name, task, ingest::child_limits(limits)) : read();
  if (text.is_ok()) text->sha256 = sha256_hex(bytes);
  return text;
}

Result<Text> ingest_file(const std::string& path, const IngestLimits& limits) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::error(Status::Code::not_found, path, "no such file");
    return Status::error(Status::Code::unreadable, path, std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return Status::error(Status::Code::unreadable, path, "is a directory, not a file");
  if (!S_ISREG(st.st_mode)) return Status::error(Status::Code::unreadable, path, "is not a regular file");
  if (static_cast<std::uint64_t>(st.st_size) > limits.max_input_bytes)
    return Status::error(Status::Code::limit_exceeded, path,
                         "file is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                             std::to_string(limits.max_input_bytes) + " (see --max-bytes)");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(Status::Code::unreadable, path, std::string("cannot open: ") + std::strerror(errno));
  std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(bytes.size()))
    return Status::error(Status::Code::unreadable, path, "read failed");
  return ingest_bytes(bytes, path, limits);
}

namespace ingest {

Result<Text> read_plain_text(std::string_view bytes, const std::string& name, SourceFormat format) {
  if (bytes.find('\0') != std::string_view::npos)
    return Status::error(Status::Code::invalid_input, name, "binary content (NUL bytes), not a text document");
  if (!is_valid_utf8(bytes))
    return Status::error(Status::Code::invalid_input, name,
                         "not valid UTF-8 text (convert it to UTF-8 first, e.g. with iconv)");
  bool blank = std::all_of(bytes.begin(), bytes.end(), [](unsigned char c) { return std::isspace(c); });
  if (blank) return Status::error(Status::Code::invalid_input, name, "file holds only whitespace");
  Text text;
  text.utf8 = std::string(bytes);  // offsets index the file: no normalisation
  text.format = format;
  return text;
}

}  // namespace ingest
}  // namespace rightscheck
