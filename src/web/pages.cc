#include "web/pages.h"

#include <spdlog/spdlog.h>

#include "core/time_format.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/url.h"
#include "record/commands.h"
#include "web/audit_pages.h"
#include "web/page_support.h"

namespace childrecord {
namespace {}  // namespace

Response NotFoundPage(AppContext& context, const Request& request) {
  return ErrorPage(context, request, Error::NotFound("If you typed the web address, check it is correct."));
}

void AddPageRoutes(Router& router, AppContext& context) {
  // The home page is each role's "My work" (features/home/, R40); a notice asked for after
  // sign-in (?training_due=1, R53) goes with it.
  router.Add("GET", "/", [](Request& request) {
    return Response::Redirect(request.Query("training_due") == "1" ? "/home?training_due=1" : "/home");
  });

  router.Add("GET", "/accessibility", [&context](Request& request) {
    // Public page; show who is signed in when someone is.
    auto principal = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web");
    if (principal.ok()) request.principal = *principal;
    return RenderPage(context, request, "accessibility", "Accessibility statement",
                      Json{{"service_name", "Child's record"}});
  });

  // Sign in and out, the lock screen and the account pages: features/accounts/account_pages.cc.

  // The children list and a child's record: features/children/children_pages.cc; the record's
  // other tabs are in their features.
}

}  // namespace childrecord
