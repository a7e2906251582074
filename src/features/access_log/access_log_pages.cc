#include "features/access_log/access_log_pages.h"

#include <algorithm>

#include "core/field_errors.h"
#include "core/time_format.h"
#include "features/access_log/access_log_query.h"
#include "features/access_log/access_log_views.h"
#include "http/url.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// The filter's inputs as the page names them: the Child ID people see and GOV.UK date inputs.
constexpr const char* kPageParams[] = {"user",   "child",   "from-day",  "from-month",
                                       "from-year", "to-day", "to-month", "to-year"};

// The page's query string for `params` as typed, so the next page keeps the filter.
std::string TypedQuery(const Request& request) {
  std::string out;
  for (const char* p : kPageParams) {
    if (!request.Query(p).empty()) out += std::string("&") + p + "=" + PercentEncode(request.Query(p));
  }
  return out;
}

// The error summary links to a date's first box.
std::string AnchorOf(const std::string& field) { return field == "from" || field == "to" ? field + "-day" : field; }

Response AuditPage(AppContext& context, AccessLogService& log, Request& request, bool reasons) {
  const std::string title = reasons ? "Access with reason" : "Access log";
  Json data{{"reasons", reasons}, {"title", title}, {"action", reasons ? "/audit/reasons" : "/audit"}};
  for (const char* p : kPageParams) {
    std::string key = p;
    std::replace(key.begin(), key.end(), '-', '_');
    data[key] = request.Query(p);
  }
  // Every problem of the filter at once (SPEC §4): the dates as typed, the Child ID, the user.
  FieldErrors problems;
  std::multimap<std::string, std::string> query{{"user", request.Query("user")}};
  for (const char* name : {"from", "to"}) {
    const std::string n = name;
    auto iso = IsoDateFromForm(request.Query(n + "-day"), request.Query(n + "-month"), request.Query(n + "-year"), n,
                               "the '" + n + "' date");
    if (problems.Check(iso)) query.emplace(n, *iso);
  }
  auto child_id = log.ChildForFilter(*request.principal, request.Query("child"), request.Query("user"), reasons);
  if (!child_id.ok() && child_id.error().code != ErrorCode::kValidation) {
    return ErrorPage(context, request, child_id.error());
  }
  if (problems.Check(child_id)) query.emplace("child", *child_id);
  int status = 200;
  Json rows = Json::array();
  std::vector<Error> errors;
  if (problems.empty()) {
    auto filter = ParseAuditFilter(query);
    auto page = filter.ok() ? log.Read(*request.principal, *filter, 100, request.Query("cursor"), reasons)
                            : Result<Page<AccessLogView>>(filter.error());
    if (!page.ok() && page.error().code != ErrorCode::kValidation) return ErrorPage(context, request, page.error());
    if (!page.ok()) {
      errors = page.error().All();
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
        data["next_href"] =
            std::string(reasons ? "/audit/reasons" : "/audit") + "?cursor=" + page->next + TypedQuery(request);
      }
    }
    // The CSV takes the filter as the API does (ids and ISO dates), read by ParseAuditFilter.
    std::string csv = "/audit.csv?";
    for (const auto& [k, v] : query) {
      if (!v.empty()) csv += k + "=" + PercentEncode(v) + "&";
    }
    data["csv_href"] = csv;
  } else {
    errors = problems.ToStatus().error().All();
  }
  // The summary lists the problems in the page's order.
  const auto place = [](const Error& e) {
    const std::vector<std::string> order{"user", "child", "from", "to"};
    return std::find(order.begin(), order.end(), e.field) - order.begin();
  };
  std::stable_sort(errors.begin(), errors.end(), [&](const Error& a, const Error& b) { return place(a) < place(b); });
  Json summary = Json::array();
  for (const Error& e : errors) {
    summary.push_back({{"message", e.message}, {"href", "#" + AnchorOf(e.field)}});
    if (!e.field.empty() && !data.contains(e.field + "_error")) data[e.field + "_error"] = e.message;
  }
  if (!summary.empty()) status = 422;
  data["rows"] = rows;
  data["has_rows"] = !rows.empty();
  data["errors"] = summary;
  data["has_errors"] = !summary.empty();
  return RenderPage(context, request, "audit", summary.empty() ? title : "Error: " + title, data, status, "audit");
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
