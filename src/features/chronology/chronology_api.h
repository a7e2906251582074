#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/chronology/chronology_service.h"
#include "features/feature_module.h"
#include "http/request.h"

namespace childrecord {

// R20 in the JSON API:
//   GET  /api/v1/children/{id}/chronology          a page: ?kind=… (repeatable) &from=&to= (YYYY-MM-DD)
//                                                  &order=oldest|newest &cursor=&limit= (at most 100)
//   POST /api/v1/children/{id}/chronology          add an item by hand, or promote an entry (entry_id)
//   POST /api/v1/children/{id}/chronology/impacts  {ref, impact}: the impact on the child of an item
//   GET  /api/v1/children/{id}/chronology.pdf      the court's PDF of the whole chronology
// The handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> ChronologyApiEndpoints(AppContext& context, ChronologyService& service);
// The schemas the operations refer to (ChronologyItem, NewChronologyItem, ChronologyImpact).
Json ChronologyOpenApiSchemas();
// The filter a request's query asks for (kind, from, to, order); kBadRequest naming the parameter
// for a kind, date or order this API does not know. Shared with the page.
Result<ChronologyFilter> FilterOf(const Request& request);
// The PDF as a download.
Response ChronologyPdfResponse(ChronologyService::Pdf pdf);

}  // namespace childrecord
