#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/assessment/assessment_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R20, R23, R27, R37, R38 in the JSON API:
//   GET  /api/v1/children/{id}/assessments        the record's assessments, newest first
//   POST /api/v1/children/{id}/assessments        start one (due 45 working days after the referral)
//   GET  /api/v1/assessments/{id}                 one, with every saved version
//   POST /api/v1/assessments/{id}/versions        save a version of the draft
//   POST /api/v1/assessments/{id}/completion      send it to a manager (every missing section named)
//   POST /api/v1/assessments/{id}/authorisation   a manager authorises or returns it, with reasons
// The handlers borrow `context` and `assessments`, which outlive them.
std::vector<FeatureEndpoint> AssessmentApiEndpoints(AppContext& context, AssessmentService& assessments);
// The schemas the operations refer to (Assessment, AssessmentStart, AssessmentVersionInput, ...).
Json AssessmentOpenApiSchemas();
// The API's JSON of one assessment: its description's fields plus its status in words, whether it
// is overdue on `today` or was authorised late, and the outcome's words.
Json AssessmentJson(const AssessmentView& view, Date today);

}  // namespace childrecord
