#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// Recording on the child's record from the browser: the entry form with language checking as
// you type (R33-R35; without JavaScript the findings appear on save), the record's "words we
// use", and the team's language view for managers.
void AddEntryPageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
