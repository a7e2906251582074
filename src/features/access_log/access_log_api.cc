#include "features/access_log/access_log_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "features/access_log/access_log_query.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

Response AccessLogResponse(AccessLogService& log, Request& request, const Principal& who, bool reasons) {
  const bool csv = request.Query("format") == "csv";
  if (!request.Query("format").empty() && !csv && request.Query("format") != "json") {
    return ApiErrorResponse(Error::Validation("format", "'format' must be json or csv"));
  }
  auto limit = LimitParam(request, csv ? 1000 : 100, csv ? 5000 : 500);
  if (!limit.ok()) return ApiErrorResponse(limit.error());
  auto filter = ParseAuditFilter(request.query);
  if (!filter.ok()) return ApiErrorResponse(filter.error());
  auto page = log.Read(who, *filter, *limit, request.Query("cursor"), reasons);
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

std::vector<FeatureEndpoint> AccessLogApiEndpoints(AppContext& context, AccessLogService& log) {
  const Json cursor = Param("cursor", "query", "the `next` of the previous page", false);
  const Json limit = Param("limit", "query", "page size, 1 to 200 (default 50)", false);
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/api/v1/audit", AccessAction::kReadAuditLog,
                 WithToken(context,
                           [&log](Request& request, const Principal& who) {
                             return AccessLogResponse(log, request, who, false);
                           }),
                 {{"summary", "The access log, newest first (auditors, data protection, managers)"},
                  {"parameters",
                   {Param("user", "query", "a username or user id", false),
                    Param("child", "query", "a child's record id", false),
                    Param("from", "query", "a date, YYYY-MM-DD (Europe/London)", false),
                    Param("to", "query", "a date, YYYY-MM-DD (Europe/London), inclusive", false),
                    Param("format", "query", "json (default) or csv", false), cursor, limit}},
                  {"responses", {{"200", {{"description", "Access-log rows ({items, next}); CSV with format=csv"}}}}}}});
  out.push_back({"GET", "/api/v1/audit/reasons", AccessAction::kReviewReasons,
                 WithToken(context,
                           [&log](Request& request, const Principal& who) {
                             return AccessLogResponse(log, request, who, true);
                           }),
                 {{"summary", "Access with a stated reason: the team manager's review list (R40)"},
                  {"parameters",
                   {Param("user", "query", "a username or user id", false),
                    Param("child", "query", "a child's record id", false),
                    Param("from", "query", "a date, YYYY-MM-DD", false),
                    Param("to", "query", "a date, YYYY-MM-DD", false), cursor, limit}},
                  {"responses", {{"200", {{"description", "Access-log rows with a reason"}}}}}}});
  return out;
}

}  // namespace childrecord
