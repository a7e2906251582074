#include "features/summary/summary_service.h"

#include <map>
#include <set>

#include "auth/access_policy.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/identity/identity_repository.h"
#include "features/people/people_repository.h"
#include "features/plan/plan_repository.h"
#include "features/summary/summary_events.h"

namespace childrecord {

Result<CaseNoteSummary> SummaryService::Get(const Principal& who, const std::string& child_id,
                                            const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "case note summary"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  return Current(child_id, child.summary.opened_at);
}

Result<CaseNoteSummary> SummaryService::Current(const std::string& child_id, const std::string& opened_at) {
  CaseNoteSummary out{.child_id = child_id};
  CR_ASSIGN_OR_RETURN(out.current, summaries_.Latest(tenant_id_, child_id));
  const std::string since = out.current ? out.current->recorded_at : std::string();
  std::vector<SignificantChange> changes;
  if (out.current) {
    CR_ASSIGN_OR_RETURN(changes, summaries_.SignificantChangesSince(tenant_id_, child_id, since));
  }
  out.due = DecideSummaryDue({since, opened_at, std::move(changes), store_.clock().Now()});
  if (!out.current) return out;
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  std::map<std::string, const LinkedPerson*> by_id;
  for (const LinkedPerson& p : people) by_id[p.person_id] = &p;
  const Json chosen = Json::parse(out.current->key_people.empty() ? std::string("[]") : out.current->key_people);
  for (const Json& k : chosen) {
    SummaryKeyPerson person{.person_id = k.value("person_id", "")};
    if (k.contains("safety") && k["safety"].is_string()) person.safety = k["safety"];
    if (k.contains("note") && k["note"].is_string()) person.note = k["note"];
    if (auto found = by_id.find(person.person_id); found != by_id.end()) {
      person.full_name = found->second->full_name;
      person.relationship = found->second->relationship;
      person.phone = found->second->phone;
      person.email = found->second->email;
    } else {
      person.on_record = false;
    }
    out.key_people.push_back(std::move(person));
  }
  return out;
}

Result<std::vector<SummaryVersion>> SummaryService::Versions(const Principal& who, const std::string& child_id,
                                                             const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "case note summary versions"));
  return summaries_.Versions(tenant_id_, child_id);
}

Result<CaseNoteSummary> SummaryService::Write(const Principal& who, const std::string& child_id, const Json& input,
                                              const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(NewAccessLogEntry row, record_access_.AuthorizeWrite(who, child_id, AccessAction::kRecordEntry,
                                                                           access, "case note summary"));
  auto payload = [&]() -> Result<Json> {
    CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people,
                        PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
    std::set<std::string> on_record;
    for (const LinkedPerson& p : people) on_record.insert(p.person_id);
    CR_ASSIGN_OR_RETURN(std::optional<SummaryVersion> last, summaries_.Latest(tenant_id_, child_id));
    return BuildSummaryVersion(input, child_id, last ? last->version + 1 : 1, on_record);
  }();
  if (!payload.ok()) {
    // Refused before appending: the access decision is still written (RecordAccess::AuthorizeWrite).
    (void)store_.AppendAccessLog(tenant_id_, row);
    return payload.error();
  }
  auto appended =
      store_.Append(tenant_id_, who.user.id, {{events::kCaseNoteSummaryWritten, *std::move(payload)}}, {row});
  if (!appended.ok()) {
    if (appended.error().code == ErrorCode::kConflict) {
      return Error::Conflict("Someone updated the summary at the same moment: read it again and make your change");
    }
    return appended.error();
  }
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  return Current(child_id, child.summary.opened_at);
}

Result<OutOfHoursView> SummaryService::OutOfHours(const Principal& who, const std::string& child_id,
                                                  const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "out of hours view"));
  OutOfHoursView out;
  CR_ASSIGN_OR_RETURN(out.child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(out.summary, Current(child_id, out.child.summary.opened_at));
  // R4, R8: the arrangement in force today is the one with the latest date from, not after today
  // (of two from the same date, the later recorded), as the Where they live tab shows it.
  CR_ASSIGN_OR_RETURN(std::vector<LivingArrangementView> living,
                      IdentityRepository(store_).LivingArrangements(tenant_id_, child_id));
  const std::string today = FormatIsoDate(LondonDate(store_.clock().Now()));
  for (const LivingArrangementView& a : living) {
    if (a.effective_from > today) continue;
    if (!out.living || a.effective_from > out.living->effective_from ||
        (a.effective_from == out.living->effective_from && a.id > out.living->id)) {
      out.living = a;
    }
  }
  CR_ASSIGN_OR_RETURN(out.child_protection_plan,
                      PlanRepository(store_).ChildProtectionPlanInForce(tenant_id_, child_id));
  auto latest = entries_.ListEntries(who, child_id, 3, "", access);
  if (latest.ok()) {
    out.latest_entries = std::move(latest->items);
  } else if (latest.error().code == ErrorCode::kReasonRequired || latest.error().code == ErrorCode::kForbidden) {
    out.entries_need_reason = latest.error().code == ErrorCode::kReasonRequired;
  } else {
    return latest.error();
  }
  return out;
}

Result<std::vector<OutOfHoursEntry>> SummaryService::OutOfHoursEntriesFor(const Principal& who,
                                                                          const std::string& since) {
  if (who.user.role != "practitioner") return std::vector<OutOfHoursEntry>{};
  return summaries_.OutOfHoursEntriesFor(tenant_id_, who.user.id, since);
}

}  // namespace childrecord
