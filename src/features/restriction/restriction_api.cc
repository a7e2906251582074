// Restricting a record in the JSON API (SPEC §4).
#include "features/restriction/restriction_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "http/error_response.h"

namespace childrecord::features::restriction {

std::vector<FeatureEndpoint> RestrictionApiEndpoints(AppContext& context, RestrictionService& service) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"POST", "/api/v1/children/{id}/restriction", AccessAction::kRestrictRecord,
             WithToken(context, [&context, &service](Request& request, const Principal& who) {
               auto body = JsonBody(request);
               if (!body.ok()) return ApiErrorResponse(body.error());
               auto facts = service.Restrict(who, request.PathParam("id"), *body,
                                                           AccessContextOf(request));
               if (!facts.ok()) return ApiErrorResponse(facts.error());
               return Response::Json(Json{{"child_id", facts->child_id},
                                          {"restricted", facts->restricted},
                                          {"named_user_ids", facts->named_user_ids}}
                                         .dump());
             }),
                 Json{{"summary", "Restrict a record to named people, or lift that (team manager, senior manager)"},
                      {"parameters", {Param("id", "path", "identifier", true)}},
                      {"requestBody", Body("Restriction")},
                      {"responses", {{"200", {{"description", "The restriction as it now stands"}}}}}}});
  return out;
}

Json RestrictionOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  return Json{{"Restriction",
               {{"type", "object"},
                {"required", {"restricted", "reason"}},
                {"properties",
                 {{"restricted", {{"type", "boolean"}}},
                  {"named_user_ids", {{"type", "array"}, {"items", text}}},
                  {"reason", text}}}}}};
}

}  // namespace childrecord::features::restriction
