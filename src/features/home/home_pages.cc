#include "features/home/home_pages.h"

#include "auth/access_policy.h"
#include "features/home/home_rules.h"
#include "record/commands.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string RecordPath(const std::string& child_id) { return "/children/" + child_id; }

std::string BornOn(const std::string& date_of_birth) {
  return date_of_birth.empty() ? std::string("Not known") : UkDate(date_of_birth);
}

Json ChildRows(const std::vector<HomeChild>& children) {
  Json rows = Json::array();
  for (const HomeChild& c : children) {
    rows.push_back(
        {{"full_name", c.full_name},
         {"href", RecordPath(c.id)},
         {"date_of_birth", BornOn(c.date_of_birth)},
         {"team", c.team_name},
         {"opened", UkDateTimeOf(c.opened_at)},
         {"last_visit", c.last_visit_at.empty() ? std::string("No visit recorded") : UkDateOf(c.last_visit_at)},
         {"no_visit", c.last_visit_at.empty()}});
  }
  return rows;
}

// R28: the late entries, each with its child, its kind in words and both dates.
Json LateRows(const std::vector<HomeLateEntry>& entries) {
  Json rows = Json::array();
  for (const HomeLateEntry& e : entries) {
    rows.push_back({{"child", e.child_name},
                    {"child_href", RecordPath(e.child_id)},
                    {"href", "/entries/" + e.id},
                    {"kind", EntryKindLabel(e.kind)},
                    {"happened", UkDateOf(e.occurred_at)},
                    {"recorded", UkDateOf(e.recorded_at)},
                    {"author", e.author_name}});
  }
  return rows;
}

Status FillPractitioner(HomeService& home, const Principal& who, const AccessContext& access, Json& data) {
  CR_ASSIGN_OR_RETURN(PractitionerHome mine, home.Practitioner(who, access));
  data["practitioner"] = {{"count", CountOf(mine.children_count, "child", "children")},
                          {"children", ChildRows(mine.children)},
                          {"has_children", !mine.children.empty()},
                          {"more", mine.children_count > static_cast<int64_t>(mine.children.size())},
                          {"shown", std::to_string(mine.children.size())},
                          {"late", LateRows(mine.late_entries)},
                          {"has_late", !mine.late_entries.empty()}};
  // R25: what the Emergency Duty Team recorded on the practitioner's children out of hours.
  Json ooh = Json::array();
  for (const OutOfHoursEntry& e : mine.out_of_hours) {
    ooh.push_back({{"title", e.title},
                   {"href", "/entries/" + e.entry_id},
                   {"child", e.child_name},
                   {"child_href", RecordPath(e.child_id)},
                   {"recorded", UkDateTimeOf(e.recorded_at)},
                   {"by", e.recorded_by_name}});
  }
  data["practitioner"]["out_of_hours"] = ooh;
  data["practitioner"]["has_out_of_hours"] = !ooh.empty();
  // R24: the plan actions the practitioner owns that are past their date.
  Json actions = Json::array();
  for (const OverdueAction& a : mine.actions_overdue) {
    actions.push_back({{"description", a.description},
                       {"href", RecordPath(a.child_id) + "/plan"},
                       {"child", a.child_name},
                       {"due", UkDate(a.due_on)}});
  }
  data["practitioner"]["actions_overdue"] = actions;
  data["practitioner"]["has_actions_overdue"] = !actions.empty();
  return Status::Ok();
}

Status FillManager(HomeService& home, const Principal& who, const AccessContext& access, Json& data) {
  CR_ASSIGN_OR_RETURN(ManagerHome team, home.Manager(who, access));
  Json unallocated = Json::array();
  for (const UnallocatedChild& c : team.unallocated) {
    unallocated.push_back({{"full_name", c.full_name},
                           {"href", RecordPath(c.id)},
                           {"allocate_href", RecordPath(c.id) + "/allocation"},
                           {"date_of_birth", BornOn(c.date_of_birth)},
                           {"referral_received_on", UkDate(c.referral_received_on)}});
  }
  Json workers = Json::array();
  for (const TeamWorker& w : team.workers) {
    workers.push_back({{"full_name", w.full_name}, {"caseload", CountOf(w.caseload, "child", "children")}});
  }
  data["manager"] = {{"has_team", team.has_team},
                     {"team", team.team.team_name},
                     {"open", CountOf(team.team.open_records, "open record", "open records")},
                     {"unallocated_count", team.team.unallocated},
                     {"unallocated_words", CountOf(team.team.unallocated, "record has", "records have")},
                     {"unallocated", unallocated},
                     {"has_unallocated", !unallocated.empty()},
                     {"more_unallocated", team.team.unallocated > static_cast<int64_t>(unallocated.size())},
                     {"workers", workers},
                     {"has_workers", !workers.empty()},
                     {"late", LateRows(team.late_entries)},
                     {"has_late", !team.late_entries.empty()}};
  return Status::Ok();
}

