// Status and Result: expected failures as values.
//
// A bad file or an invalid rule is not exceptional; it is an answer the user
// reads. Functions that can fail that way return Status or Result<T>, which
// carry the file and a one-line reason. Library exceptions are caught at the
// boundary that calls the library and turned into a Status there.
//
// Thread safety: plain values; copy freely.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace rightscheck {

class Status {
 public:
  enum class Code {
    ok,
    not_found,       // the file does not exist
    unreadable,      // it exists but cannot be read
    invalid_input,   // malformed, empty, wrong type, bad encoding
    limit_exceeded,  // a size, page or decompression limit was hit
    unsupported,     // a real document we cannot read (encrypted, image-only)
    usage,           // the caller asked for something impossible
  };

  Status() = default;
  static Status ok() { return Status(); }
  static Status error(Code code, std::string file, std::string reason) {
    Status s;
    s.code_ = code;
    s.file_ = std::move(file);
    s.reason_ = std::move(reason);
    return s;
  }

  bool is_ok() const { return code_ == Code::ok; }
  Code code() const { return code_; }
  const std::string& file() const { return file_; }
  const std::string& reason() const { return reason_; }
  // "FILE: REASON", one line, as printed on stderr.
  std::string message() const { return file_.empty() ? reason_ : file_ + ": " + reason_; }

 private:
  Code code_ = Code::ok;
  std::string file_;
  std::string reason_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool is_ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace rightscheck
