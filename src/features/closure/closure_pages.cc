#include "features/closure/closure_pages.h"

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "record/visit.h"
#include "web/form_dates.h"
#include "web/page_support.h"
#include "web/record_page.h"

namespace childrecord {
namespace {

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

Response CloseRecordPost(AppContext& context, ClosureService& closures, Request& request) {
  auto posted = ReadRecordForm(context, request);
  if (auto* page = std::get_if<Response>(&posted)) return std::move(*page);
  const auto& [form, child] = std::get<PostedRecordForm>(posted);
  const std::string& id = child.summary.id;
  Json input{{"reason", FormField(form, "reason")}, {"closing_summary", FormField(form, "closing_summary")}};
  // Every problem at once: a date that cannot be read is the date's error; the rules still check
  // the other fields (without a date they refuse, so nothing is written).
  FieldErrors errors;
  auto closed_on = DateFromForm(form, "closed_on", "the date involvement ended");
  if (errors.Check(closed_on) && !closed_on->empty()) input["closed_on"] = *closed_on;
  auto closed = closures.Close(*request.principal, id, input, AccessContextOf(request));
  if (!closed.ok() && closed.error().code != ErrorCode::kValidation) return ErrorPage(context, request, closed.error());
  if (!closed.ok()) errors.Add(closed.error());
  if (!errors.empty()) return CloseRecordPage(context, request, child, form, errors.ToStatus().error().All(), 422);
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

Response ReopenRecordPost(AppContext& context, ClosureService& closures, Request& request) {
  auto posted = ReadRecordForm(context, request);
  if (auto* page = std::get_if<Response>(&posted)) return std::move(*page);
  const auto& [form, child] = std::get<PostedRecordForm>(posted);
  const std::string& id = child.summary.id;
  Json referral{{"source", FormField(form, "source")}, {"reason", FormField(form, "reason")}};
  FieldErrors errors;
  auto received = DateFromForm(form, "received_on", "the date the referral was received");
  if (errors.Check(received) && !received->empty()) referral["received_on"] = *received;
  auto reopened = closures.Reopen(*request.principal, id, Json{{"referral", referral}}, AccessContextOf(request));
  if (!reopened.ok() && reopened.error().code != ErrorCode::kValidation) {
    return ErrorPage(context, request, reopened.error());
  }
  if (!reopened.ok()) {
    // The rules name "referral.source"; the form's fields are "source", "reason", "received_on"
    // (the name DateFromForm gives an unreadable date, which then stays the date's one error).
    for (Error e : reopened.error().All()) {
      if (e.field.starts_with("referral.")) e.field = e.field.substr(9);
      errors.Add(e);
    }
  }
  if (!errors.empty()) return ReopenRecordPage(context, request, child, form, errors.ToStatus().error().All(), 422);
  return Response::Redirect("/children/" + id);
}

}  // namespace

std::vector<FeatureEndpoint> ClosurePageEndpoints(AppContext& context, ClosureService& closures) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/close", AccessAction::kRecordEntry,
                 SignedIn(context, [&context](Request& request) {
                   if (!IsManagerRole(request.principal->user.role)) {
                     return ErrorPage(context, request,
                                      Error::Forbidden("Only a team manager or senior manager can close a record"));
                   }
                   auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
                   if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
                   return CloseRecordPage(context, request, std::get<ChildRecord>(loaded), Form{}, {}, 200);
                 })});
  out.push_back({"POST", "/children/{id}/close", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &closures](Request& request) {
                   return CloseRecordPost(context, closures, request);
                 })});
  out.push_back({"GET", "/children/{id}/reopen", AccessAction::kOpenRecord,
                 SignedIn(context, [&context](Request& request) {
                   if (GrantFor(request.principal->user.role, AccessAction::kOpenRecord) == Grant::kNo) {
                     return ErrorPage(context, request,
                                      Error::Forbidden("Only the First Contact Team or a manager can accept a referral"));
                   }
                   auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
                   if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
                   return ReopenRecordPage(context, request, std::get<ChildRecord>(loaded), Form{}, {}, 200);
                 })});
  out.push_back({"POST", "/children/{id}/reopen", AccessAction::kOpenRecord,
                 SignedIn(context, [&context, &closures](Request& request) {
                   return ReopenRecordPost(context, closures, request);
                 })});
  return out;
}

}  // namespace childrecord
