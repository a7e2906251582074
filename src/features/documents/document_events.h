#pragma once

namespace childrecord::events {

// A document on the child's record (R8-R14, R22; document_rules.h BuildDocumentAdded):
// {document_id, child_id, kind, title, dated, description|null, child_asked_to_keep, filename,
// media_type, size, sha256}. The bytes are in the blob store under their SHA-256
// (store/blob_store.h). Projected into `documents` (document_events.cc; docs/journal-format.md).
inline constexpr char kDocumentAdded[] = "document.added";

}  // namespace childrecord::events
