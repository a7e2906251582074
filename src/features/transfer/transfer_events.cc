#include "features/transfer/transfer_events.h"

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::transfer {

using namespace projector;

Result<std::vector<Mutation>> ProjectTransferEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "transfer_id"));
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"child_id", "child_id", Column::kRequiredText},
                                             {"agency", "agency", Column::kRequiredText},
                                             {"agency_contact", "agency_contact", Column::kOptionalText},
                                             {"sent_on", "sent_on", Column::kRequiredText},
                                             {"method", "method", Column::kRequiredText},
                                             {"entries_from", "entries_from", Column::kOptionalText},
                                             {"entries_to", "entries_to", Column::kOptionalText},
                                             {"reason", "reason", Column::kRequiredText}}));
  auto parts = p.find("parts");
  if (parts == p.end() || !parts->is_array() || parts->empty()) return BadPayload(event, "parts");
  // Kept as canonical JSON text: one spelling, so verify can compare it.
  CR_ASSIGN_OR_RETURN(std::string text, CanonicalJson(*parts));
  f["parts"] = text;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  f["recorded_by"] = event.actor;
  return std::vector<Mutation>{Insert(kTransfersTable, id, std::move(f))};
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kChildRecordTransferred},
                       &ProjectTransferEvent,
                       {{kTransfersTable,
                         {"child_id", "agency", "agency_contact", "sent_on", "method", "parts", "entries_from",
                          "entries_to", "reason", "recorded_at", "recorded_by"}}}};
}

}  // namespace childrecord::features::transfer
