#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"

namespace childrecord {

// Documents on the child's record (R8-R14, R22): court orders and reports, assessments,
// education and health plans, direct work, and the child's own things. Pure: the bytes are
// checked here (type by content, size); storing them is the blob store's (store/blob_store.h).

// The largest document accepted: below the HTTP server's 16 MiB body limit so that a file just
// over it is still a message on the form (naming the field), not a refused request.
inline constexpr size_t kMaxDocumentBytes = 15 * 1024 * 1024;
inline constexpr char kMaxDocumentText[] = "15 MB";

struct DocumentKind {
  std::string code;         // "court_order"
  std::string label;        // "Court order"
  std::string requirement;  // "R8"
  std::string hint;         // for the upload page
};

// Every kind, in the order the upload page offers them.
const std::vector<DocumentKind>& DocumentKinds();
// "court_order" -> "Court order"; an unknown code comes back unchanged.
std::string DocumentKindLabel(const std::string& code);

// The uploaded file as received: its name as the client sent it (may be empty) and its bytes.
// The declared Content-Type is not taken: the type is judged by content (features/documents/document_type_rules.h).
struct DocumentFile {
  std::string filename;
  std::string_view bytes;
};

// Builds the document.added payload, or a validation error naming the field:
// `input`: kind (one of DocumentKinds, required), title (required, at most 300 characters),
// dated ("YYYY-MM-DD", the date on the document, required, not in the future), description
// (optional, at most 5,000 characters), child_asked_to_keep (optional boolean; R22: the child
// asked for this to be kept). `file`: required ("file": choose one), not empty, at most
// kMaxDocumentBytes, and of an accepted type by its content. The payload is
// {document_id, child_id, kind, title, dated, description|null, child_asked_to_keep, filename,
// media_type, size, sha256}; filename is cleaned (path, control characters and invalid UTF-8
// removed; at most 255 bytes) and named "document.<ext>" when none was given.
Result<Json> BuildDocumentAdded(const Json& input, const DocumentFile& file, const std::string& child_id,
                                const std::string& document_id, TimePoint now);

// A file name safe to show and to send back in Content-Disposition: the last path segment,
// without control characters or invalid UTF-8, at most 255 bytes; "" when nothing is left.
std::string CleanFilename(std::string_view filename);

}  // namespace childrecord
