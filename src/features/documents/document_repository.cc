// DocumentRepository: reading the documents on a child's record (R8-R14, R22).
#include "features/documents/document_repository.h"

#include "store/described_rows.h"

namespace childrecord {
namespace {

// A document's file as ListDocumentBlobs reads it, by the columns its description names.
struct DocumentBlobRow {
  std::string id, sha256;
};
const fields::Description<DocumentBlobRow>& Describe(const DocumentBlobRow*) {
  static const fields::Description<DocumentBlobRow> description = {{"id", "id", &DocumentBlobRow::id},
                                                                   {"sha256", "sha256", &DocumentBlobRow::sha256}};
  return description;
}

// The documents with who added them, selected by DocumentView's description (document_views.h).
std::string DocumentSelect() {
  return "SELECT " + fields::SelectList<DocumentView>() +
         " FROM documents d LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.added_by ";
}

}  // namespace

Result<std::vector<DocumentView>> DocumentRepository::ListDocuments(const std::string& tenant_id,
                                                                    const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(DocumentSelect() + "WHERE d.tenant_id = ? AND d.child_id = ? "
                                                                 "ORDER BY d.dated DESC, d.added_at DESC, d.id",
                                              {tenant_id, child_id}));
  std::vector<DocumentView> documents;
  for (const SqlRow& row : rows) documents.push_back(ReadRow<DocumentView>(row));
  return documents;
}

Result<DocumentView> DocumentRepository::GetDocument(const std::string& tenant_id, const std::string& document_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(DocumentSelect() + "WHERE d.tenant_id = ? AND d.id = ?", {tenant_id, document_id}));
  if (rows.empty()) return Error::NotFound("There is no document with that id");
  return ReadRow<DocumentView>(rows.front());
}

Result<std::vector<std::pair<std::string, std::string>>> DocumentRepository::ListDocumentBlobs(
    const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<DocumentBlobRow>() +
                                                  " FROM documents WHERE tenant_id = ? ORDER BY id",
                                              {tenant_id}));
  std::vector<std::pair<std::string, std::string>> blobs;
  for (const SqlRow& row : rows) {
    DocumentBlobRow blob = ReadRow<DocumentBlobRow>(row);
    blobs.emplace_back(std::move(blob.id), std::move(blob.sha256));
  }
  return blobs;
}

}  // namespace childrecord
