#pragma once

#include <vector>

#include "features/feature_module.h"

namespace childrecord::features::accounts {

// POST /api/v1/tokens signs in and issues a bearer token (R43); DELETE /api/v1/tokens/current
// revokes the token the request carries. Answers in the SPEC §6 error shape (401 for a missing,
// expired, revoked or forged token). Handlers borrow `context`, which outlives them.
std::vector<FeatureEndpoint> TokenApiEndpoints(AppContext& context);
// The components.schemas the operations refer to: TokenRequest and Token.
Json TokenOpenApiSchemas();

}  // namespace childrecord::features::accounts
