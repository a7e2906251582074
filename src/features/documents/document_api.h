#pragma once

#include <vector>

#include "features/documents/document_service.h"
#include "features/feature_module.h"

namespace childrecord {

// Documents on the child's record (R8-R14, R22), JSON API:
//   POST /api/v1/children/{id}/documents   multipart/form-data: kind, title, dated, description,
//                                          child_asked_to_keep, and the file in `file`
//   GET  /api/v1/children/{id}/documents   the child's documents
//   GET  /api/v1/documents/{id}            one document's details
//   GET  /api/v1/documents/{id}/content    its bytes (logged as a download)
// (the pages are document_pages.h). Handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> DocumentApiEndpoints(AppContext& context, DocumentService& service);
// The OpenAPI fragment of these routes: their paths and schemas (document_openapi.cc).
Json DocumentOpenApi();

// A download: the bytes with the document's type, as an attachment named by its file name
// (RFC 6266 with an RFC 5987 UTF-8 name and an ASCII fallback). Browsers never sniff it
// (X-Content-Type-Options: nosniff is on every answer) and never render it in the page.
Response DocumentContentResponse(DocumentService::Download download);

// The details as the API gives them.
Json DocumentJson(const DocumentView& document);

}  // namespace childrecord
