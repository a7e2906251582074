#include "web/record_pages.h"

#include "auth/access_policy.h"
#include "http/url.h"
#include "record/household.h"
#include "record/visit.h"
#include "web/form_dates.h"
#include "web/page_support.h"
#include "web/record_page.h"

namespace childrecord {
namespace {

// The case notes for a record page, or the reason question: the Emergency Duty Team (and anyone
// who may see a record's overview but not its notes without a reason) is asked why first.
// Sets data["entries"] or data["entries_need_reason"]; returns the error page's error otherwise.
Status AddEntries(AppContext& context, const Request& request, const std::string& child_id, int limit,
                  const std::string& cursor, Json& data, std::string* next) {
  const Principal& who = *request.principal;
  auto entries = context.entries.ListEntries(who, child_id, limit, cursor, AccessContextOf(request));
  if (!entries.ok() && entries.error().code == ErrorCode::kReasonRequired) {
    data["entries_need_reason"] = {{"action", "/children/" + child_id + "/access-reason"},
                                   {"csrf_token", who.csrf_token}};
    data["entries"] = Json::array();
    return Status::Ok();
  }
  if (!entries.ok()) return entries.error();
  data["entries"] = EntryTimelineJson(entries->items, child_id);
  if (next) *next = entries->next;
  return Status::Ok();
}

Response OverviewPage(AppContext& context, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  const ChildListItem& c = child.summary;
  Json data{{"child",
             {{"full_name", c.full_name},
              {"date_of_birth", UkDate(c.date_of_birth)},
              {"local_child_id", c.local_child_id},
              {"status", c.status == "open" ? "Open" : "Closed"},
              {"team_name", c.team_name},
              {"allocated_worker_name", c.allocated_worker_name},
              {"opened_at", UkDateOf(c.opened_at)},
              {"referral_received_on", UkDate(child.referral_received_on)},
              {"referral_source", child.referral_source},
              {"referral_reason", child.referral_reason}}}};
  auto people = context.records.ListPeople(*request.principal, id, AccessContextOf(request));
  if (!people.ok()) return ErrorPage(context, request, people.error());
  Json people_json = Json::array();
  for (const auto& p : *people) {
    // R3: parental responsibility is shown with its basis wherever the household is shown.
    const LabelledCode* basis = FindCode(ParentalResponsibilityBases(), p.parental_responsibility_basis);
    const RelationshipType* type = FindRelationshipType(p.relationship);
    people_json.push_back({{"full_name", p.full_name},
                           {"relationship", type ? type->label : p.relationship},
                           {"pr_basis", basis ? basis->label : std::string()},
                           {"phone", p.phone},
                           {"email", p.email},
                           {"lives_in_home", p.lives_in_home},
                           {"parental_responsibility", p.parental_responsibility}});
  }
  data["people"] = std::move(people_json);
  data["people_href"] = "/children/" + id + "/people";
  if (Status s = AddEntries(context, request, id, 5, "", data, nullptr); !s.ok()) {
    return ErrorPage(context, request, s.error());
  }
  data["entries_href"] = RecordTabPath(id, "entries");
  // The features' sections (service/app_context.h OverviewSection), each its own template.
  Json sections = Json::array();
  Json rows = Json::array();
  for (const OverviewSection& section : context.overview_sections) {
    Json section_data = Json::object();
    if (Status s = section.fill(*request.principal, AccessContextOf(request), id, section_data); !s.ok()) {
      return ErrorPage(context, request, s.error());
    }
    auto html = context.templates->Render(section.template_name, section_data);
    if (!html.ok()) return ErrorPage(context, request, html.error());
    (section.summary_rows ? rows : sections).push_back({{"html", *html}});
  }
  data["overview_sections"] = std::move(sections);
  data["overview_rows"] = std::move(rows);
  if (child.closure) {
    data["closure"] = {{"closed_on", UkDate(child.closure->closed_on)},
                       {"reason", child.closure->reason},
                       {"closing_summary", child.closure->closing_summary},
                       {"closed_by", child.closure->closed_by_name},
                       {"recorded_at", UkDateTimeOf(child.closure->recorded_at)}};
  } else if (IsManagerRole(request.principal->user.role)) {
    data["close_href"] = "/children/" + id + "/close";
  }
  if (child.closure && GrantFor(request.principal->user.role, AccessAction::kOpenRecord) != Grant::kNo) {
    data["reopen_href"] = "/children/" + id + "/reopen";
  }
  return RenderRecordPage(context, request, child, "overview", "child", "", std::move(data));
}

Response EntriesPage(AppContext& context, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  Json data = Json::object();
  std::string next;
  if (Status s = AddEntries(context, request, id, 50, request.Query("cursor"), data, &next); !s.ok()) {
    return ErrorPage(context, request, s.error());
  }
  if (!next.empty()) data["entries_next_href"] = RecordTabPath(id, "entries") + "?cursor=" + next;
  return RenderRecordPage(context, request, child, "entries", "child_entries", "Entries", std::move(data));
}

}  // namespace

void AddRecordPageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/children/{id}", SignedIn(context, [&context](Request& request) {
               return OverviewPage(context, request);
             }));
  router.Add("GET", "/children/{id}/entries", SignedIn(context, [&context](Request& request) {
               return EntriesPage(context, request);
             }));
}

}  // namespace childrecord
