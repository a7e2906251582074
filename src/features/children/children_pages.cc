#include "features/children/children_pages.h"

#include <algorithm>

#include "auth/access_policy.h"
#include "core/time_format.h"
#include "features/allocation/allocation_rules.h"
#include "features/children/record_page.h"
#include "features/people/household_rules.h"
#include "features/people/people_service.h"
#include "http/url.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// Which records the list shows (`show` in the address): the reader's own caseload ("mine", for
// those who hold one: R40), their team's ("team"), or every record they may see (the default).
// Each choice is offered only when it means something for the reader.
struct ListChoice {
  const char* value;
  const char* label;
};

std::vector<ListChoice> ListChoicesFor(const UserAccount& user) {
  std::vector<ListChoice> choices;
  if (HoldsCaseload(user.role)) choices.push_back({"mine", "My children"});
  if (!user.team_id.empty()) choices.push_back({"team", "My team\u2019s children"});
  if (!choices.empty()) choices.push_back({"all", "All the children I may see"});
  return choices;
}

ChildListScope ScopeOf(const UserAccount& user, const std::string& show) {
  ChildListScope scope;
  if (show == "mine" && HoldsCaseload(user.role)) scope.worker_id = user.id;
  if (show == "team" && !user.team_id.empty()) scope.team_id = user.team_id;
  return scope;
}

// The children list: names matching the search, with a link to each record.
Response ChildrenListPage(AppContext& context, ChildrenService& service, Request& request) {
  const std::string query = request.Query("q");
  const UserAccount& user = request.principal->user;
  const std::vector<ListChoice> choices = ListChoicesFor(user);
  std::string show = request.Query("show");
  if (std::none_of(choices.begin(), choices.end(), [&](const ListChoice& c) { return show == c.value; })) show = "all";
  auto page = service.SearchChildren(*request.principal, query, 50, request.Query("cursor"), AccessContextOf(request),
                                     ScopeOf(user, show));
  if (!page.ok()) return ErrorPage(context, request, page.error());
  Json children = Json::array();
  for (const auto& c : page->items) {
    if (c.reason_required) {  // name only; opening asks for a reason (R40)
      children.push_back({{"href", "/children/" + c.id}, {"full_name", c.full_name}, {"reason_required", true}});
      continue;
    }
    children.push_back({{"href", "/children/" + c.id},
                        {"full_name", c.full_name},
                        {"date_of_birth", UkDate(c.date_of_birth)},
                        {"local_child_id", c.local_child_id},
                        {"status", c.status == "open" ? "Open" : "Closed"},
                        {"team_name", c.team_name},
                        {"allocated_worker_name", c.allocated_worker_name},
                        {"last_entry", UkDateOf(c.last_entry_at)}});
  }
  Json show_choices = Json::array();
  for (const ListChoice& c : choices) {
    show_choices.push_back({{"value", c.value}, {"label", c.label}, {"checked", show == c.value}});
  }
  Json data{{"query", query},
            {"children", children},
            {"has_children", !children.empty()},
            {"show_choices", show_choices},
            {"has_show_choices", !show_choices.empty()},
            {"shown_count", std::to_string(children.size())}};
  // R1: those who accept referrals (the access table's "open a record") start one from here.
  if (GrantFor(request.principal->user.role, AccessAction::kOpenRecord) != Grant::kNo) {
    data["open_record_href"] = "/children/new";
  }
  if (!page->next.empty()) {
    data["next_href"] = "/children?q=" + PercentEncode(query) + "&show=" + show + "&cursor=" + page->next;
  }
  return RenderPage(context, request, "children", "Children", data, 200, "children");
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
  auto people = PeopleService(context.store, context.tenant.id, context.record_access)
                    .ListPeople(*request.principal, id, AccessContextOf(request));
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
  // The features' sections (service/app_context.h OverviewSection), each its own template.
  Json banners = Json::array();
  Json rows = Json::array();
  Json sections = Json::array();
  Json after = Json::array();
  for (const OverviewSection& section : context.overview_sections) {
    if (!section.shown_when.empty() && request.Query(section.shown_when) != "1") continue;
    Json section_data = nullptr;
    if (Status s = section.fill(*request.principal, AccessContextOf(request), child, section_data); !s.ok()) {
      return ErrorPage(context, request, s.error());
    }
    if (section_data.is_null()) continue;
    auto html = context.templates->Render(section.template_name, section_data);
    if (!html.ok()) return ErrorPage(context, request, html.error());
    Json& place = section.place == OverviewPlace::kBanner          ? banners
                  : section.place == OverviewPlace::kSummaryRows   ? rows
                  : section.place == OverviewPlace::kAfterOverview ? after
                                                                   : sections;
    place.push_back({{"html", *html}});
  }
  data["overview_banners"] = std::move(banners);
  data["overview_rows"] = std::move(rows);
  data["overview_sections"] = std::move(sections);
  data["overview_after"] = std::move(after);
  return RenderRecordPage(context, request, child, "overview", "child", "", std::move(data));
}

}  // namespace

std::vector<FeatureEndpoint> ChildPageEndpoints(AppContext& context, ChildrenService& children) {
  return {{"GET", "/children", AccessAction::kSearchChildren,
           SignedIn(context,
                    [&context, &children](Request& request) { return ChildrenListPage(context, children, request); })},
          {"GET", "/children/{id}", AccessAction::kReadOverview,
           SignedIn(context, [&context](Request& request) { return OverviewPage(context, request); })}};
}

}  // namespace childrecord
