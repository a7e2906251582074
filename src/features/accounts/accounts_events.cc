// The staff's part of the journal: user.added and the account changes (accounts_events.h), and the
// `users` table they project. Teams (team.created) stay with the record's own projection
// (record/projection.cc), as every feature's rows may name a team.
#include "features/accounts/accounts_events.h"

#include "core/time_format.h"
#include "record/projection.h"
#include "record/projector_support.h"

namespace childrecord::features::accounts {
namespace {

using namespace projector;

Result<std::vector<Mutation>> ProjectAccountEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "user_id"));
  std::vector<Mutation> out;
  if (event.type == events::kUserAdded) {
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"username", "username", Column::kRequiredText},
                                               {"full_name", "full_name", Column::kRequiredText},
                                               {"role", "role", Column::kRequiredText},
                                               {"team_id", "team_id", Column::kOptionalText}}));
    f["created_at"] = FormatUtc(event.recorded_at);
    f["active"] = int64_t{1};
    f["training_completed_on"] = FieldValue{};
    out.push_back(Insert("users", id, std::move(f)));
    return out;
  }
  if (event.type == events::kUserDisabled || event.type == events::kUserEnabled) {
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id,
                           Fields{{"active", int64_t{event.type == events::kUserEnabled ? 1 : 0}}}});
    return out;
  }
  if (event.type == events::kUserRoleChanged) {
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"role", "role", Column::kRequiredText}}));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id, std::move(f)});
    return out;
  }
  if (event.type == events::kUserTeamChanged) {
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"team_id", "team_id", Column::kOptionalText}}));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id, std::move(f)});
    return out;
  }
  // user.training_recorded (R53).
  CR_ASSIGN_OR_RETURN(Fields f,
                      ReadColumns(event, p, {{"training_completed_on", "completed_on", Column::kRequiredText}}));
  if (!ParseIsoDate(std::get<std::string>(f["training_completed_on"]))) return BadPayload(event, "completed_on");
  out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id, std::move(f)});
  return out;
}

}  // namespace

// The feature's part of the journal (record/projection.h FeatureEvents). features/feature_events.cc
// lists it first, so verify checks `users` right after `teams`.
FeatureEvents Events() {
  return FeatureEvents{
      {events::kUserAdded, events::kUserDisabled, events::kUserEnabled, events::kUserRoleChanged,
       events::kUserTeamChanged, events::kUserTrainingRecorded},
      &ProjectAccountEvent,
      {{"users", {"username", "full_name", "role", "team_id", "created_at", "active", "training_completed_on"}}}};
}

}  // namespace childrecord::features::accounts
