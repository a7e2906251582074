#pragma once

#include <vector>

#include "features/documents/document_service.h"
#include "features/feature_module.h"

namespace childrecord {

// Pages for documents on the child's record (R8-R14, R22):
//   GET  /children/{id}/documents      the Documents tab: a table with download links
//   GET  /children/{id}/documents/new  the upload form (GOV.UK file upload; works without JavaScript)
//   POST /children/{id}/documents      multipart/form-data with the CSRF token as a field
//   GET  /documents/{id}/download      the bytes (logged as a download)
// Handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> DocumentPageEndpoints(AppContext& context, DocumentService& service);

}  // namespace childrecord
