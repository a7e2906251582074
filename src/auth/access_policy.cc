#include "auth/access_policy.h"

#include <algorithm>

namespace childrecord {

std::string_view AccessActionName(AccessAction action) {
  switch (action) {
    case AccessAction::kPublic:
      return "public";
    case AccessAction::kSignedIn:
      return "signed_in";
    case AccessAction::kSearchChildren:
      return "children.search";
    case AccessAction::kOpenRecord:
      return "child.open";
    case AccessAction::kReadOverview:
      return "child.read";
    case AccessAction::kReadPeople:
      return "child.people";
    case AccessAction::kReadEntries:
      return "child.entries";
    case AccessAction::kRecordEntry:
      return "entry.record";
    case AccessAction::kRecordDecision:
      return "decision.record";
    case AccessAction::kRestrictRecord:
      return "child.restrict";
    case AccessAction::kReadAuditLog:
      return "audit.read";
    case AccessAction::kReviewReasons:
      return "audit.reasons";
    case AccessAction::kManageAccounts:
      return "accounts.manage";
    case AccessAction::kOverseeTeam:
      return "team.oversee";
  }
  return "unknown";
}

std::string_view AccessActionWords(AccessAction action) {
  switch (action) {
    case AccessAction::kPublic:
    case AccessAction::kSignedIn:
      return "use this page";
    case AccessAction::kSearchChildren:
      return "search records";
    case AccessAction::kOpenRecord:
      return "open a record";
    case AccessAction::kReadOverview:
      return "read this record";
    case AccessAction::kReadPeople:
      return "read the people in this child's life";
    case AccessAction::kReadEntries:
      return "read this record's entries";
    case AccessAction::kRecordEntry:
      return "record on this record";
    case AccessAction::kRecordDecision:
      return "record a manager's decision";
    case AccessAction::kRestrictRecord:
      return "restrict this record";
    case AccessAction::kReadAuditLog:
      return "read the access log";
    case AccessAction::kReviewReasons:
      return "review access with a reason";
    case AccessAction::kManageAccounts:
      return "manage accounts";
    case AccessAction::kOverseeTeam:
      return "see what a team's records need";
  }
  return "do this";
}

const std::vector<AccessRow>& AccessTable() {
  using A = AccessAction;
  using G = Grant;
  // Columns: search, open, overview, people, entries, record entry, record decision, restrict,
  // audit log, reasons review, manage accounts, oversee a team. docs/access.md says why each cell is
  // what it is.
  struct Line {
    const char* role;
    G search, open, overview, people, entries, record, decision, restrict, audit, reasons, accounts, oversee;
  };
  static const Line kLines[] = {
      // role              search  open     overview        people          entries         record          decision
      // restrict          audit             reasons           accounts
      {"practitioner", G::kYes, G::kNo, G::kCaseload, G::kCaseload, G::kCaseload, G::kCaseload, G::kNo, G::kNo, G::kNo,
       G::kNo, G::kNo, G::kNo},
      {"first_contact", G::kYes, G::kYes, G::kCaseload, G::kCaseload, G::kCaseload, G::kCaseload, G::kNo, G::kNo,
       G::kNo, G::kNo, G::kNo, G::kNo},
      {"team_manager", G::kYes, G::kYes, G::kCaseload, G::kCaseload, G::kCaseload, G::kCaseload, G::kCaseload,
       G::kCaseloadOnly, G::kCaseloadOnly, G::kCaseloadOnly, G::kNo, G::kCaseloadOnly},
      {"senior_manager", G::kYes, G::kYes, G::kCaseload, G::kCaseload, G::kCaseload, G::kCaseload, G::kCaseload,
       G::kYes, G::kYes, G::kYes, G::kNo, G::kYes},
      {"edt", G::kYes, G::kNo, G::kYes, G::kYes, G::kWithReason, G::kWithReason, G::kNo, G::kNo, G::kNo, G::kNo, G::kNo,
       G::kNo},
      {"records_officer", G::kYes, G::kNo, G::kWithReason, G::kWithReason, G::kWithReason, G::kNo, G::kNo, G::kNo,
       G::kNo, G::kNo, G::kNo, G::kNo},
      {"data_protection", G::kYes, G::kNo, G::kWithReason, G::kWithReason, G::kWithReason, G::kNo, G::kNo, G::kNo,
       G::kYes, G::kYes, G::kNo, G::kNo},
      {"auditor", G::kYes, G::kNo, G::kWithReason, G::kWithReason, G::kWithReason, G::kNo, G::kNo, G::kNo, G::kYes,
       G::kYes, G::kNo, G::kNo},
      {"admin", G::kYes, G::kNo, G::kWithReason, G::kWithReason, G::kWithReason, G::kNo, G::kNo, G::kNo, G::kNo, G::kNo,
       G::kYes, G::kNo},
  };
  static const auto* table = [] {
    auto* rows = new std::vector<AccessRow>;
    for (const Line& l : kLines) {
      for (auto [action, grant] : {std::pair{A::kSearchChildren, l.search},
                                   {A::kOpenRecord, l.open},
                                   {A::kReadOverview, l.overview},
                                   {A::kReadPeople, l.people},
                                   {A::kReadEntries, l.entries},
                                   {A::kRecordEntry, l.record},
                                   {A::kRecordDecision, l.decision},
                                   {A::kRestrictRecord, l.restrict},
                                   {A::kReadAuditLog, l.audit},
                                   {A::kReviewReasons, l.reasons},
                                   {A::kManageAccounts, l.accounts},
                                   {A::kOverseeTeam, l.oversee}}) {
        rows->push_back({l.role, action, grant});
      }
    }
    return rows;
  }();
  return *table;
}

Grant GrantFor(const std::string& role, AccessAction action) {
  if (action == AccessAction::kPublic || action == AccessAction::kSignedIn) return Grant::kYes;
  for (const AccessRow& row : AccessTable()) {
    if (row.role == role && row.action == action) return row.grant;
  }
  return Grant::kNo;
}

bool MaySeeRestricted(const UserAccount& user, const ChildAccessFacts& child) {
  return !child.restricted ||
         std::find(child.named_user_ids.begin(), child.named_user_ids.end(), user.id) != child.named_user_ids.end();
}

bool OnCaseload(const UserAccount& user, const ChildAccessFacts& child) {
  if (child.restricted) return MaySeeRestricted(user, child);
  if (!child.allocated_worker_id.empty() && child.allocated_worker_id == user.id) return true;
  return !user.team_id.empty() && user.team_id == child.team_id;
}

bool IsRecentPreviousWorker(const UserAccount& user, const ChildAccessFacts& child) {
  return std::any_of(child.previous_workers.begin(), child.previous_workers.end(),
                     [&](const ChildAccessFacts::PreviousWorker& w) {
                       return w.user_id == user.id && w.ended_at <= child.as_of &&
                              child.as_of - w.ended_at <= kPreviousWorkerReadAccess;
                     });
}

namespace {

// The reads a recent previous worker keeps (R40): the record as it is, not the power to change it.
bool IsReadOfTheRecord(AccessAction action) {
  return action == AccessAction::kReadOverview || action == AccessAction::kReadPeople ||
         action == AccessAction::kReadEntries;
}

}  // namespace

AccessDecision DecideRecordAccess(const UserAccount& user, AccessAction action, const ChildAccessFacts& child,
                                  bool has_reason) {
  // A restricted record does not exist for anyone not named on it: no role and no reason opens
  // it, and no answer reveals it.
  if (!MaySeeRestricted(user, child)) return AccessDecision::kHidden;
  if (!user.active) return AccessDecision::kForbidden;
  const bool own = OnCaseload(user, child) || (IsReadOfTheRecord(action) && IsRecentPreviousWorker(user, child));
  switch (GrantFor(user.role, action)) {
    case Grant::kNo:
      return AccessDecision::kForbidden;
    case Grant::kYes:
      return AccessDecision::kAllowed;
    case Grant::kCaseloadOnly:
      return own ? AccessDecision::kAllowed : AccessDecision::kForbidden;
    case Grant::kCaseload:
      return own || has_reason ? AccessDecision::kAllowed : AccessDecision::kReasonRequired;
    case Grant::kWithReason:
      return has_reason ? AccessDecision::kAllowed : AccessDecision::kReasonRequired;
  }
  return AccessDecision::kForbidden;
}

const std::vector<std::string>& Roles() {
  static const auto* roles =
      new std::vector<std::string>{"practitioner",    "first_contact",   "team_manager", "senior_manager", "edt",
                                   "records_officer", "data_protection", "auditor",      "admin"};
  return *roles;
}

bool IsRole(const std::string& role) { return std::find(Roles().begin(), Roles().end(), role) != Roles().end(); }

bool IsManagerRole(const std::string& role) { return role == "team_manager" || role == "senior_manager"; }

const std::vector<Endpoint>& Endpoints() {
  using A = AccessAction;
  static const auto* endpoints = new std::vector<Endpoint>{
      {"GET", "/healthz", A::kPublic},
      {"GET", "/assets/*", A::kPublic},
      {"GET", "/api/v1/openapi.json", A::kPublic},
      {"GET", "/", A::kPublic},
      {"GET", "/accessibility", A::kPublic},
      {"POST", "/children/{id}/access-reason", A::kReadOverview},
      // The Entries tab, entry forms and the words we use (R15, R33-R35).
      // Documents on the child's record (R8-R14, R22).
      // The people around the child (R3, R5, R7, R13).
      // Entry kind forms (R18, R19, R6/R27), an entry's page and its amendment (R29/R30), R32.
      // Identity (R2) and living arrangements (R4, R8).
  };
  return *endpoints;
}

AccessAction ActionToRecord(std::string_view kind) {
  return kind == "management_decision" ? AccessAction::kRecordDecision : AccessAction::kRecordEntry;
}

bool IsUsableReason(std::string_view reason) {
  return std::any_of(reason.begin(), reason.end(),
                     [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'; });
}

}  // namespace childrecord
