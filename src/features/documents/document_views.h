#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

namespace childrecord {

// A document on the child's record (R8-R14, R22), as listed and shown. Its bytes are in the blob
// store under `sha256`.
struct DocumentView {
  std::string id;
  std::string child_id;
  std::string kind;  // a DocumentKinds() code
  std::string title;
  std::string dated;  // "YYYY-MM-DD", the date on the document
  std::string description;
  bool child_asked_to_keep = false;  // R22
  std::string filename;
  std::string media_type;
  int64_t size = 0;
  std::string sha256;
  std::string added_at;  // stored UTC instant
  std::string added_by;  // user id
  std::string added_by_name;
};

// DocumentView's one description (core/fields.h): its JSON, the SQL columns it is read from and
// the OpenAPI schema "Document" (document_views.cc).
const fields::Description<DocumentView>& Describe(const DocumentView*);

}  // namespace childrecord
