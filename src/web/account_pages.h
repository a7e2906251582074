#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// Signing in and out and a person's own account (issue 3 items 2-4): sign in (with a
// pre-session double-submit CSRF cookie), sign out, sign out everywhere, lock screen and
// unlock (R45), change password (and the forced change when it has expired, R44), the
// data-protection training reminder at sign-in (R53) and the session-status endpoint that
// app.js polls for the idle warning without extending the session.
void AddAccountPageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
