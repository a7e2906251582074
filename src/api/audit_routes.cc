#include "api/audit_routes.h"

#include <charconv>

#include "audit/audit_query.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

using AuthedHandler = std::function<Response(Request&, const Principal&)>;

// Runs `handler` only for a valid bearer token (as every /api/v1 resource does).
Handler WithBearer(AppContext& context, AuthedHandler handler) {
  return [&context, handler = std::move(handler)](Request& request) {
    const std::string header = request.Header("authorization");
    if (!header.starts_with("Bearer ")) {
      return ApiErrorResponse(Error::Unauthenticated("Send 'Authorization: Bearer TOKEN'; get a token from "
                                                     "POST /api/v1/tokens"));
    }
    auto principal = context.sessions.Authenticate(header.substr(7), "api");
    if (!principal.ok()) return ApiErrorResponse(principal.error());
    request.principal = *principal;
    return handler(request, *principal);
  };
}

Result<int> Limit(const Request& request, int fallback, int most) {
  std::string text = request.Query("limit");
  if (text.empty()) return fallback;
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 1 || value > most) {
    return Error::Validation("limit", "'limit' must be a whole number from 1 to " + std::to_string(most));
  }
  return value;
}

Response AuditResponse(AppContext& context, Request& request, const Principal& who, bool reasons) {
  const bool csv = request.Query("format") == "csv";
  if (!request.Query("format").empty() && !csv && request.Query("format") != "json") {
    return ApiErrorResponse(Error::Validation("format", "'format' must be json or csv"));
  }
  auto limit = Limit(request, csv ? 1000 : 100, csv ? 5000 : 500);
  if (!limit.ok()) return ApiErrorResponse(limit.error());
  auto filter = ParseAuditFilter(request.query);
  if (!filter.ok()) return ApiErrorResponse(filter.error());
  auto page = context.records.ReadAccessLog(who, *filter, *limit, request.Query("cursor"), reasons);
  if (!page.ok()) return ApiErrorResponse(page.error());
  if (csv) {
    Response response = Response::Text(AccessLogCsv(page->items));
    for (auto& [name, value] : response.headers) {
      if (name == "Content-Type") value = "text/csv; charset=utf-8";
    }
    response.Set("Content-Disposition", "attachment; filename=\"access-log.csv\"");
    if (!page->next.empty()) response.Set("X-Next-Cursor", page->next);
    return response;
  }
  Json items = Json::array();
  for (const auto& row : page->items) items.push_back(AccessLogJson(row));
  return Response::Json(Json{{"items", items}, {"next", page->next.empty() ? Json(nullptr) : Json(page->next)}}.dump());
}

}  // namespace

void AddAuditApiRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/api/v1/audit", WithBearer(context, [&context](Request& request, const Principal& who) {
               return AuditResponse(context, request, who, false);
             }));
  router.Add("GET", "/api/v1/audit/reasons", WithBearer(context, [&context](Request& request, const Principal& who) {
               return AuditResponse(context, request, who, true);
             }));
  router.Add("POST", "/api/v1/children/{id}/restriction",
             WithBearer(context, [&context](Request& request, const Principal& who) {
               if (!request.Header("content-type").starts_with("application/json")) {
                 return ApiErrorResponse(
                     Error::BadRequest("Send the body as JSON with 'Content-Type: application/json'"));
               }
               auto body = ParseJson(request.body);
               if (!body.ok()) return ApiErrorResponse(Error::BadRequest(body.error().message));
               auto facts = context.records.RestrictRecord(who, request.PathParam("id"), *body,
                                                           AccessContextOf(request));
               if (!facts.ok()) return ApiErrorResponse(facts.error());
               return Response::Json(Json{{"child_id", facts->child_id},
                                          {"restricted", facts->restricted},
                                          {"named_user_ids", facts->named_user_ids}}
                                         .dump());
             }));
}

}  // namespace childrecord
