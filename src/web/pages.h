#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The server-rendered pages: sign in and out, the children list, a child's record.
void AddPageRoutes(Router& router, AppContext& context);

// The "Page not found" page.
Response NotFoundPage(AppContext& context, const Request& request);

}  // namespace childrecord
