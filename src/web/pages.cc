#include "web/pages.h"

#include "web/audit_pages.h"
#include "web/entry_details.h"
#include "web/page_support.h"

#include <spdlog/spdlog.h>

#include "core/time_format.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/url.h"
#include "record/commands.h"

namespace childrecord {
namespace {

}  // namespace

Response NotFoundPage(AppContext& context, const Request& request) {
  return ErrorPage(context, request, Error::NotFound("If you typed the web address, check it is correct."));
}

void AddPageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/", [](Request&) { return Response::Redirect("/children"); });

  router.Add("GET", "/accessibility", [&context](Request& request) {
    // Public page; show who is signed in when someone is.
    auto principal = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web");
    if (principal.ok()) request.principal = *principal;
    return RenderPage(context, request, "accessibility", "Accessibility statement", Json{{"service_name", "Child's record"}});
  });

  // Sign in and out, the lock screen and the account pages: web/account_pages.cc.

  router.Add("GET", "/children", SignedIn(context, [&context](Request& request) {
               const std::string query = request.Query("q");
               auto page = context.records.SearchChildren(*request.principal, query, 50, request.Query("cursor"),
                                                          AccessContextOf(request));
               if (!page.ok()) return ErrorPage(context, request, page.error());
               Json children = Json::array();
               for (const auto& c : page->items) {
                 if (c.reason_required) {  // issue 3 item 7: name only; opening asks for a reason
                   children.push_back({{"href", "/children/" + c.id}, {"full_name", c.full_name},
                                       {"reason_required", true}});
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
               Json data{{"query", query},
                         {"children", children},
                         {"has_children", !children.empty()},
                         {"shown_count", std::to_string(children.size())}};
               if (!page->next.empty()) {
                 data["next_href"] = "/children?q=" + PercentEncode(query) + "&cursor=" + page->next;
               }
               return RenderPage(context, request, "children", "Children", data, 200, "children");
             }));

  router.Add("GET", "/children/{id}", SignedIn(context, [&context](Request& request) {
               const Principal& who = *request.principal;
               const std::string id = request.PathParam("id");
               const AccessContext access = AccessContextOf(request);
               auto child = context.records.GetChild(who, id, access);
               if (!child.ok() && child.error().code == ErrorCode::kReasonRequired) {
                 // Issue 3 item 7: outside the caseload, ask why first (remembered for this session).
                 return AccessReasonPage(context, request, id, "", Json::array(), 403);
               }
               if (!child.ok()) return ErrorPage(context, request, child.error());
               auto people = context.records.ListPeople(who, id, access);
               if (!people.ok()) return ErrorPage(context, request, people.error());
               auto entries = context.records.ListEntries(who, id, 50, request.Query("entries_cursor"), access);
               const bool entries_need_reason = !entries.ok() && entries.error().code == ErrorCode::kReasonRequired;
               if (!entries.ok() && !entries_need_reason) return ErrorPage(context, request, entries.error());
               const ChildListItem& c = child->summary;
               Json data{{"child",
                          {{"full_name", c.full_name},
                           {"date_of_birth", UkDate(c.date_of_birth)},
                           {"local_child_id", c.local_child_id},
                           {"status", c.status == "open" ? "Open" : "Closed"},
                           {"team_name", c.team_name},
                           {"allocated_worker_name", c.allocated_worker_name},
                           {"opened_at", UkDateOf(c.opened_at)},
                           {"referral_received_on", UkDate(child->referral_received_on)},
                           {"referral_source", child->referral_source},
                           {"referral_reason", child->referral_reason}}}};
               Json people_json = Json::array();
               for (const auto& p : *people) {
                 people_json.push_back({{"full_name", p.full_name},
                                        {"relationship", p.relationship},
                                        {"phone", p.phone},
                                        {"email", p.email},
                                        {"lives_in_home", p.lives_in_home},
                                        {"parental_responsibility", p.parental_responsibility}});
               }
               data["people"] = people_json;
               Json entry_json = Json::array();
               // The Emergency Duty Team sees the overview and people of any record; case notes need a reason.
               if (entries_need_reason) {
                 data["entries_need_reason"] = {{"action", "/children/" + id + "/access-reason"},
                                                {"csrf_token", who.csrf_token}};
               }
               for (const auto& e : entries_need_reason ? std::vector<EntryView>{} : entries->items) {
                 entry_json.push_back({{"kind_label", EntryKindLabel(e.kind)},
                                       {"occurred_at", UkDateTimeOf(e.occurred_at)},
                                       {"recorded_at", UkDateTimeOf(e.recorded_at)},
                                       {"recorded_by_name", e.recorded_by_name},
                                       {"practitioner_name", e.practitioner_name},
                                       {"recorded_by_other", e.recorded_by_name != e.practitioner_name},
                                       {"title", e.title},
                                       {"body", e.body},
                                       {"late", e.late},
                                       {"significant", e.significant},
                                       {"amended", e.amended},
                                       {"version", std::to_string(e.version)}});
                 Json rows = EntryDetailRows(e.details);
                 entry_json.back()["has_details"] = !rows.empty();
                 entry_json.back()["details_rows"] = std::move(rows);
               }
               data["entries"] = entry_json;
               if (!entries_need_reason && !entries->next.empty()) {
                 data["entries_next_href"] = "/children/" + id + "?entries_cursor=" + entries->next + "#entries";
               }
               // R15/R21 and R33: recording starts from the record itself.
               data["record_entry_href"] = "/children/" + id + "/entries/new";
               data["words_href"] = "/children/" + id + "/words-we-use";
               return RenderPage(context, request, "child", c.full_name, data, 200, "children");
             }));
}

}  // namespace childrecord
