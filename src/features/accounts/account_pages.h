#pragma once

#include <vector>

#include "features/feature_module.h"

namespace childrecord::features::accounts {

// Signing in and out and a person's own account: sign in (with a
// pre-session double-submit CSRF cookie), sign out, sign out everywhere, lock screen and
// unlock (R45), change password (and the forced change when it has expired, R44), the
// data-protection training reminder at sign-in (R53) and the session-status endpoint that
// app.js polls for the idle warning without extending the session.
// Handlers borrow `context`, which outlives them.
std::vector<FeatureEndpoint> AccountPageEndpoints(AppContext& context);

}  // namespace childrecord::features::accounts
