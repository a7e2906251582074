#pragma once

#include "http/router.h"
#include "service/app_context.h"

namespace childrecord {

// Pages of the access with a reason (R40; the access log's own pages are the feature features/access_log/):
//   POST /children/{id}/access-reason  "Why do you need to see this record?" (then opens it)
void AddAuditPageRoutes(Router& router, AppContext& context);

// The "Why do you need to see this record?" page for child `child_id`; `errors` as the GOV.UK
// error summary wants them ([{"message","href"}]). Once the reason is given the person goes to
// `next` (a page of the same record; empty: the page asked for when it is a GET, else the record).
Response AccessReasonPage(AppContext& context, const Request& request, const std::string& child_id,
                          const std::string& reason, Json errors, int status, const std::string& next = "");

}  // namespace childrecord
