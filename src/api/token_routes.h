#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// API token management beside POST /api/v1/tokens (api_routes.cc): DELETE /api/v1/tokens/current
// revokes the bearer token the request carries (issue 3 item 5). Answers 204, or the SPEC §6
// error shape (401 unauthenticated for a missing, expired, revoked or forged token).
void AddTokenRoutes(Router& router, AppContext& context);

}  // namespace childrecord
