#pragma once

#include <vector>

#include "features/feature_module.h"

namespace childrecord::features::accounts {

// Administrators' account pages (R53, R54): /admin/users lists accounts;
// add a user; one user's page with forms to change role and team, disable and re-enable, reset
// the password, unlock sign-in, end every session and token, and record training; and
// /admin/training, the report of users whose data-protection training is over 12 months old.
// Every page needs the admin role; every form a CSRF token.
// Handlers borrow `context`, which outlives them.
std::vector<FeatureEndpoint> AdminPageEndpoints(AppContext& context);

}  // namespace childrecord::features::accounts
