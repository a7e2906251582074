#include "features/closure/closure_events.h"

#include <string>

#include "core/time_format.h"
#include "features/children/children_events.h"
#include "record/projector_support.h"

namespace childrecord::features::closure {

using namespace projector;

Result<std::vector<Mutation>> ProjectClosureEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "child_id"));
  std::vector<Mutation> out;
  if (event.type == events::kChildRecordClosed) {
    // R1: closed, never deleted. A closed record is closed once (a second closure is refused
    // before it is written) until a new referral reopens it.
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"closed_on", "closed_on", Column::kRequiredText},
                                               {"reason", "reason", Column::kRequiredText},
                                               {"closing_summary", "closing_summary", Column::kOptionalText}}));
    f["child_id"] = id;
    f["closed_by"] = event.actor;
    f["recorded_at"] = FormatUtc(event.recorded_at);
    out.push_back(Insert(kClosuresTable, id + "/" + std::to_string(event.seq), std::move(f)));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "children", id, Fields{{"status", std::string("closed")}}});
    return out;
  }
  auto referral = p.find("referral");
  if (referral == p.end() || !referral->is_object()) return BadPayload(event, "referral");
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, *referral,
                                            {{"referral_received_on", "received_on", Column::kRequiredText},
                                             {"referral_source", "source", Column::kRequiredText},
                                             {"referral_reason", "reason", Column::kRequiredText}}));
  f["status"] = std::string("open");
  out.push_back(Mutation{Mutation::Kind::kUpdate, "children", id, std::move(f)});
  // R20: the referral that reopened it, kept beside the first (the chronology lists both).
  CR_ASSIGN_OR_RETURN(Mutation reopened, children::ReferralRow(event, id, *referral, /*reopened=*/true));
  out.push_back(std::move(reopened));
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{
      {events::kChildRecordClosed, events::kChildRecordReopened},
      &ProjectClosureEvent,
      {{kClosuresTable, {"child_id", "closed_on", "reason", "closing_summary", "closed_by", "recorded_at"}}}};
}

}  // namespace childrecord::features::closure
