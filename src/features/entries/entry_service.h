#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/entries/entry_details.h"
#include "features/entries/entry_views.h"
#include "record/read_models.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// Entries on a child's record: recording every kind (R15, R18, R19, R6/R27, R21, R26, R28),
// reading them, amending with every version kept (R29, R30), and sharing one entry with brothers'
// and sisters' records (R32). Every read and write decides access through
// RecordAccess::Authorize, so it is logged. Thread safe; borrows `store` and `record_access`, which
// must outlive it.
class EntryService {
 public:
  EntryService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // Records an entry on a child's record (R15, R21, R26, R28).
  Result<EntryView> RecordEntry(const Principal& who, const std::string& child_id, const Json& input,
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

  // --- Brothers and sisters (R32; entry_share_service.cc) ---
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

  // R18: the names, with their relationship to the child, of the people chosen from the record
  // under "Who was there" on `entries` (entry_people.cc), for EntryDetailRows. Reads only the
  // people those entries name, from the records they were written on; the entries' read has been
  // decided already, and who was present is part of what was read.
  Result<PeopleNames> NamesOfPeoplePresent(const std::vector<EntryView>& entries);

  // R32: checks input.shared_with (the ids of brothers' and sisters' records, each one the caller
  // may record on) and returns the cleaned list for the entry.recorded payload; [] when none.
  Result<Json> CheckSharedWith(const Principal& who, const std::string& child_id, const Json& input,
                               const AccessContext& access, const std::string& entry_id);

 private:
  // R32 with SPEC §4's restricted records: on entries shared from a record restricted to others
  // than `who`, hides which record (and child) they came from (EntryView::shared_from_hidden).
  Status HideRestrictedSources(const Principal& who, std::vector<EntryView>& entries);
  // Whether `who` may know that the record `child_id` exists (not restricted to others).
  Result<bool> MayKnowRecord(const Principal& who, const std::string& child_id);

  // The events that record a new entry `entry_id` from `input` (its kind's rules, R18 household
  // changes, R32 sharing), or every reason the input is refused.
  Result<std::vector<NewEvent>> EntryRecordedEvents(const Principal& who, const std::string& child_id,
                                                    const std::string& entry_id, const Json& input,
                                                    const AccessContext& access);

  // R18 key changes of a visit (details["household_changes"] from BuildEntryDetails): the events
  // that apply each move to the household's history, for RecordEntry to append with the entry.
  // May add ids to `details` (people added by name). kValidation naming "visit.key_changes[i]"
  // when a change contradicts the history (features/entries/household_changes.cc).
  Result<std::vector<NewEvent>> HouseholdChangeEvents(const std::string& child_id, const std::string& entry_id,
                                                      Json& details);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
