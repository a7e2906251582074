#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace childrecord {

// The few file-system operations the blob store needs, behind an interface (as leveldb's Env)
// so tests can put a fault-injecting one in its place and prove that a failed write, fsync or
// rename acknowledges nothing. Errors are kUnavailable (the disk, not the person, is at fault)
// with the path and the system's reason. Implementations are thread safe.
class WritableFile {
 public:
  virtual ~WritableFile() = default;
  virtual Status Append(std::string_view bytes) = 0;
  // Makes what was appended durable (fsync).
  virtual Status Sync() = 0;
  virtual Status Close() = 0;
};

class FileEnv {
 public:
  virtual ~FileEnv() = default;

  // The real file system (POSIX).
  static FileEnv& Default();

  // Creates `path` new (fails if it exists), for writing.
  virtual Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) = 0;
  // Atomically replaces `to` with `from` (rename(2)).
  virtual Status RenameFile(const std::string& from, const std::string& to) = 0;
  virtual Status RemoveFile(const std::string& path) = 0;
  // Creates the directory and its parents when missing.
  virtual Status CreateDirs(const std::string& path) = 0;
  // Makes a directory's entries (a rename into it, a new subdirectory) durable (fsync on the directory).
  virtual Status SyncDir(const std::string& path) = 0;
  // The whole file; kNotFound when it does not exist.
  virtual Result<std::string> ReadFile(const std::string& path) = 0;
  virtual bool FileExists(const std::string& path) = 0;
};

}  // namespace childrecord
