// Documents in the journal: document.added and the documents table it projects (R8-R14, R22).
#include "features/documents/document_events.h"

#include <string>

#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::documents {

using namespace projector;

// A document's details as added; its bytes are in the blob store, named by their SHA-256.
Result<std::vector<Mutation>> ProjectDocumentAdded(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  std::vector<Mutation> out;
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "document_id"));
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"child_id", "child_id", Column::kRequiredText},
                                             {"kind", "kind", Column::kRequiredText},
                                             {"title", "title", Column::kRequiredText},
                                             {"dated", "dated", Column::kRequiredText},
                                             {"description", "description", Column::kOptionalText},
                                             {"child_asked_to_keep", "child_asked_to_keep", Column::kFlag},
                                             {"filename", "filename", Column::kRequiredText},
                                             {"media_type", "media_type", Column::kRequiredText},
                                             {"sha256", "sha256", Column::kRequiredText}}));
  if (!ParseIsoDate(std::get<std::string>(f["dated"]))) return BadPayload(event, "dated");
  auto size = p.find("size");
  if (size == p.end() || !size->is_number_integer() || size->get<int64_t>() < 0) return BadPayload(event, "size");
  f["size"] = size->get<int64_t>();
  f["added_at"] = FormatUtc(event.recorded_at);
  f["added_by"] = event.actor;
  out.push_back(Insert("documents", id, std::move(f)));
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kDocumentAdded},
                       &ProjectDocumentAdded,
                       {{"documents",
                         {"child_id", "kind", "title", "dated", "description", "child_asked_to_keep", "filename",
                          "media_type", "size", "sha256", "added_at", "added_by"}}}};
}

}  // namespace childrecord::features::documents
