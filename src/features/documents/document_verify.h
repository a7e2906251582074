#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "store/blob_store.h"
#include "store/store.h"

namespace childrecord {

// The outcome of checking that every document's file is in the blob folder and intact.
struct DocumentBlobReport {
  bool ok = true;
  int64_t documents = 0;  // documents checked
  std::string problem;    // the first missing or damaged file, for a person; empty when ok
};

// For each document of the tenant, reads its blob and checks the bytes against the SHA-256 the
// journal holds (BlobStore::Check). Stops at the first problem. Errors are for failures to read
// the database at all. Reads every blob in full: its time grows with the documents' total size.
Result<DocumentBlobReport> VerifyDocumentBlobs(Store& store, const Tenant& tenant, BlobStore& blobs);

}  // namespace childrecord
