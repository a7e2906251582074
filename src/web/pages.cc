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
  // The home page is the children list for now; a notice asked for after sign-in
  // (?training_due=1, R53) goes with it.
  router.Add("GET", "/", [](Request& request) {
    return Response::Redirect(request.Query("training_due") == "1" ? "/children?training_due=1" : "/children");
  });

  router.Add("GET", "/accessibility", [&context](Request& request) {
    // Public page; show who is signed in when someone is.
    auto principal = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web");
    if (principal.ok()) request.principal = *principal;
    return RenderPage(context, request, "accessibility", "Accessibility statement",
                      Json{{"service_name", "Child's record"}});
  });

  // Sign in and out, the lock screen and the account pages: features/accounts/account_pages.cc.

  router.Add(
      "GET", "/children", SignedIn(context, [&context](Request& request) {
        const std::string query = request.Query("q");
        auto page = context.records.SearchChildren(*request.principal, query, 50, request.Query("cursor"),
                                                   AccessContextOf(request));
        if (!page.ok()) return ErrorPage(context, request, page.error());
        Json children = Json::array();
        for (const auto& c : page->items) {
          if (c.reason_required) {  // issue 3 item 7: name only; opening asks for a reason
            children.push_back({{"href", "/children/" + c.id}, {"full_name", c.full_name}, {"reason_required", true}});
            continue;
          }
          children.push_back({{"href", "/children/" + c.id},
                              {"full_name", c.full_name},
                              {"date_of_birth", UkDate(c.date_of_birth)},
                              {"local_child_id", c.local_child_id},
                              {"status", c.status == "open" ? "Open" : "Closed"},
                              {"team_name", c.team_name},
                              {"allocated_worker_name", c.allocated_worker_name},
                              {"last_entry", UkDateOf(c.last_entry_at)}});
        }
        Json data{{"query", query},
                  {"children", children},
                  {"has_children", !children.empty()},
                  {"shown_count", std::to_string(children.size())}};
        if (!page->next.empty()) {
          data["next_href"] = "/children?q=" + PercentEncode(query) + "&cursor=" + page->next;
        }
        return RenderPage(context, request, "children", "Children", data, 200, "children");
      }));

  // A child's record: its Overview in features/children/children_pages.cc, the other tabs in their features.
}

}  // namespace childrecord
