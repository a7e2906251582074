#include "store/blob_store.h"

#include "core/ids.h"
#include "core/sha256.h"

namespace childrecord {

bool IsSha256Hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string BlobStore::PathOf(const std::string& sha256) const {
  return root_ + "/" + sha256.substr(0, 2) + "/" + sha256.substr(2);
}

Result<std::string> BlobStore::Put(std::string_view bytes) {
  const std::string sha = Sha256Hex(bytes);
  const std::string final_path = PathOf(sha);
  // Already there and intact: one blob for the same bytes. (A damaged one is replaced.)
  if (env_.FileExists(final_path) && Check(sha).ok()) return sha;

  const std::string tmp_dir = root_ + "/tmp";
  const std::string shard = root_ + "/" + sha.substr(0, 2);
  const bool new_shard = !env_.FileExists(shard);
  CR_RETURN_IF_ERROR(env_.CreateDirs(tmp_dir));
  CR_RETURN_IF_ERROR(env_.CreateDirs(shard));
  const std::string tmp_path = tmp_dir + "/" + sha + "." + RandomHex(8);
  auto written = [&]() -> Status {
    CR_ASSIGN_OR_RETURN(std::unique_ptr<WritableFile> file, env_.NewWritableFile(tmp_path));
    CR_RETURN_IF_ERROR(file->Append(bytes));
    CR_RETURN_IF_ERROR(file->Sync());
    CR_RETURN_IF_ERROR(file->Close());
    return env_.RenameFile(tmp_path, final_path);
  }();
  if (!written.ok()) {
    (void)env_.RemoveFile(tmp_path);  // best effort: the error that matters is the write's
    return written.error();
  }
  // The rename is durable only once the folder holding the new name is, and a new subfolder
  // only once the root is.
  CR_RETURN_IF_ERROR(env_.SyncDir(shard));
  if (new_shard) CR_RETURN_IF_ERROR(env_.SyncDir(root_));
  return sha;
}

Result<std::string> BlobStore::Get(const std::string& sha256) {
  if (!IsSha256Hex(sha256)) return Error::NotFound("There is no stored document with that SHA-256");
  auto bytes = env_.ReadFile(PathOf(sha256));
  if (!bytes.ok()) {
    if (bytes.error().code == ErrorCode::kNotFound) {
      return Error::NotFound("The document's file " + PathOf(sha256) + " is missing from the blob folder");
    }
    return bytes.error();
  }
  if (Sha256Hex(*bytes) != sha256) {
    return Error::Internal("The document's file " + PathOf(sha256) +
                           " does not match its SHA-256: it was changed or damaged on disk");
  }
  return bytes;
}

Status BlobStore::Check(const std::string& sha256) {
  auto bytes = Get(sha256);
  if (!bytes.ok()) return bytes.error();
  return Status::Ok();
}

}  // namespace childrecord
