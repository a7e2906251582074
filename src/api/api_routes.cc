#include "api/api_routes.h"

#include "api/api_support.h"

#include "core/time_format.h"
#include "http/error_response.h"
#include "language/language_json.h"
#include "record/commands.h"

namespace childrecord {
namespace {

Json ChildItemJson(const ChildListItem& c) {
  // A child outside the reader's reach is listed by name only; opening it needs a reason
  // (X-Access-Reason).
  if (c.reason_required) return Json{{"id", c.id}, {"full_name", c.full_name}, {"access", "reason_required"}};
  Json json = fields::ToJson(c);  // every described field (record/read_models.cc)
  json["access"] = "full";
  return json;
}

// The record's own members of the schema "Child"; features add theirs in ChildResponse.
Json ChildJson(const ChildRecord& c) {
  Json json = ChildItemJson(c.summary);
  json.update(fields::ToJson(c));
  json["referral"] = {{"received_on", c.referral_received_on},
                      {"source", c.referral_source},
                      {"reason", c.referral_reason}};
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

Json EntryJson(const EntryView& e) {
  Json json = fields::ToJson(e);  // every described field (record/read_models.cc)
  // R32: on a brother's or sister's record, the record the entry was written on; both null when
  // that record is restricted to others than the reader.
  json["shared_from"] = e.shared_from_child_id.empty() ? Json(nullptr)
                        : e.shared_from_hidden
                            ? Json{{"child_id", nullptr}, {"full_name", nullptr}}
                            : Json{{"child_id", e.shared_from_child_id}, {"full_name", e.shared_from_name}};
  return json;
}

void AddApiRoutes(Router& router, AppContext& context) {

  router.Add("GET", "/api/v1/children", WithToken(context, [&context](Request& request, const Principal& who) {
               auto limit = LimitParam(request, 50);
               if (!limit.ok()) return ApiErrorResponse(limit.error());
               return PageResponse(context.records.SearchChildren(who, request.Query("q"), *limit,
                                                                  request.Query("cursor"), AccessContextOf(request)),
                                   ChildItemJson);
             }));

  router.Add("POST", "/api/v1/children", WithToken(context, [&context](Request& request, const Principal& who) {
               auto body = JsonBody(request);
               if (!body.ok()) return ApiErrorResponse(body.error());
               return ChildResponse(context, context.records.OpenRecord(who, *body, AccessContextOf(request)), 201);
             }));

  router.Add("GET", "/api/v1/children/{id}", WithToken(context, [&context](Request& request, const Principal& who) {
               return ChildResponse(context, context.records.GetChild(who, request.PathParam("id"), AccessContextOf(request)));
             }));
}

}  // namespace childrecord
