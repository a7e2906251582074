#include "web/audit_pages.h"

#include "audit/audit_query.h"
#include "core/time_format.h"
#include "http/url.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string FieldOf(const std::multimap<std::string, std::string>& form, const char* name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

Response AuditPage(AppContext& context, Request& request, bool reasons) {
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
    auto page = context.records.ReadAccessLog(*request.principal, *filter, 100, request.Query("cursor"), reasons);
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
                        {"action", e.action},
                        {"detail", e.detail},
                        {"address", e.address},
                        {"reason", e.reason},
                        {"outcome", e.outcome}});
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

}  // namespace

Response AccessReasonPage(AppContext& context, const Request& request, const std::string& child_id,
                          const std::string& reason, Json errors, int status) {
  Json data{{"child_id", child_id},
            {"action", "/children/" + child_id + "/access-reason"},
            {"reason", reason},
            {"csrf_token", request.principal ? request.principal->csrf_token : ""},
            {"errors", errors},
            {"has_errors", !errors.empty()}};
  if (!errors.empty()) data["reason_error"] = errors[0]["message"];
  const std::string title = "Why do you need to see this record?";
  return RenderPage(context, request, "access_reason", errors.empty() ? title : "Error: " + title, data, status,
                    "children");
}

void AddAuditPageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/audit", SignedIn(context, [&context](Request& request) {
               return AuditPage(context, request, false);
             }));
  router.Add("GET", "/audit/reasons", SignedIn(context, [&context](Request& request) {
               return AuditPage(context, request, true);
             }));
  router.Add("GET", "/audit.csv", SignedIn(context, [&context](Request& request) {
               auto filter = ParseAuditFilter(request.query);
               if (!filter.ok()) return ErrorPage(context, request, filter.error());
               auto page = context.records.ReadAccessLog(*request.principal, *filter, 5000, request.Query("cursor"),
                                                         false);
               if (!page.ok()) return ErrorPage(context, request, page.error());
               Response response = Response::Csv(AccessLogCsv(page->items), "access-log.csv");
               if (!page->next.empty()) response.Set("X-Next-Cursor", page->next);
               return response;
             }));
  router.Add("POST", "/children/{id}/access-reason", SignedIn(context, [&context](Request& request) {
               std::multimap<std::string, std::string> form;
               if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
               const std::string id = request.PathParam("id");
               const std::string reason = FieldOf(form, "reason");
               Status given = context.records.GiveReason(*request.principal, id, reason,
                                                         AccessContext{request.remote_address, ""});
               if (!given.ok()) {
                 if (given.error().code != ErrorCode::kValidation) return ErrorPage(context, request, given.error());
                 return AccessReasonPage(context, request, id, reason,
                                         Json::array({{{"message", given.error().message}, {"href", "#reason"}}}),
                                         422);
               }
               return Response::Redirect("/children/" + id);
             }));
}

}  // namespace childrecord
