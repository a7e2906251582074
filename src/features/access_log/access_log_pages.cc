#include "features/access_log/access_log_pages.h"

#include "core/time_format.h"
#include "features/access_log/access_log_query.h"
#include "features/access_log/access_log_views.h"
#include "http/url.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

Response AuditPage(AppContext& context, AccessLogService& log, Request& request, bool reasons) {
  const std::string title = reasons ? "Access with reason" : "Access log";
  Json data{{"reasons", reasons},
            {"title", title},
            {"action", reasons ? "/audit/reasons" : "/audit"},
            {"user", request.Query("user")},
            {"child", request.Query("child")},
            {"from", request.Query("from")},
            {"to", request.Query("to")}};
  Json errors = Json::array();
  auto filter = ParseAuditFilter(request.query);
  int status = 200;
  Json rows = Json::array();
  if (filter.ok()) {
    auto page = log.Read(*request.principal, *filter, 100, request.Query("cursor"), reasons);
    if (!page.ok() && page.error().code != ErrorCode::kValidation) return ErrorPage(context, request, page.error());
    if (!page.ok()) {
      errors.push_back({{"message", page.error().message}, {"href", "#" + page.error().field}});
      status = 422;
    } else {
      for (const auto& r : page->items) {
        const AccessLogEntry& e = r.entry;
        rows.push_back({{"when", FormatUkDateTime(e.recorded_at)},
                        {"who", r.user_name.empty() ? e.user_id : r.user_name + " (" + r.username + ")"},
                        {"child", r.child_name},
                        {"child_href", e.child_id.empty() ? Json(nullptr) : Json("/children/" + e.child_id)},
                        {"action", AccessLogActionWords(e.action)},
                        {"detail", AccessLogDetailWords(e.detail)},
                        {"address", e.address},
                        {"reason", e.reason},
                        {"outcome", AccessLogOutcomeWords(e.outcome)}});
      }
      if (!page->next.empty()) {
        std::string next = std::string(reasons ? "/audit/reasons" : "/audit") + "?cursor=" + page->next;
        for (const char* p : {"user", "child", "from", "to"}) {
          if (!request.Query(p).empty()) next += std::string("&") + p + "=" + PercentEncode(request.Query(p));
        }
        data["next_href"] = next;
      }
    }
  } else {
    errors.push_back({{"message", filter.error().message}, {"href", "#" + filter.error().field}});
    status = 422;
  }
  std::string csv = "/audit.csv?";
  for (const char* p : {"user", "child", "from", "to"}) {
    if (!request.Query(p).empty()) csv += std::string(p) + "=" + PercentEncode(request.Query(p)) + "&";
  }
  data["csv_href"] = csv;
  data["rows"] = rows;
  data["has_rows"] = !rows.empty();
  data["errors"] = errors;
  data["has_errors"] = !errors.empty();
  for (const auto& e : errors) data[e["href"].get<std::string>().substr(1) + "_error"] = e["message"];
  return RenderPage(context, request, "audit", errors.empty() ? title : "Error: " + title, data, status, "audit");
}

Response AuditCsv(AppContext& context, AccessLogService& log, Request& request) {
  auto filter = ParseAuditFilter(request.query);
  if (!filter.ok()) return ErrorPage(context, request, filter.error());
  auto page = log.Read(*request.principal, *filter, 5000, request.Query("cursor"), false);
  if (!page.ok()) return ErrorPage(context, request, page.error());
  Response response = Response::Csv(AccessLogCsv(page->items), "access-log.csv");
  if (!page->next.empty()) response.Set("X-Next-Cursor", page->next);
  return response;
}

}  // namespace

std::vector<FeatureEndpoint> AccessLogPageEndpoints(AppContext& context, AccessLogService& log) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/audit", AccessAction::kReadAuditLog,
                 SignedIn(context, [&context, &log](Request& request) {
                   return AuditPage(context, log, request, false);
                 })});
  out.push_back({"GET", "/audit.csv", AccessAction::kReadAuditLog,
                 SignedIn(context, [&context, &log](Request& request) { return AuditCsv(context, log, request); })});
  out.push_back({"GET", "/audit/reasons", AccessAction::kReviewReasons,
                 SignedIn(context, [&context, &log](Request& request) {
                   return AuditPage(context, log, request, true);
                 })});
  return out;
}

}  // namespace childrecord
