#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The JSON API under /api/v1 (SPEC §6). Handlers are thin: parse, call the service, shape JSON.
void AddApiRoutes(Router& router, AppContext& context);

// The API's spelling of a child's record (OpenAPI schema "Child"), for the features that answer
// with it (features/closure/).
Json ChildJson(const ChildRecord& c);

}  // namespace childrecord
