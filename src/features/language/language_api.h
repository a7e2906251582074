#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/language/language_service.h"

namespace childrecord::features::language {

// The language checker and the words we use in the JSON API (R33-R35):
//   POST /api/v1/language/check                 check text (with a child_id, that record's words lead)
//   GET/PUT /api/v1/children/{id}/words-we-use  the words the child and family prefer
// Handlers borrow `context` and `language`, which outlive them.
std::vector<FeatureEndpoint> LanguageApiEndpoints(AppContext& context, LanguageService& language);

// The OpenAPI fragment of the API routes: their paths and schemas (language_openapi.cc).
Json LanguageOpenApi();

}  // namespace childrecord::features::language
