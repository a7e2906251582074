#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/plan/plan_service.h"

namespace childrecord {

// R24 in the JSON API:
//   GET  /api/v1/children/{id}/plan    the child's plans (in force first) with goals, actions, reviews
//   POST /api/v1/children/{id}/plan    start a plan
//   GET  /api/v1/plans/{id}            one plan
//   POST /api/v1/plans/{id}/goals      add a goal
//   POST /api/v1/plans/{id}/actions    add an action (who will do what by when, for which goal)
//   POST /api/v1/plans/{id}/reviews    record a review meeting (and its next steps)
//   POST /api/v1/plans/{id}/ending     end the plan
// Reads are kReadEntries, writes kRecordEntry. The handlers borrow `context` and `plans`, which
// outlive them.
std::vector<FeatureEndpoint> PlanApiEndpoints(AppContext& context, PlanService& plans);
// The schemas the operations refer to.
Json PlanOpenApiSchemas();
// A plan as the API answers it, with what is computed on the read (R24's review timescale, the
// overdue actions) for `today`.
Json PlanJson(const PlanDetail& plan, Date today, const WorkingDayCalendar& calendar);

}  // namespace childrecord
