#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/documents/document_views.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// Reads of the documents on a child's record (R8-R14, R22): the documents table projected from child.document_added;
// their files are in the BlobStore. Written only by appending events (Store::Append). Thread safe: each call takes its
// own connection from the store's pool. Borrows `store`, which must outlive it; cheap to make.
class DocumentRepository {
 public:
  explicit DocumentRepository(Store& store) : store_(store) {}

  // A child's documents, by the date on them, newest first (then newest added).
  Result<std::vector<DocumentView>> ListDocuments(const std::string& tenant_id, const std::string& child_id);
  // One document (its child_id and kind among the rest), or kNotFound.
  Result<DocumentView> GetDocument(const std::string& tenant_id, const std::string& document_id);
  // Every document's (id, sha256) in the tenant, for verify's blob check.
  Result<std::vector<std::pair<std::string, std::string>>> ListDocumentBlobs(const std::string& tenant_id);

 private:
  Store& store_;
};

}  // namespace childrecord
