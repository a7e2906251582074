#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// Pages of issue 3 items 7 and 8:
//   GET  /audit                        the access log, filtered by user, child and dates
//   GET  /audit.csv                    the same rows as CSV
//   GET  /audit/reasons                "access with reason" for the team manager to review
//   POST /children/{id}/access-reason  "Why do you need to see this record?" (then opens it)
void AddAuditPageRoutes(Router& router, AppContext& context);

// The "Why do you need to see this record?" page for child `child_id`; `errors` as the GOV.UK
// error summary wants them ([{"message","href"}]).
Response AccessReasonPage(AppContext& context, const Request& request, const std::string& child_id,
                          const std::string& reason, Json errors, int status);

}  // namespace childrecord
