#include "features/documents/document_service.h"

#include "core/ids.h"
#include "features/documents/document_events.h"
#include "features/documents/document_repository.h"

namespace childrecord {

Result<DocumentView> DocumentService::AddDocument(const Principal& who, const std::string& child_id, const Json& input,
                                                  const DocumentFile& file, const AccessContext& access) {
  const std::string document_id = NewId();
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "document " + document_id));
  CR_ASSIGN_OR_RETURN(Json payload, BuildDocumentAdded(input, file, child_id, document_id, store_.clock().Now()));
  if (blobs_.root().empty()) {
    return Error::Unavailable("This server has no folder for documents (serve --blob-dir): nothing was saved");
  }
  // The bytes are durable before the event that names them is written: an acknowledged
  // document always has its file. A failed write returns here with nothing journaled.
  CR_ASSIGN_OR_RETURN(std::string sha256, blobs_.Put(file.bytes));
  if (sha256 != payload["sha256"].get<std::string>()) {
    return Error::Internal("The stored document's SHA-256 differs from the one computed on upload");
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kDocumentAdded, std::move(payload)}}));
  return DocumentRepository(store_).GetDocument(tenant_id_, document_id);
}

Result<std::vector<DocumentView>> DocumentService::ListDocuments(const Principal& who, const std::string& child_id,
                                                                 const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access, "documents"));
  return DocumentRepository(store_).ListDocuments(tenant_id_, child_id);
}

Result<DocumentView> DocumentService::FindAuthorized(const Principal& who, const std::string& document_id,
                                                     AccessAction action, const AccessContext& access,
                                                     const std::string& detail) {
  if (!IsWellFormedId(document_id)) return Error::NotFound("There is no document with that id");
  CR_ASSIGN_OR_RETURN(DocumentView document, DocumentRepository(store_).GetDocument(tenant_id_, document_id));
  Status allowed = record_access_.Authorize(who, document.child_id, action, access,
                                            detail + document.title + " (" + document.id + ")");
  if (!allowed.ok()) {
    if (allowed.error().code == ErrorCode::kNotFound) return Error::NotFound("There is no document with that id");
    return allowed.error();
  }
  return document;
}

Result<DocumentView> DocumentService::GetDocument(const Principal& who, const std::string& document_id,
                                                  const AccessContext& access) {
  return FindAuthorized(who, document_id, AccessAction::kReadEntries, access, "document: ");
}

Result<DocumentService::Download> DocumentService::DownloadDocument(const Principal& who,
                                                                    const std::string& document_id,
                                                                    const AccessContext& access) {
  // Authorize writes the access-log row (durably) before the bytes are even read.
  CR_ASSIGN_OR_RETURN(DocumentView document,
                      FindAuthorized(who, document_id, AccessAction::kReadEntries, access, "download: "));
  auto bytes = blobs_.Get(document.sha256);
  if (!bytes.ok()) {
    if (bytes.error().code == ErrorCode::kNotFound) {
      return Error::Internal("The file of document " + document.id + " is missing: " + bytes.error().message);
    }
    return bytes.error();
  }
  return Download{std::move(document), std::move(bytes).value()};
}

}  // namespace childrecord
