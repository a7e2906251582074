#include "api/audit_routes.h"

#include "api/api_support.h"

#include "http/error_response.h"

namespace childrecord {

void AddAuditApiRoutes(Router& router, AppContext& context) {
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
