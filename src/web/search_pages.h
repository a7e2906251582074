#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// GET /search (issue 4 item 11): search entries and names, results grouped by child, the words
// found marked. Every part of the text is escaped by the template before the marks go round it.
void AddSearchPageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
