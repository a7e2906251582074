#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "store/file_env.h"

namespace childrecord {

// Documents' bytes, content-addressed: each blob is a file named by the SHA-256 of its bytes,
// "<root>/ab/cdef..." (the first two hex digits name a subfolder so no folder grows huge). The
// journal holds the SHA-256 (document.added), so the record says exactly which bytes it means
// and `verify` can check them. The same bytes twice are one blob.
//
// Durability: Put writes to a temporary file in "<root>/tmp", fsyncs it, renames it into place
// and fsyncs the folder (and the root when the subfolder is new) before returning ok, so a
// blob whose Put returned ok survives a crash or power cut. Only then does the caller write the
// event; a failed Put leaves no event, and at worst a stray temporary file, removed when it can be.
// Thread safe: concurrent Puts of the same bytes each rename a complete file into the same name.
class BlobStore {
 public:
  explicit BlobStore(std::string root, FileEnv& env = FileEnv::Default()) : root_(std::move(root)), env_(env) {}

  const std::string& root() const { return root_; }

  // Creates the root folder when missing (a server or the demo calls it at start, so a folder
  // that cannot be written is found then, not at the first upload).
  Status Init() { return env_.CreateDirs(root_); }

  // Stores `bytes` durably; returns their SHA-256 (lower-case hex). kUnavailable when the disk
  // fails (nothing is acknowledged).
  Result<std::string> Put(std::string_view bytes);

  // The bytes named `sha256`, checked against the name: kNotFound when missing, kInternal
  // ("does not match") when the file was changed or damaged, so bad bytes are never served.
  Result<std::string> Get(const std::string& sha256);

  // Whether the blob is there and intact (the same checks as Get) — for verify.
  Status Check(const std::string& sha256);

  // "<root>/ab/cdef..."; `sha256` must be 64 lower-case hex digits.
  std::string PathOf(const std::string& sha256) const;

 private:
  std::string root_;
  FileEnv& env_;
};

// True for 64 lower-case hex digits.
bool IsSha256Hex(std::string_view text);

}  // namespace childrecord
