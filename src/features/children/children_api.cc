#include "features/children/children_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

Json ChildItemJson(const ChildListItem& c) {
  // A child outside the reader's reach is listed by name only; opening it needs a reason
  // (X-Access-Reason).
  if (c.reason_required) return Json{{"id", c.id}, {"full_name", c.full_name}, {"access", "reason_required"}};
  Json json = fields::ToJson(c);  // every described field (children_views.cc)
  json["access"] = "full";
  return json;
}

// The record's own members of the schema "Child"; features add theirs in ChildResponse.
Json ChildJson(const ChildRecord& c) {
  Json json = ChildItemJson(c.summary);
  json.update(fields::ToJson(c));
  json["referral"] = {
      {"received_on", c.referral_received_on}, {"source", c.referral_source}, {"reason", c.referral_reason}};
  return json;
}

}  // namespace

Response ChildResponse(const AppContext& context, const Result<ChildRecord>& record, int status) {
  if (!record.ok()) return ApiErrorResponse(record.error());
  Json json = ChildJson(*record);
  for (const ChildMember& member : context.child_members) {
    auto value = member.value(*record);
    if (!value.ok()) return ApiErrorResponse(value.error());
    json[member.name] = std::move(*value);
  }
  return Response::Json(json.dump(), status);
}

std::vector<FeatureEndpoint> ChildApiEndpoints(AppContext& context, ChildrenService& children) {
  const Json id = Param("id", "path", "identifier", true);
  const Json cursor = Param("cursor", "query", "the `next` of the previous page", false);
  const Json limit = Param("limit", "query", "page size, 1 to 200 (default 50)", false);
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET",
                 "/api/v1/children",
                 AccessAction::kSearchChildren,
                 WithToken(context,
                           [&children](Request& request, const Principal& who) {
                             auto limit = LimitParam(request, 50);
                             if (!limit.ok()) return ApiErrorResponse(limit.error());
                             return PageResponse(
                                 children.SearchChildren(who, request.Query("q"), *limit, request.Query("cursor"),
                                                         AccessContextOf(request)),
                                 ChildItemJson);
                           }),
                 {{"summary", "Search children by name"},
                  {"parameters", {Param("q", "query", "part of the child's name", false), cursor, limit}},
                  {"responses", Ok("Children", ListOf("ChildListItem"), 200, {400, 401, 422})}}});
  out.push_back({"POST",
                 "/api/v1/children",
                 AccessAction::kOpenRecord,
                 WithToken(context,
                           [&context, &children](Request& request, const Principal& who) {
                             auto body = JsonBody(request);
                             if (!body.ok()) return ApiErrorResponse(body.error());
                             return ChildResponse(context, children.OpenRecord(who, *body, AccessContextOf(request)),
                                                  201);
                           }),
                 {{"summary", "Accept a referral and open the child's record (R1)"},
                  {"requestBody", Body("OpenRecord")},
                  {"responses", Ok("The new record", Ref("Child"), 201, {400, 401, 403, 422})}}});
  out.push_back(
      {"GET",
       "/api/v1/children/{id}",
       AccessAction::kReadOverview,
       WithToken(context,
                 [&context, &children](Request& request, const Principal& who) {
                   return ChildResponse(context,
                                        children.GetChild(who, request.PathParam("id"), AccessContextOf(request)));
                 }),
       {{"summary", "A child's record"}, {"parameters", {id}}, {"responses", Ok("The record", Ref("Child"))}}});
  return out;
}

}  // namespace childrecord
