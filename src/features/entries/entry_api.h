#pragma once

#include <vector>

#include "features/entries/entry_service.h"
#include "features/feature_module.h"
#include "features/language/language_service.h"

namespace childrecord::features::entries {

// The entries API: GET/POST /api/v1/children/{id}/entries, GET /api/v1/entries/{id} and
// GET/POST /api/v1/entries/{id}/versions. Handlers borrow `context`, `entries` and `language` (R34's
// confirmation before recording), which outlive them.
std::vector<FeatureEndpoint> EntryApiEndpoints(AppContext& context, EntryService& entries, LanguageService& language);
// The OpenAPI fragment of these routes: their paths (the Entry and NewEntry schemas are the API's
// own, in api/openapi.cc, because other features answer with entries too).
Json EntryOpenApi();

}  // namespace childrecord::features::entries
