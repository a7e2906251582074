#include "features/documents/document_verify.h"
#include "features/documents/document_repository.h"

namespace childrecord {

Result<DocumentBlobReport> VerifyDocumentBlobs(Store& store, const Tenant& tenant, BlobStore& blobs) {
  CR_ASSIGN_OR_RETURN(auto documents, DocumentRepository(store).ListDocumentBlobs(tenant.id));
  DocumentBlobReport report;
  for (const auto& [id, sha256] : documents) {
    ++report.documents;
    Status intact = blobs.Check(sha256);
    if (!intact.ok()) {
      report.ok = false;
      report.problem = "document " + id + ": " + intact.error().message;
      return report;
    }
  }
  return report;
}

}  // namespace childrecord