Status FillFirstContact(HomeService& home, const Principal& who, const AccessContext& access, Json& data) {
  CR_ASSIGN_OR_RETURN(std::vector<HomeChild> today, home.OpenedToday(who, access));
  data["first_contact"] = {{"children", ChildRows(today)}, {"has_children", !today.empty()}};
  return Status::Ok();
}

Status FillSenior(HomeService& home, const Principal& who, Json& data) {
  CR_ASSIGN_OR_RETURN(std::vector<TeamRecordCount> teams, home.Teams(who));
  Json rows = Json::array();
  for (const TeamRecordCount& t : teams) {
    rows.push_back({{"team", t.team_name},
                    {"open", std::to_string(t.open_records)},
                    {"unallocated", std::to_string(t.unallocated)},
                    {"own", t.team_id == who.user.team_id}});
  }
  data["senior"] = {{"teams", rows}, {"has_teams", !rows.empty()}};
  return Status::Ok();
}

// The pages an oversight role works in, each with what it is for; only those its access table
// rows let it open.
Json OversightLinks(const std::string& role) {
  Json links = Json::array();
  if (GrantFor(role, AccessAction::kReadAuditLog) != Grant::kNo) {
    links.push_back({{"href", "/audit"},
                     {"text", "Access log"},
                     {"what", "Who read or changed which child’s record, when, from where and why."}});
  }
  if (GrantFor(role, AccessAction::kReviewReasons) != Grant::kNo) {
    links.push_back({{"href", "/audit/reasons"},
                     {"text", "Reasons given for access"},
                     {"what", "Records opened by people outside the child’s team, with the reason they gave."}});
  }
  links.push_back({{"href", "/children"}, {"text", "Children"}, {"what", "Every child’s record, from A to Z."}});
  links.push_back(
      {{"href", "/search"}, {"text", "Search records"}, {"what", "Find a child or an entry by the words in it."}});
  return links;
}

Status FillAdmin(HomeService& home, const Principal& who, Json& data) {
  CR_ASSIGN_OR_RETURN(int64_t locked, home.LockedAccounts(who));
  data["admin"] = {{"locked", locked == 0 ? std::string("No sign-in names are locked.")
                                          : CountOf(locked, "sign-in name is", "sign-in names are") +
                                                " locked after too many failed attempts to sign in."}};
  return Status::Ok();
}

Response HomePage(AppContext& context, HomeService& home, Request& request) {
  const Principal& who = *request.principal;
  const AccessContext access = AccessContextOf(request);
  Json data{{"first_name", who.user.full_name}};
  Status filled = Status::Ok();
  switch (HomeKindFor(who.user.role)) {
    case HomeKind::kPractitioner:
      filled = FillPractitioner(home, who, access, data);
      break;
    case HomeKind::kTeamManager:
      filled = FillManager(home, who, access, data);
      break;
    case HomeKind::kFirstContact:
      filled = FillFirstContact(home, who, access, data);
      break;
    case HomeKind::kEdt:
      data["edt"] = true;
      break;
    case HomeKind::kSeniorManager:
      filled = FillSenior(home, who, data);
      break;
    case HomeKind::kAudit:
    case HomeKind::kOther:
      data["oversight"] = {{"links", OversightLinks(who.user.role)},
                           {"records_officer", who.user.role == "records_officer"}};
      break;
    case HomeKind::kAdmin:
      filled = FillAdmin(home, who, data);
      break;
  }
  if (!filled.ok()) return ErrorPage(context, request, filled.error());
  return RenderPage(context, request, "home", "My work", std::move(data), 200, "home");
}

}  // namespace

std::vector<FeatureEndpoint> HomePageEndpoints(AppContext& context, HomeService& home) {
  std::vector<FeatureEndpoint> out;
  // Everyone signed in has a home page; each list on it is one the role already reads elsewhere
  // (HomeService decides which).
  out.push_back({"GET", "/home", AccessAction::kSignedIn,
                 SignedIn(context, [&context, &home](Request& request) { return HomePage(context, home, request); })});
  return out;
}

}  // namespace childrecord
