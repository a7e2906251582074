#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/children/children_service.h"
#include "features/feature_module.h"
#include "http/router.h"
#include "service/app_context.h"

namespace childrecord {

// The children's part of the JSON API (SPEC §6): GET /api/v1/children (search by name),
// POST /api/v1/children (open a record, R1) and GET /api/v1/children/{id}, each with its OpenAPI
// operation. Handlers are thin: parse, call the service, shape JSON.
std::vector<FeatureEndpoint> ChildApiEndpoints(AppContext& context, ChildrenService& children);
// The schemas those operations use (children_openapi.cc): "ChildListItem", "Child" (which the
// features' ChildMembers add to; children is the first module, so it is there before them) and
// "OpenRecord".
Json ChildOpenApiSchemas();

// The API's answer of a child's record (OpenAPI schema "Child"): the record's own members and
// every feature's (AppContext::child_members), or the error. For the features that answer with
// the record after changing it.
Response ChildResponse(const AppContext& context, const Result<ChildRecord>& record, int status = 200);

}  // namespace childrecord
