#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"
#include "features/documents/document_rules.h"
#include "features/documents/document_views.h"
#include "service/record_access.h"
#include "store/blob_store.h"
#include "store/store.h"

namespace childrecord {

// The use cases of documents on the child's record (R8-R14, R22). Every read and change goes
// through RecordAccess::Authorize, so each is decided by the access table and written to the
// access log first: adding needs record-entry access; listing, reading and downloading need
// read-entries access, and every download is logged (naming the document) before any byte is
// returned. A document of a record the caller may not see is kNotFound, as if absent.
// Thread safe.
class DocumentService {
 public:
  DocumentService(Store& store, std::string tenant_id, RecordAccess& record_access, BlobStore& blobs)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access), blobs_(blobs) {}

  // Checks the details and the file (features/documents/document_rules.h BuildDocumentAdded: type by content,
  // size), stores the bytes durably (BlobStore::Put), and only then appends document.added.
  // A refused file or a failed disk write appends nothing.
  Result<DocumentView> AddDocument(const Principal& who, const std::string& child_id, const Json& input,
                                   const DocumentFile& file, const AccessContext& access = {});

  // A child's documents, by the date on them, newest first.
  Result<std::vector<DocumentView>> ListDocuments(const Principal& who, const std::string& child_id,
                                                  const AccessContext& access = {});

  // One document's details (not its bytes).
  Result<DocumentView> GetDocument(const Principal& who, const std::string& document_id,
                                   const AccessContext& access = {});

  struct Download {
    DocumentView document;
    std::string bytes;  // checked against the document's SHA-256
  };
  // The document's bytes. Logged ("download: <title> (<id>)") before they are read. A blob that
  // is missing or does not match its SHA-256 is kInternal: damaged bytes are never served.
  Result<Download> DownloadDocument(const Principal& who, const std::string& document_id,
                                    const AccessContext& access = {});

 private:
  // The document and the access decision for `action` on its child's record.
  Result<DocumentView> FindAuthorized(const Principal& who, const std::string& document_id, AccessAction action,
                                      const AccessContext& access, const std::string& detail);

  Store& store_;
  std::string tenant_id_;
  RecordAccess& record_access_;
  BlobStore& blobs_;
};

}  // namespace childrecord
