#include "features/referral/referral_service.h"

#include <algorithm>

#include "auth/access_policy.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/children/children_events.h"
#include "features/identity/identity_events.h"
#include "features/identity/identity_rules.h"
#include "features/referral/referral_repository.h"
#include "record/commands.h"
#include "store/account_repository.h"

namespace childrecord {

Status ReferralService::MayOpen(const Principal& who) const {
  if (GrantFor(who.user.role, AccessAction::kOpenRecord) == Grant::kNo)
    return RoleCannot(who, AccessAction::kOpenRecord);
  return Status::Ok();
}

Result<std::vector<Team>> ReferralService::Teams(const Principal& who) {
  CR_RETURN_IF_ERROR(MayOpen(who));
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  std::sort(teams.begin(), teams.end(), [](const Team& a, const Team& b) { return a.name < b.name; });
  return teams;
}

Result<std::vector<PossibleMatch>> ReferralService::PossibleMatchesFor(const Principal& who,
                                                                       const ReferralInput& referral,
                                                                       const AccessContext& access) {
  CR_RETURN_IF_ERROR(MayOpen(who));
  CR_ASSIGN_OR_RETURN(std::vector<MatchCandidate> candidates,
                      ReferralRepository(store_).Candidates(tenant_id_, referral, who.user.id));
  std::vector<PossibleMatch> matches = PossibleMatches(referral, candidates);
  CR_RETURN_IF_ERROR(record_access_.Log(who, "", AccessAction::kSearchChildren, access,
                                        "possible matches for a new referral: " + referral.FullName(), "", "allowed"));
  return matches;
}

Result<std::string> ReferralService::Open(const Principal& who, const ReferralInput& referral,
                                          const std::string& not_a_duplicate, const AccessContext& access) {
  CR_RETURN_IF_ERROR(MayOpen(who));
  const std::string child_id = NewId();
  const TimePoint now = store_.clock().Now();
  CR_ASSIGN_OR_RETURN(Json opened, BuildRecordOpened(RecordOpenedInput(referral), child_id, now));
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  if (std::none_of(teams.begin(), teams.end(), [&](const Team& t) { return t.id == referral.team_id; })) {
    return Error::Validation("team_id", "Choose one of the teams listed");
  }
  std::vector<NewEvent> written{{events::kChildRecordOpened, std::move(opened)}};
  if (!referral.nhs_number.empty()) {
    Json change{{"effective_from", referral.received_on},
                {"reason", "Given with the referral"},
                {"changes", {{"nhs_number", {{"value", referral.nhs_number}}}}}};
    CR_ASSIGN_OR_RETURN(Json identity, BuildIdentityChanged(change, child_id, now));
    written.push_back({events::kIdentityChanged, std::move(identity)});
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, written));
  const std::string detail = not_a_duplicate.empty() ? "referral accepted: no possible match found"
                                                     : "referral accepted: possible matches shown, none the child";
  CR_RETURN_IF_ERROR(
      record_access_.Log(who, child_id, AccessAction::kOpenRecord, access, detail, not_a_duplicate, "allowed"));
  return child_id;
}

Result<std::string> ReferralService::SameChild(const Principal& who, const std::string& child_id,
                                               const ReferralInput& referral, const AccessContext& access) {
  CR_RETURN_IF_ERROR(MayOpen(who));
  // Only a record the referral's details found: choosing "the same child" takes the reader to the
  // record without the reason form, which must not open any record for any referral.
  CR_ASSIGN_OR_RETURN(std::vector<MatchCandidate> candidates,
                      ReferralRepository(store_).Candidates(tenant_id_, referral, who.user.id));
  const std::vector<PossibleMatch> matches = PossibleMatches(referral, candidates);
  if (std::none_of(matches.begin(), matches.end(), [&](const PossibleMatch& m) { return m.child.id == child_id; })) {
    return Error::Validation("", "That record is not one of the possible matches for this referral: choose one listed");
  }
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kOpenRecord, access, "referral: the same child"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  if (child.summary.status == "open") return std::string("open");
  Json input{{"referral", RecordOpenedInput(referral)["referral"]}};
  CR_RETURN_IF_ERROR(closures_.Reopen(who, child_id, input, access));
  return std::string("reopened");
}

}  // namespace childrecord
