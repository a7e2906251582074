#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// GET /api/v1/search (issue 4 item 11): full-text search of entries and names within the
// caller's access (RecordService::SearchRecords).
void AddSearchApiRoutes(Router& router, AppContext& context);

}  // namespace childrecord
