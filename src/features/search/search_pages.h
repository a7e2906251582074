#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/search/search_service.h"

namespace childrecord {

// Full-text search in the browser:
//   /search?q=&cursor=   entries and names, results grouped by child, the words found marked
//                        (template search/search.mustache). Every part of the text is escaped
//                        by the template before the marks go round it.
// The handlers borrow `context` and `search`, which outlive them.
std::vector<FeatureEndpoint> SearchPageEndpoints(AppContext& context, SearchService& search);

}  // namespace childrecord
