// DocumentRepository: reading the documents on a child's record (R8-R14, R22).
#include "features/documents/document_repository.h"

namespace childrecord {
namespace {

constexpr char kDocumentColumns[] =
    "d.id, d.child_id, d.kind, d.title, d.dated, d.description, d.child_asked_to_keep, d.filename, d.media_type, "
    "d.size, d.sha256, d.added_at, d.added_by, u.full_name "
    "FROM documents d LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.added_by ";

DocumentView DocumentFromRow(const SqlRow& row) {
  DocumentView d;
  d.id = AsText(row[0]);
  d.child_id = AsText(row[1]);
  d.kind = AsText(row[2]);
  d.title = AsText(row[3]);
  d.dated = AsText(row[4]);
  d.description = AsText(row[5]);
  d.child_asked_to_keep = AsInt(row[6]) != 0;
  d.filename = AsText(row[7]);
  d.media_type = AsText(row[8]);
  d.size = AsInt(row[9]);
  d.sha256 = AsText(row[10]);
  d.added_at = AsText(row[11]);
  d.added_by = AsText(row[12]);
  d.added_by_name = AsText(row[13]);
  return d;
}

}  // namespace

Result<std::vector<DocumentView>> DocumentRepository::ListDocuments(const std::string& tenant_id,
                                                                    const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kDocumentColumns +
                                                  "WHERE d.tenant_id = ? AND d.child_id = ? "
                                                  "ORDER BY d.dated DESC, d.added_at DESC, d.id",
                                              {tenant_id, child_id}));
  std::vector<DocumentView> documents;
  for (const SqlRow& row : rows) documents.push_back(DocumentFromRow(row));
  return documents;
}

Result<DocumentView> DocumentRepository::GetDocument(const std::string& tenant_id, const std::string& document_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(std::string("SELECT ") + kDocumentColumns + "WHERE d.tenant_id = ? AND d.id = ?",
                                {tenant_id, document_id}));
  if (rows.empty()) return Error::NotFound("There is no document with that id");
  return DocumentFromRow(rows.front());
}

Result<std::vector<std::pair<std::string, std::string>>> DocumentRepository::ListDocumentBlobs(
    const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT id, sha256 FROM documents WHERE tenant_id = ? ORDER BY id", {tenant_id}));
  std::vector<std::pair<std::string, std::string>> blobs;
  for (const SqlRow& row : rows) blobs.emplace_back(AsText(row[0]), AsText(row[1]));
  return blobs;
}

}  // namespace childrecord
