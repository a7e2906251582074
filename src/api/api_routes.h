#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The JSON API under /api/v1 (SPEC §6). Handlers are thin: parse, call the service, shape JSON.
void AddApiRoutes(Router& router, AppContext& context);

// The API's spelling of a child's record (OpenAPI schema "Child"), for the features that answer
// with it (features/closure/).
Json ChildJson(const ChildRecord& c);

// An entry as the API shows it (R15, R21, R26, R28; R32 shared_from).
Json EntryJson(const EntryView& e);

}  // namespace childrecord
