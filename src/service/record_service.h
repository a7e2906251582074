#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/access_policy.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "auth/principal.h"
#include "record/identity.h"
#include "store/store.h"

namespace childrecord {

// The use cases of the child's record: checks who may do what (auth/access_policy.h), validates
// with the pure rules in src/record, checks references against the store, appends the events,
// and writes an access-log row for every read or change of a child's record (and for every
// refusal), before any of the record is returned. HTTP handlers and the CLI call these; they
// hold no rules of their own. Thread safe.
//
// Access outside the caller's caseload needs a reason: in `access.reason`, or (web sessions)
// one given earlier in the session for that child (GiveReason). Without one the answer is
// kReasonRequired; a reason of only white space is kValidation (field "reason") and is not logged.
// Restricted records the caller is not named on are kNotFound, as if they did not exist.
class RecordService {
 public:
  RecordService(Store& store, std::string tenant_id) : store_(store), tenant_id_(std::move(tenant_id)) {}

  // R1: a First Contact user (or a manager) accepts a referral; the record opens.
  Result<ChildRecord> OpenRecord(const Principal& who, const Json& input, const AccessContext& access = {});

  // Records an entry on a child's record (R15, R21, R26, R28).
  Result<EntryView> RecordEntry(const Principal& who, const std::string& child_id, const Json& input,
                                const AccessContext& access = {});

  // Children by name. Restricted records are left out unless the caller is named on them; a child
  // the caller may not open without a reason comes back with only id and full_name
  // (reason_required set). Logged as one "children.search" row.
  Result<Page<ChildListItem>> SearchChildren(const Principal& who, const std::string& query, int limit,
                                             const std::string& cursor, const AccessContext& access = {});
  Result<ChildRecord> GetChild(const Principal& who, const std::string& child_id, const AccessContext& access = {});
  Result<std::vector<LinkedPerson>> ListPeople(const Principal& who, const std::string& child_id,
                                               const AccessContext& access = {});
  Result<Page<EntryView>> ListEntries(const Principal& who, const std::string& child_id, int limit,
                                      const std::string& cursor, const AccessContext& access = {});
  Result<EntryView> GetEntry(const Principal& who, const std::string& entry_id, const AccessContext& access = {});
  // R29/R30: amends an entry (BuildEntryAmended): a new version with the reason; the earlier text
  // stays. Needs both reading the entry and recording on its record. A concurrent amendment of
  // the same version is kConflict.
  Result<EntryView> AmendEntry(const Principal& who, const std::string& entry_id, const Json& input,
                               const AccessContext& access = {});
  // Every version of an entry, oldest first.
  Result<std::vector<EntryVersionView>> ListEntryVersions(const Principal& who, const std::string& entry_id,
                                                          const AccessContext& access = {});

  // Decides one access to a child's record and logs it: ok when allowed (the row is durable),
  // otherwise the error to answer with (kNotFound, kForbidden, kReasonRequired, kValidation).
  // For use cases elsewhere that read or change a child's record (e.g. words we use).
  Status Authorize(const Principal& who, const std::string& child_id, AccessAction action,
                   const AccessContext& access, const std::string& detail = "");

  // Pages: "Why do you need to see this record?" Checks the reason (kValidation, field "reason",
  // when blank), that the caller's role may see the record with a reason, and remembers it for
  // this child for the rest of the web session. Logged ("access.reason_given") with the reason.
  Status GiveReason(const Principal& who, const std::string& child_id, const std::string& reason,
                    const AccessContext& access);


  // --- Brothers and sisters (R32; entry_share_service.cc) -----------------------------------------
  // The brothers' and sisters' records the caller may record on without giving a reason, for the
  // "Also record this on the records of" choice. Needs record-entry access to `child_id` (logged);
  // the siblings' names are decided, not logged, as no part of their record is read.
  Result<std::vector<SharedRecord>> SiblingRecordsToShare(const Principal& who, const std::string& child_id,
                                                          const AccessContext& access = {});
  // An entry as seen from `record_id`'s record. Empty or the entry's own record: GetEntry (needs
  // reading entries on the entry's own record). A brother's or sister's record the entry was
  // shared with: needs reading entries on THAT record (logged there), and the entry comes back
  // with shared_from_* set; any other record: kNotFound. See docs/access.md.
  Result<EntryView> GetEntryOn(const Principal& who, const std::string& entry_id, const std::string& record_id,
                               const AccessContext& access = {});
  Result<std::vector<EntryVersionView>> ListEntryVersionsOn(const Principal& who, const std::string& entry_id,
                                                            const std::string& record_id,
                                                            const AccessContext& access = {});
  // The records an entry was shared with, for a reader of its own record (GetEntry's access).
  Result<std::vector<SharedRecord>> EntrySharedWith(const Principal& who, const std::string& entry_id,
                                                    const AccessContext& access = {});
  // The entry page: the entry as seen from `record_id` (GetEntryOn's access, one logged read), every
  // version oldest first, and — only when read on its own record — the records it was shared with.
  struct EntryWithHistory {
    EntryView entry;
    std::vector<EntryVersionView> versions;
    std::vector<SharedRecord> shared_with;
  };
  Result<EntryWithHistory> GetEntryWithHistory(const Principal& who, const std::string& entry_id,
                                               const std::string& record_id, const AccessContext& access = {});

 private:
  // R32: checks input.shared_with (the ids of brothers' and sisters' records, each one the caller
  // may record on) and returns the cleaned list for the entry.recorded payload; [] when none.
  Result<Json> CheckSharedWith(const Principal& who, const std::string& child_id, const Json& input,
                               const AccessContext& access, const std::string& entry_id);

 private:
  Status Log(const Principal& who, const std::string& child_id, AccessAction action, const AccessContext& access,
             const std::string& detail, const std::string& reason, const char* outcome);
  // R32 with SPEC §4's restricted records: on entries shared from a record restricted to others
  // than `who`, hides which record (and child) they came from (EntryView::shared_from_hidden).
  Status HideRestrictedSources(const Principal& who, std::vector<EntryView>& entries);
  // Whether `who` may know that the record `child_id` exists (not restricted to others).
  Result<bool> MayKnowRecord(const Principal& who, const std::string& child_id);

  // R18 key changes of a visit (details["household_changes"] from BuildEntryDetails): the events
  // that apply each move to the household's history, for RecordEntry to append with the entry.
  // May add ids to `details` (people added by name). kValidation naming "visit.key_changes[i]"
  // when a change contradicts the history (service/household_changes.cc).
  Result<std::vector<NewEvent>> HouseholdChangeEvents(const std::string& child_id, const std::string& entry_id,
                                                      Json& details);

  Store& store_;
  std::string tenant_id_;
};

}  // namespace childrecord
