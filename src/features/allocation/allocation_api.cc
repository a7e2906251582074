#include "features/allocation/allocation_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "http/error_response.h"

namespace childrecord {

Json RecordAllocationJson(const RecordAllocation& allocation) {
  Json history = Json::array();
  for (const Allocation& a : allocation.history) history.push_back(fields::ToJson(a));
  return Json{{"worker_id", NullIfEmpty(allocation.worker_id)},
              {"worker", NullIfEmpty(allocation.worker_name)},
              {"history", std::move(history)}};
}

namespace {

// A decision on the record's allocation posted as JSON (allocating, or moving to another team):
// `decide` is the AllocationService use case; the answer is the record's allocation as it became.
using AllocationDecision = Result<RecordAllocation> (AllocationService::*)(const Principal&, const std::string&,
                                                                           const Json&, const AccessContext&);
Handler PostAllocationDecision(AppContext& context, AllocationService& allocations, AllocationDecision decide) {
  return WithToken(context, [&allocations, decide](Request& request, const Principal& who) {
    auto body = JsonBody(request);
    if (!body.ok()) return ApiErrorResponse(body.error());
    auto done = (allocations.*decide)(who, request.PathParam("id"), *body, AccessContextOf(request));
    if (!done.ok()) return ApiErrorResponse(done.error());
    return Response::Json(RecordAllocationJson(*done).dump());
  });
}

}  // namespace

std::vector<FeatureEndpoint> AllocationApiEndpoints(AppContext& context, AllocationService& allocations) {
  const Json id = Param("id", "path", "identifier", true);
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET",
                 "/api/v1/children/{id}/allocation",
                 AccessAction::kReadOverview,
                 WithToken(context,
                           [&allocations](Request& request, const Principal& who) {
                             auto got = allocations.Get(who, request.PathParam("id"), AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             return Response::Json(RecordAllocationJson(*got).dump());
                           }),
                 {{"summary", "R40: the record's allocated worker and its allocation history, newest first"},
                  {"parameters", {id}},
                  {"responses", Ok("The allocation", Ref("ChildAllocation"))}}});
  // R40: the team manager is responsible for the team's records and delegates them to workers.
  out.push_back({"POST",
                 "/api/v1/children/{id}/allocation",
                 AccessAction::kRecordDecision,
                 PostAllocationDecision(context, allocations, &AllocationService::Allocate),
                 {{"summary",
                   "R40: allocate or reallocate the record to a practitioner of its team (the team's manager, a "
                   "senior manager); the previous worker keeps read access for 30 days"},
                  {"parameters", {id}},
                  {"requestBody", Body("NewAllocation")},
                  {"responses", Ok("The allocation", Ref("ChildAllocation"), 200, {400, 401, 403, 404, 422})}}});
  // R20, R40: the record moves to another team with what the new team needs to know.
  out.push_back({"POST",
                 "/api/v1/children/{id}/team",
                 AccessAction::kRecordDecision,
                 PostAllocationDecision(context, allocations, &AllocationService::MoveTeam),
                 {{"summary",
                   "R20, R40: move the record to another team with a transfer summary (the team's manager, a "
                   "senior manager); it leaves its worker and joins the new team's unallocated records"},
                  {"parameters", {id}},
                  {"requestBody", Body("TeamMove")},
                  {"responses", Ok("The allocation", Ref("ChildAllocation"), 200, {400, 401, 403, 404, 422})}}});
  return out;
}

Json AllocationOpenApiSchemas() {
  Json schemas = Json::object();
  schemas["NewAllocation"] = {
      {"type", "object"},
      {"properties",
       {{"worker_id",
         {{"type", "string"}, {"nullable", true}, {"description", "a practitioner of the record's team; null: none"}}},
        {"reason", {{"type", "string"}, {"nullable", true}}}}}};
  schemas["TeamMove"] = {
      {"type", "object"},
      {"required", {"team_id", "transfer_summary"}},
      {"properties",
       {{"team_id", {{"type", "string"}, {"description", "the team the record moves to"}}},
        {"transfer_summary", {{"type", "string"}, {"description", "R20: what the new team needs to know"}}},
        {"reason", {{"type", "string"}, {"nullable", true}}}}}};
  schemas["Allocation"] = fields::OpenApiSchema<Allocation>("One allocation of the record (R40)");
  schemas["ChildAllocation"] = {{"type", "object"},
                                {"required", {"worker_id", "worker", "history"}},
                                {"properties",
                                 {{"worker_id", {{"type", "string"}, {"nullable", true}}},
                                  {"worker", {{"type", "string"}, {"nullable", true}}},
                                  {"history", {{"type", "array"}, {"items", Ref("Allocation")}}}}}};
  return schemas;
}

}  // namespace childrecord
