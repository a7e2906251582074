#include "features/closure/closure_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "features/children/children_api.h"
#include "http/error_response.h"

namespace childrecord {

std::vector<FeatureEndpoint> ClosureApiEndpoints(AppContext& context, ClosureService& closures) {
  const Json id = Param("id", "path", "identifier", true);
  std::vector<FeatureEndpoint> out;
  // R1: involvement ends; the record stays readable and is never deleted.
  out.push_back(
      {"POST",
       "/api/v1/children/{id}/closure",
       AccessAction::kRecordEntry,
       WithToken(context,
                 [&context, &closures](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return ChildResponse(context,
                                        closures.Close(who, request.PathParam("id"), *body, AccessContextOf(request)));
                 }),
       {{"summary", "R1: close the record when involvement ends (team manager, senior manager); it stays readable"},
        {"parameters", {id}},
        {"requestBody", Body("Closure")},
        {"responses", Ok("The record, closed", Ref("Child"), 200, {400, 401, 403, 404, 409, 422})}}});
  // R1, one record per child: a new referral reopens a closed record.
  out.push_back(
      {"POST",
       "/api/v1/children/{id}/reopening",
       AccessAction::kOpenRecord,
       WithToken(context,
                 [&context, &closures](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return ChildResponse(context,
                                        closures.Reopen(who, request.PathParam("id"), *body, AccessContextOf(request)));
                 }),
       {{"summary", "R1: a new referral reopens a closed record (First Contact, managers): one record per child"},
        {"parameters", {id}},
        {"requestBody", Body("Reopening")},
        {"responses", Ok("The record, open again", Ref("Child"), 200, {400, 401, 403, 404, 409, 422})}}});
  return out;
}

Json ClosureOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  const Json date = {{"type", "string"}, {"format", "date"}};
  Json schemas = Json::object();
  schemas["Closure"] = {{"type", "object"},
                        {"required", {"closed_on", "reason", "closing_summary"}},
                        {"properties", {{"closed_on", date}, {"reason", text}, {"closing_summary", text}}}};
  schemas["Reopening"] = {{"type", "object"},
                          {"required", {"referral"}},
                          {"properties",
                           {{"referral",
                             {{"type", "object"},
                              {"required", {"received_on", "source", "reason"}},
                              {"properties", {{"received_on", date}, {"source", text}, {"reason", text}}}}}}}};
  return schemas;
}

}  // namespace childrecord
