#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/summary/summary_service.h"

namespace childrecord {

// R25 in the JSON API:
//   GET /api/v1/children/{id}/summary            the out-of-hours view: the Case Note Summary, its
//                                                key people with phone and email, where the child
//                                                lives, legal status, worker, the last 3 entries
//                                                (schema OutOfHoursSummary)
//   PUT /api/v1/children/{id}/summary            a new version (schema NewCaseNoteSummary); answers
//                                                the summary (schema CaseNoteSummary)
//   GET /api/v1/children/{id}/summary/versions   every version, newest first
// The handlers borrow `context` and `summaries`, which outlive them.
std::vector<FeatureEndpoint> SummaryApiEndpoints(AppContext& context, SummaryService& summaries);
// The schemas the operations refer to.
Json SummaryOpenApiSchemas();
// The API's answer for a summary, and for the out-of-hours view.
Json CaseNoteSummaryJson(const CaseNoteSummary& summary);
Json OutOfHoursJson(const OutOfHoursView& view);

}  // namespace childrecord
