#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The JSON API under /api/v1 (SPEC §6). Handlers are thin: parse, call the service, shape JSON.
void AddApiRoutes(Router& router, AppContext& context);


}  // namespace childrecord
