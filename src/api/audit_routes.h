#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The API of issue 3 item 7 (the access log's own routes are the feature
// features/access_log/):
//   POST /api/v1/children/{id}/restriction  restrict a record to named people, or lift that
void AddAuditApiRoutes(Router& router, AppContext& context);

}  // namespace childrecord
