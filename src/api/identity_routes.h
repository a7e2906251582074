#pragma once

#include "service/app_context.h"
#include "core/canonical_json.h"
#include "http/router.h"
#include "service/record_service.h"

namespace childrecord {

// The child's identity (R2) and living arrangements (R4, R8) in the JSON API:
//   GET/POST /api/v1/children/{id}/identity              (?as_at=YYYY-MM-DD)
//   GET/POST /api/v1/children/{id}/living-arrangements
void AddIdentityApiRoutes(Router& router, AppContext& context);

// The JSON of the answers (also what openapi.cc documents).
Json IdentityAnswerJson(const IdentityAnswer& answer);
Json LivingAnswerJson(const LivingAnswer& answer);
Json LivingArrangementJson(const LivingArrangementView& arrangement);

}  // namespace childrecord
