#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/identity/identity_service.h"

namespace childrecord::features::identity {

// The child's identity (R2) and living arrangements (R4, R8) in the JSON API:
//   GET/POST /api/v1/children/{id}/identity              (?as_at=YYYY-MM-DD)
//   GET/POST /api/v1/children/{id}/living-arrangements
// Handlers borrow `context` and `identity`, which outlive them.
std::vector<FeatureEndpoint> IdentityApiEndpoints(AppContext& context, IdentityService& identity);
// The OpenAPI fragment of these routes: their paths and the schemas they use (identity_openapi.cc).
Json IdentityOpenApi();

// The JSON of the answers (what IdentityOpenApi documents; other features answering with them use them too).
Json IdentityAnswerJson(const IdentityAnswer& answer);
Json LivingAnswerJson(const LivingAnswer& answer);
Json LivingArrangementJson(const LivingArrangementView& arrangement);

}  // namespace childrecord::features::identity
