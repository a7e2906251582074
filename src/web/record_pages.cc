#include "web/record_pages.h"

#include "auth/access_policy.h"
#include "http/url.h"
#include "record/household.h"
#include "record/visit.h"
#include "web/identity_pages.h"
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
  auto entries = context.records.ListEntries(who, child_id, limit, cursor, AccessContextOf(request));
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
  // R4/R8: where the child lives now and their legal status (web/identity_pages.h).
  if (Status s = AddLivingSummary(context, request, id, data); !s.ok()) return ErrorPage(context, request, s.error());
  if (Status s = AddEntries(context, request, id, 5, "", data, nullptr); !s.ok()) {
    return ErrorPage(context, request, s.error());
  }
  data["entries_href"] = RecordTabPath(id, "entries");
  // The features' sections (service/app_context.h OverviewSection), each its own template.
  Json sections = Json::array();
  for (const OverviewSection& section : context.overview_sections) {
    Json section_data = Json::object();
    if (Status s = section.fill(*request.principal, AccessContextOf(request), id, section_data); !s.ok()) {
      return ErrorPage(context, request, s.error());
    }
    auto html = context.templates->Render(section.template_name, section_data);
    if (!html.ok()) return ErrorPage(context, request, html.error());
    sections.push_back({{"html", *html}});
  }
  data["overview_sections"] = std::move(sections);
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

// R1: the manager's "Close this record" form. `form` holds what was typed (kept on a refusal).
Response CloseRecordPage(AppContext& context, const Request& request, const ChildRecord& child, const Form& form,
                         const std::vector<Error>& errors, int status) {
  const std::string& id = child.summary.id;
  Json data{{"action", "/children/" + id + "/close"},
            {"cancel_href", "/children/" + id},
            {"csrf_token", request.principal->csrf_token},
            {"reason", FormField(form, "reason")},
            {"closing_summary", FormField(form, "closing_summary")}};
  Json summary = Json::array();
  for (const Error& e : errors) summary.push_back(ErrorSummary(e, "reason")[0]);
  MarkFieldErrors(data, summary);
  data["closed_on_input"] = DateInput(form, "closed_on", "When did involvement end?", data);
  return RenderRecordPage(context, request, child, "overview", "close_record", "Close this record", std::move(data),
                          status);
}

Response CloseRecordPost(AppContext& context, Request& request) {
  auto posted = ReadRecordForm(context, request);
  if (auto* page = std::get_if<Response>(&posted)) return std::move(*page);
  const auto& [form, child] = std::get<PostedRecordForm>(posted);
  const std::string& id = child.summary.id;
  Json input{{"reason", FormField(form, "reason")}, {"closing_summary", FormField(form, "closing_summary")}};
  auto closed_on = DateFromForm(form, "closed_on", "the date involvement ended");
  if (!closed_on.ok()) return CloseRecordPage(context, request, child, form, {closed_on.error()}, 422);
  if (!closed_on->empty()) input["closed_on"] = *closed_on;
  auto closed = context.records.CloseRecord(*request.principal, id, input, AccessContextOf(request));
  if (!closed.ok() && closed.error().code == ErrorCode::kValidation) {
    return CloseRecordPage(context, request, child, form, {closed.error()}, 422);
  }
  if (!closed.ok()) return ErrorPage(context, request, closed.error());
  return Response::Redirect("/children/" + id);
}

// One record per child (R1): "Reopen this record on a new referral". `form` keeps what was typed.
Response ReopenRecordPage(AppContext& context, const Request& request, const ChildRecord& child, const Form& form,
                          const std::vector<Error>& errors, int status) {
  const std::string& id = child.summary.id;
  Json data{{"action", "/children/" + id + "/reopen"},
            {"cancel_href", "/children/" + id},
            {"csrf_token", request.principal->csrf_token},
            {"source", FormField(form, "source")},
            {"reason", FormField(form, "reason")}};
  Json summary = Json::array();
  for (Error e : errors) {
    // The rules name "referral.source"; the form's fields are "source", "reason", "received_on".
    if (e.field.starts_with("referral.")) e.field = e.field.substr(9);
    summary.push_back(ErrorSummary(e, "reason")[0]);
  }
  MarkFieldErrors(data, summary);
  data["received_on_input"] = DateInput(form, "received_on", "When was the new referral received?", data);
  return RenderRecordPage(context, request, child, "overview", "reopen_record", "Reopen this record", std::move(data),
                          status);
}

Response ReopenRecordPost(AppContext& context, Request& request) {
  auto posted = ReadRecordForm(context, request);
  if (auto* page = std::get_if<Response>(&posted)) return std::move(*page);
  const auto& [form, child] = std::get<PostedRecordForm>(posted);
  const std::string& id = child.summary.id;
  Json referral{{"source", FormField(form, "source")}, {"reason", FormField(form, "reason")}};
  auto received = DateFromForm(form, "received_on", "the date the referral was received");
  if (!received.ok()) return ReopenRecordPage(context, request, child, form, {received.error()}, 422);
  if (!received->empty()) referral["received_on"] = *received;
  auto reopened =
      context.records.ReopenRecord(*request.principal, id, Json{{"referral", referral}}, AccessContextOf(request));
  if (!reopened.ok() && reopened.error().code == ErrorCode::kValidation) {
    return ReopenRecordPage(context, request, child, form, {reopened.error()}, 422);
  }
  if (!reopened.ok()) return ErrorPage(context, request, reopened.error());
  return Response::Redirect("/children/" + id);
}

}  // namespace

void AddRecordPageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/children/{id}", SignedIn(context, [&context](Request& request) {
               return OverviewPage(context, request);
             }));
  router.Add("GET", "/children/{id}/entries", SignedIn(context, [&context](Request& request) {
               return EntriesPage(context, request);
             }));
  router.Add("GET", "/children/{id}/close", SignedIn(context, [&context](Request& request) {
               if (!IsManagerRole(request.principal->user.role)) {
                 return ErrorPage(context, request,
                                  Error::Forbidden("Only a team manager or senior manager can close a record"));
               }
               auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
               if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
               return CloseRecordPage(context, request, std::get<ChildRecord>(loaded), Form{}, {}, 200);
             }));
  router.Add("POST", "/children/{id}/close", SignedIn(context, [&context](Request& request) {
               return CloseRecordPost(context, request);
             }));
  router.Add("GET", "/children/{id}/reopen", SignedIn(context, [&context](Request& request) {
               if (GrantFor(request.principal->user.role, AccessAction::kOpenRecord) == Grant::kNo) {
                 return ErrorPage(context, request,
                                  Error::Forbidden("Only the First Contact Team or a manager can accept a referral"));
               }
               auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
               if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
               return ReopenRecordPage(context, request, std::get<ChildRecord>(loaded), Form{}, {}, 200);
             }));
  router.Add("POST", "/children/{id}/reopen", SignedIn(context, [&context](Request& request) {
               return ReopenRecordPost(context, request);
             }));
}

}  // namespace childrecord
