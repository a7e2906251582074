#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// Administrators' account pages (issue 3 item 1; R53, R54): /admin/users lists accounts;
// add a user; one user's page with forms to change role and team, disable and re-enable, reset
// the password, unlock sign-in, end every session and token, and record training; and
// /admin/training, the report of users whose data-protection training is over 12 months old.
// Every page needs the admin role; every form a CSRF token.
void AddAdminPageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
