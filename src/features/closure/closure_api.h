#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/closure/closure_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R1 in the JSON API:
//   POST /api/v1/children/{id}/closure     close the record when involvement ends
//   POST /api/v1/children/{id}/reopening   a new referral reopens a closed record
// Both answer with the record (schema Child). The handlers borrow `context` and `closures`,
// which outlive them.
std::vector<FeatureEndpoint> ClosureApiEndpoints(AppContext& context, ClosureService& closures);
// The schemas the operations refer to (Closure, Reopening).
Json ClosureOpenApiSchemas();

}  // namespace childrecord
