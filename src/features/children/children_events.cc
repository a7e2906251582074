// The children's part of the journal: child.record_opened (R1) and the `children` row it starts.
// Other features update the row (each in its own *_events.cc); the identity feature adds the
// identity columns it starts with (features/identity/identity_events.h OpenedIdentityColumns).
#include "features/children/children_events.h"

#include "core/text.h"
#include "core/time_format.h"
#include "features/identity/identity_events.h"
#include "record/projection.h"
#include "record/projector_support.h"

namespace childrecord::features::children {
namespace {

using projector::Column;

Result<std::vector<Mutation>> ProjectRecordOpened(const JournalEvent& event) {
  const Json& p = event.payload;
  CR_ASSIGN_OR_RETURN(std::string id, projector::IdOf(event, "child_id"));
  CR_ASSIGN_OR_RETURN(Fields f,
                      projector::ReadColumns(event, p,
                                             {{"full_name", "full_name", Column::kRequiredText},
                                              {"date_of_birth", "date_of_birth", Column::kOptionalText},
                                              {"team_id", "team_id", Column::kRequiredText},
                                              {"allocated_worker_id", "allocated_worker_id", Column::kOptionalText}}));
  auto referral = p.find("referral");
  if (referral == p.end() || !referral->is_object()) return projector::BadPayload(event, "referral");
  CR_ASSIGN_OR_RETURN(Fields r, projector::ReadColumns(event, *referral,
                                                       {{"referral_received_on", "received_on", Column::kRequiredText},
                                                        {"referral_source", "source", Column::kRequiredText},
                                                        {"referral_reason", "reason", Column::kRequiredText}}));
  f.merge(r);
  f["name_key"] = FoldCase(std::get<std::string>(f["full_name"]));
  // The local child id is the journal position of the opening event: unique, never reused,
  // and derivable by anyone replaying the journal.
  f["local_child_id"] = "CR" + std::to_string(100000 + event.seq);
  f["status"] = std::string("open");
  f["opened_at"] = FormatUtc(event.recorded_at);
  f["restricted"] = int64_t{0};
  f["restricted_to"] = FieldValue{};
  // R2: the identity as opened, before any dated change.
  f.merge(identity::OpenedIdentityColumns(f));
  std::vector<Mutation> out;
  out.push_back(projector::Insert("children", id, std::move(f)));
  CR_ASSIGN_OR_RETURN(Mutation first_referral, ReferralRow(event, id, *referral, /*reopened=*/false));
  out.push_back(std::move(first_referral));
  return out;
}

}  // namespace

Result<Mutation> ReferralRow(const JournalEvent& event, const std::string& child_id, const Json& referral,
                             bool reopened) {
  CR_ASSIGN_OR_RETURN(Fields f, projector::ReadColumns(event, referral,
                                                       {{"received_on", "received_on", Column::kRequiredText},
                                                        {"source", "source", Column::kRequiredText},
                                                        {"reason", "reason", Column::kRequiredText}}));
  f["child_id"] = child_id;
  f["reopened"] = int64_t{reopened ? 1 : 0};
  f["recorded_by"] = event.actor;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  return projector::Insert("record_referrals", child_id + "/" + std::to_string(event.seq), std::move(f));
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{
      {events::kChildRecordOpened},
      &ProjectRecordOpened,
      {{"children",
        {"full_name", "name_key", "date_of_birth", "local_child_id", "status", "team_id", "allocated_worker_id",
         "opened_at", "referral_received_on", "referral_source", "referral_reason", "restricted", "restricted_to"}},
       {"record_referrals",
        {"child_id", "received_on", "source", "reason", "reopened", "recorded_by", "recorded_at"}}}};
}

}  // namespace childrecord::features::children
