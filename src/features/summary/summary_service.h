#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/children/children_views.h"
#include "features/entries/entry_service.h"
#include "features/entries/entry_views.h"
#include "features/identity/identity_views.h"
#include "features/plan/plan_views.h"
#include "features/summary/summary_repository.h"
#include "features/summary/summary_rules.h"
#include "features/summary/summary_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// A key person of the summary with the person's details as they are now on the record (R25: phone
// numbers and email addresses read from the people feature, never copied into the summary).
struct SummaryKeyPerson {
  std::string person_id = {};
  std::string full_name = {};
  std::string relationship = {};  // the stored code (people_words.h RelationshipLabel gives words)
  std::string phone = {};
  std::string email = {};
  std::string safety = {};  // "", "safe" or "not_safe"
  std::string note = {};
  bool on_record = true;  // false when the person's link has gone from the record since
};

// R25: the child's Case Note Summary as a reader gets it: the current version (none yet: nullopt),
// its key people with their details now, and whether it is due (summary.due, computed now).
struct CaseNoteSummary {
  std::string child_id = {};
  std::optional<SummaryVersion> current = std::nullopt;
  std::vector<SummaryKeyPerson> key_people = {};
  SummaryDue due = {};
};

// R25 out of hours: what the Emergency Duty Team needs on one page.
struct OutOfHoursView {
  ChildRecord child = {};
  CaseNoteSummary summary = {};
  std::optional<LivingArrangementView> living = std::nullopt;  // in force today; none recorded: nullopt
  std::optional<Plan> child_protection_plan = std::nullopt;    // in force (R24); none: nullopt
  bool entries_need_reason = false;                            // the latest entries need a stated reason
  std::vector<EntryView> latest_entries = {};                  // the last 3, newest first
};

// R25: the Case Note Summary and the out-of-hours view — the use cases. Every call on a record
// decides access through RecordAccess::Authorize, so it is logged like any use of the record.
// Reading the summary is reading the record's key people (kReadPeople: the Emergency Duty Team may
// without a reason, docs/access.md); writing it is recording on the record (kRecordEntry).
// Thread safe; borrows `store` and `record_access`, which must outlive it.
class SummaryService {
 public:
  SummaryService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store),
        summaries_(store),
        tenant_id_(std::move(tenant_id)),
        record_access_(record_access),
        entries_(store, tenant_id_, record_access) {}

  // The current summary with its key people and whether it is due (kReadPeople).
  Result<CaseNoteSummary> Get(const Principal& who, const std::string& child_id, const AccessContext& access = {});
  // The same for a record the caller has already been allowed to read (decides and logs nothing).
  Result<CaseNoteSummary> Current(const std::string& child_id, const std::string& opened_at);
  // Every version, newest first (kReadPeople).
  Result<std::vector<SummaryVersion>> Versions(const Principal& who, const std::string& child_id,
                                               const AccessContext& access = {});
  // Writes a new version (summary_rules.h BuildSummaryVersion: every error at once, each naming its
  // field; a key person must be on the record). kConflict when someone wrote a version at the same
  // moment. Needs kRecordEntry.
  Result<CaseNoteSummary> Write(const Principal& who, const std::string& child_id, const Json& input,
                                const AccessContext& access = {});
  // The out-of-hours view (kReadPeople; the latest entries are decided apart as kReadEntries, so
  // the Emergency Duty Team sees the rest at once and is asked a reason only for the notes).
  Result<OutOfHoursView> OutOfHours(const Principal& who, const std::string& child_id,
                                    const AccessContext& access = {});
  // R25 out of hours: entries the Emergency Duty Team recorded since `since` on the caller's
  // allocated open records (their home page). Not a read of one record: names and titles of the
  // caller's own caseload only.
  Result<std::vector<OutOfHoursEntry>> OutOfHoursEntriesFor(const Principal& who, const std::string& since);

 private:
  Store& store_;
  SummaryRepository summaries_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
  EntryService entries_;
};

}  // namespace childrecord
