#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/search/search_service.h"

namespace childrecord {

// Full-text search in the JSON API:
//   GET /api/v1/search?q=&cursor=&limit=   entries and names within the caller's access
//                                           (SearchService::Search), one access-log row
// The handlers borrow `context` and `search`, which outlive them.
std::vector<FeatureEndpoint> SearchApiEndpoints(AppContext& context, SearchService& search);
// The schemas the operation refers to (TextPart, SearchHit).
Json SearchOpenApiSchemas();

}  // namespace childrecord
