#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "record/read_models.h"

namespace childrecord {

// The roles of SPEC §4, as stored on an account ("practitioner", "team_manager", ...).
const std::vector<std::string>& Roles();
bool IsRole(const std::string& role);
// R6, R27: who may record a management decision — a team manager or a senior manager.
bool IsManagerRole(const std::string& role);
// What a refusal of recording or amending a management decision says (R6, R27).
inline constexpr char kOnlyManagersDecide[] =
    "Only a team manager or a senior manager can record a management decision";

// Who may do what to a child's record (SPEC §2 principle 5, §4; policy R40, R48).
// The permissions are ONE table, role × action (AccessTable()); docs/access.md explains it and
// tests/app/access_matrix_test.cc walks every role × every endpoint from it. Pure: no I/O.

// What someone does. Every HTTP endpoint maps to one of these (Endpoints()).
enum class AccessAction {
  kPublic,          // no sign-in needed (health, sign-in, assets, the OpenAPI document)
  kSignedIn,        // any signed-in person; touches no child's record (sign out, language check)
  kSearchChildren,  // list and search children (names of records the person may see)
  kOpenRecord,      // accept a referral and open a record (R1)
  kReadOverview,    // a child's overview (name, dates, team, referral)
  kReadPeople,      // the people in a child's life (key contacts)
  kReadEntries,     // the case notes: entries list and single entries
  kRecordEntry,     // record an entry on a child's record, or amend one (R29/R30)
  kRecordDecision,  // record or amend a management decision (R6, R27): the decision is the manager's
  kRestrictRecord,  // restrict a record to named people, or lift that
  kReadAuditLog,    // the access log (/audit, /api/v1/audit)
  kReviewReasons,   // "access with reason" review list (/audit/reasons)
  kManageAccounts,  // accounts, roles, teams, passwords of others
  kOverseeTeam,     // what a team's records are missing or have overdue (R20, R24, R25, R28; R40)
};

// The name used in the access log and in docs ("child.read", ...).
std::string_view AccessActionName(AccessAction action);
// What the action is, in words that finish "Your role cannot …": "record on this record".
std::string_view AccessActionWords(AccessAction action);

// How a role holds an action.
enum class Grant {
  kNo,            // never
  kCaseload,      // on the person's caseload (allocated worker, their team, the team's managers);
                  // on other records only with a stated reason
  kCaseloadOnly,  // on the person's caseload only; a reason does not widen it. For the audit
                  // actions: the person's own team's children only.
  kWithReason,    // on any record, always with a stated reason
  kYes,           // on any record (that is not restricted to others) without a reason
};

struct AccessRow {
  std::string role;
  AccessAction action;
  Grant grant;
};

// The table: one row for every role of SPEC §4 × every action that is not kPublic/kSignedIn.
const std::vector<AccessRow>& AccessTable();

// The grant of `role` for `action`; kNo for unknown roles. kPublic and kSignedIn give kYes.
Grant GrantFor(const std::string& role, AccessAction action);

// Whether `user` is on the record's caseload: the allocated worker, anyone in the record's team
// (which includes the team's managers), or, for a restricted record, one of the named people.
bool OnCaseload(const UserAccount& user, const ChildAccessFacts& child);

// R40: whether `user` is a worker the record was reallocated from within kPreviousWorkerReadAccess
// (record/read_models.h)
// before `child.as_of`. Computed from the facts on every decision, never stored.
bool IsRecentPreviousWorker(const UserAccount& user, const ChildAccessFacts& child);

// Whether `user` may know a restricted record exists (named on it); true for unrestricted ones.
bool MaySeeRestricted(const UserAccount& user, const ChildAccessFacts& child);

enum class AccessDecision {
  kAllowed,         // go ahead (a reason, if given, is logged)
  kReasonRequired,  // ask for a reason (API: 403 reason_required; pages: the reason form)
  kForbidden,       // the role may not do this
  kHidden,          // a restricted record the person is not named on: answer as if it did not exist
};

// Decides one access to one record. `has_reason` says a non-blank reason was stated.
AccessDecision DecideRecordAccess(const UserAccount& user, AccessAction action, const ChildAccessFacts& child,
                                  bool has_reason);

// An endpoint of the server and the action it is. Every route the Application registers must be
// here or in a feature module's endpoints (features/feature_module.h); Application::endpoints()
// is both, and the access matrix test fails for a route in neither, so an endpoint cannot be
// added unconsidered.
struct Endpoint {
  std::string method;
  std::string pattern;  // as given to Router::Add
  AccessAction action;
};
// The endpoints of the routes outside the feature modules.
const std::vector<Endpoint>& Endpoints();

// What recording or amending an entry of `kind` is: kRecordDecision for a management decision
// (R6, R27: only those who may make the decision may write or rewrite it), else kRecordEntry.
// Amending needs the same right as recording the kind, so a decision cannot be rewritten by
// someone who could not have recorded it.
AccessAction ActionToRecord(std::string_view kind);

// A stated reason is usable when it has something other than white space.
bool IsUsableReason(std::string_view reason);

}  // namespace childrecord
