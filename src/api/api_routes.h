#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The JSON API under /api/v1 (SPEC §6). Handlers are thin: parse, call the service, shape JSON.
void AddApiRoutes(Router& router, AppContext& context);

// The API's answer of a child's record (OpenAPI schema "Child"): the record's own members and
// every feature's (AppContext::child_members), or the error. For the features that answer with
// the record after changing it.
Response ChildResponse(const AppContext& context, const Result<ChildRecord>& record, int status = 200);

// An entry as the API shows it (R15, R21, R26, R28; R32 shared_from).
Json EntryJson(const EntryView& e);

}  // namespace childrecord
