#include "api/audit_routes.h"

#include "api/api_support.h"

#include "audit/audit_query.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

Response AuditResponse(AppContext& context, Request& request, const Principal& who, bool reasons) {
  const bool csv = request.Query("format") == "csv";
  if (!request.Query("format").empty() && !csv && request.Query("format") != "json") {
    return ApiErrorResponse(Error::Validation("format", "'format' must be json or csv"));
  }
  auto limit = LimitParam(request, csv ? 1000 : 100, csv ? 5000 : 500);
  if (!limit.ok()) return ApiErrorResponse(limit.error());
  auto filter = ParseAuditFilter(request.query);
  if (!filter.ok()) return ApiErrorResponse(filter.error());
  auto page = context.records.ReadAccessLog(who, *filter, *limit, request.Query("cursor"), reasons);
  if (!page.ok()) return ApiErrorResponse(page.error());
  if (csv) {
    Response response = Response::Csv(AccessLogCsv(page->items), "access-log.csv");
    if (!page->next.empty()) response.Set("X-Next-Cursor", page->next);
    return response;
  }
  Json items = Json::array();
  for (const auto& row : page->items) items.push_back(AccessLogJson(row));
  return Response::Json(Json{{"items", items}, {"next", page->next.empty() ? Json(nullptr) : Json(page->next)}}.dump());
}

}  // namespace

void AddAuditApiRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/api/v1/audit", WithToken(context, [&context](Request& request, const Principal& who) {
               return AuditResponse(context, request, who, false);
             }));
  router.Add("GET", "/api/v1/audit/reasons", WithToken(context, [&context](Request& request, const Principal& who) {
               return AuditResponse(context, request, who, true);
             }));
  router.Add("POST", "/api/v1/children/{id}/restriction",
             WithToken(context, [&context](Request& request, const Principal& who) {
               auto body = JsonBody(request);
               if (!body.ok()) return ApiErrorResponse(body.error());
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
