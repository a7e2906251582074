// EntryService: entries on a child's record (R15, R21, R26, R28; R29, R30 amendments).
#include "features/entries/entry_service.h"

#include <algorithm>

#include "core/field_errors.h"
#include "core/ids.h"
#include "features/entries/entries_events.h"
#include "features/entries/entry_repository.h"
#include "features/entries/contact_rules.h"
#include "features/entries/visit_rules.h"
#include "record/commands.h"
#include "store/account_repository.h"

namespace childrecord {

Result<EntryView> EntryService::RecordEntry(const Principal& who, const std::string& child_id, const Json& input,
                                            const AccessContext& access) {
  const std::string entry_id = NewId();
  // R6, R27: a management decision needs the right to make it; other kinds the right to record.
  const std::string kind =
      input.is_object() && input.contains("kind") && input["kind"].is_string() ? input["kind"].get<std::string>() : "";
  CR_ASSIGN_OR_RETURN(NewAccessLogEntry allowed,
                      record_access_.AuthorizeWrite(who, child_id, ActionToRecord(kind), access, entry_id));
  auto events = EntryRecordedEvents(who, child_id, entry_id, input, access);
  if (!events.ok()) {  // refused: the decision to let them try is still logged (R40)
    CR_RETURN_IF_ERROR(store_.AppendAccessLog(tenant_id_, allowed));
    return events.error();
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, std::move(*events), {std::move(allowed)}));
  return EntryRepository(store_).GetEntry(tenant_id_, entry_id);
}

Result<std::vector<NewEvent>> EntryService::EntryRecordedEvents(const Principal& who, const std::string& child_id,
                                                                const std::string& entry_id, const Json& input,
                                                                const AccessContext& access) {
  std::string practitioner_id = who.user.id;
  if (input.is_object() && input.contains("practitioner_id") && !input["practitioner_id"].is_null()) {
    if (!input["practitioner_id"].is_string() || !IsWellFormedId(input["practitioner_id"].get<std::string>()) ||
        !AccountRepository(store_).FindUser(tenant_id_, input["practitioner_id"].get<std::string>()).ok()) {
      return Error::Validation("practitioner_id", "There is no practitioner with that id");
    }
    practitioner_id = input["practitioner_id"];
  }
  const TimePoint now = store_.clock().Now();
  CR_ASSIGN_OR_RETURN(Json payload, BuildEntryRecorded(input, child_id, entry_id, practitioner_id, now));
  // The kind's own rules: R18 visit, R19 unsuccessful visit, R6/R27 decisions by managers, R31
  // marked sections. Errors name the field path ("visit.seen_alone_reason").
  CR_ASSIGN_OR_RETURN(Json details, BuildEntryDetails(payload["kind"], input, who.user.role, now));
  // R18 key changes (someone moved in or out): the household's history changes in the SAME append
  // as the visit, so both are written or neither; a change contradicting the history refuses the
  // visit ("visit.key_changes[i]"). The logic is in household_changes.cc.
  CR_ASSIGN_OR_RETURN(std::vector<NewEvent> household, HouseholdChangeEvents(child_id, entry_id, details));
  if (details.is_object() && !details.empty()) payload["details"] = std::move(details);
  // R32: the brothers' and sisters' records the entry also belongs to.
  CR_ASSIGN_OR_RETURN(Json shared_with, CheckSharedWith(who, child_id, input, access, entry_id));
  if (!shared_with.empty()) payload["shared_with"] = std::move(shared_with);
  std::vector<NewEvent> events{{events::kEntryRecorded, std::move(payload)}};
  for (auto& e : household) events.push_back(std::move(e));
  return events;
}

Result<Page<EntryView>> EntryService::ListEntries(const Principal& who, const std::string& child_id, int limit,
                                                  const std::string& cursor, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access));
  CR_ASSIGN_OR_RETURN(Page<EntryView> page,
                      EntryRepository(store_).ListEntries(tenant_id_, child_id, std::clamp(limit, 1, 200), cursor));
  CR_RETURN_IF_ERROR(HideRestrictedSources(who, page.items));
  return page;
}

Result<EntryView> EntryService::GetEntry(const Principal& who, const std::string& entry_id,
                                         const AccessContext& access) {
  CR_RETURN_IF_ERROR(CheckId(entry_id, "entry"));
  CR_ASSIGN_OR_RETURN(EntryView entry, EntryRepository(store_).GetEntry(tenant_id_, entry_id));
  Status allowed = record_access_.Authorize(who, entry.child_id, AccessAction::kReadEntries, access, entry_id);
  if (!allowed.ok()) {
    if (allowed.error().code == ErrorCode::kNotFound) return Error::NotFound("There is no entry with that id");
    return allowed.error();
  }
  return entry;
}

Result<EntryView> EntryService::AmendEntry(const Principal& who, const std::string& entry_id, const Json& input,
                                           const AccessContext& access) {
  CR_RETURN_IF_ERROR(CheckId(entry_id, "entry"));
  CR_ASSIGN_OR_RETURN(EntryView current, EntryRepository(store_).GetEntry(tenant_id_, entry_id));
  // Amending needs the same right as recording the entry's kind (R6, R27: a decision is rewritten
  // only by someone who may make it), which implies reading the entry being amended.
  Status allowed = record_access_.Authorize(who, current.child_id, ActionToRecord(current.kind), access, entry_id);
  if (!allowed.ok()) {
    if (allowed.error().code == ErrorCode::kNotFound) return Error::NotFound("There is no entry with that id");
    return allowed.error();
  }
  const Json details = current.details.empty() ? Json(nullptr) : Json::parse(current.details, nullptr, false);
  const EntryAsItStands text{
      .id = current.id, .version = current.version, .title = current.title, .body = current.body, .details = details};
  // R18 with R29/R30: a visit's answers (seen, seen alone, interpreter) are amended like its text;
  // every problem of the amendment is told at once.
  Json amended = input;
  FieldErrors errors;
  if (input.is_object() && input.contains("visit")) {
    auto answers = AmendVisitAnswers(details, input["visit"]);
    if (errors.Check(answers)) amended["details"] = *answers;
  }
  // R21 with R29/R30: a contact's actions and decisions (by whom, why) are amended the same way.
  if (input.is_object() && input.contains("contact")) {
    auto answers = AmendContactAnswers(amended.contains("details") ? amended["details"] : details, input["contact"]);
    if (errors.Check(answers)) amended["details"] = *answers;
  }
  auto built = BuildEntryAmended(amended, text);
  if (!built.ok() && built.error().code != ErrorCode::kValidation) return built.error();
  if (!built.ok() && (errors.empty() || built.error().message.rfind("Nothing was changed", 0) != 0)) {
    errors.Add(built.error());
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  Json payload = std::move(*built);
  auto written = store_.Append(tenant_id_, who.user.id, {{events::kEntryAmended, std::move(payload)}});
  if (!written.ok()) {
    if (written.error().code == ErrorCode::kConflict) {
      return Error::Conflict(
          "Someone else amended this entry at the same moment. Nothing was saved: look at the "
          "new version and amend again.");
    }
    return written.error();
  }
  return EntryRepository(store_).GetEntry(tenant_id_, entry_id);
}

Result<std::vector<EntryVersionView>> EntryService::ListEntryVersions(const Principal& who, const std::string& entry_id,
                                                                      const AccessContext& access) {
  CR_RETURN_IF_ERROR(GetEntry(who, entry_id, access));
  return EntryRepository(store_).ListEntryVersions(tenant_id_, entry_id);
}

}  // namespace childrecord
