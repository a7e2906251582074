#include "web/pages.h"

#include <spdlog/spdlog.h>

#include "core/time_format.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/url.h"
#include "record/commands.h"

namespace childrecord {
namespace {

const std::map<std::string, std::string>& RoleLabels() {
  static const auto* labels = new std::map<std::string, std::string>{
      {"practitioner", "Practitioner"},        {"first_contact", "First Contact Team"},
      {"team_manager", "Team Manager"},        {"senior_manager", "Senior Manager"},
      {"edt", "Emergency Duty Team"},          {"records_officer", "Records Officer"},
      {"data_protection", "Data Protection"},  {"auditor", "Auditor"},
      {"admin", "Administrator"}};
  return *labels;
}

std::string UkDate(const std::string& iso_date) {
  auto d = ParseIsoDate(iso_date);
  return d ? FormatUkDate(*d) : iso_date;
}

std::string UkDateOf(const std::string& stored_utc) {
  auto t = ParseRfc3339(stored_utc);
  return t ? FormatUkDate(*t) : std::string();
}

std::string UkDateTimeOf(const std::string& stored_utc) {
  auto t = ParseRfc3339(stored_utc);
  return t ? FormatUkDateTime(*t) : std::string();
}

// Renders `page` inside the layout. A template failure is a bug: log it and show a plain error.
Response RenderPage(AppContext& context, const Request& request, const std::string& page, const std::string& title,
                    Json data, int status = 200, const std::string& current_nav = "") {
  auto body = context.templates->Render(page, data);
  if (!body.ok()) {
    spdlog::error("{}", body.error().message);
    return Response::Text("Something went wrong showing this page.", 500);
  }
  Json layout{{"title", title + " – Child's record"},
              {"service_name", "Child's record"},
              {"phase", "Beta"},
              {"asset_path", "/assets"},
              {"content", *body}};
  if (request.principal) {
    const auto& user = request.principal->user;
    auto label = RoleLabels().find(user.role);
    layout["user"] = {{"full_name", user.full_name},
                      {"role_label", label == RoleLabels().end() ? user.role : label->second}};
    layout["csrf_token"] = request.principal->csrf_token;
    layout["nav"] = Json::array({Json{{"href", "/children"}, {"text", "Children"},
                                      {"current", current_nav == "children"}}});
  } else {
    layout["nav"] = Json::array();
  }
  auto html = context.templates->Render("layout", layout);
  if (!html.ok()) {
    spdlog::error("{}", html.error().message);
    return Response::Text("Something went wrong showing this page.", 500);
  }
  return Response::Html(*html, status);
}

Response ErrorPage(AppContext& context, const Request& request, const Error& error) {
  int status = HttpStatusFor(error.code);
  std::string heading = status == 404 ? "Page not found"
                        : status == 403 ? "You cannot see this page"
                        : status >= 500 ? "Sorry, there is a problem with the service"
                                        : "There is a problem";
  std::string message = status >= 500 ? "Nothing was saved. Try again later." : error.message;
  if (status >= 500) spdlog::error("{}", error.message);
  return RenderPage(context, request, "error", heading,
                    Json{{"status", std::to_string(status)}, {"heading", heading}, {"message", message}}, status);
}

// Only same-site paths may be a post-login destination (no open redirects).
std::string SafeNext(const std::string& next) {
  if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\') return next;
  return "/children";
}

using PageHandler = std::function<Response(Request&)>;

// Wraps a page so it runs only for a signed-in person; others go to the sign-in page and come
// back afterwards.
Handler SignedIn(AppContext& context, PageHandler handler) {
  return [&context, handler = std::move(handler)](Request& request) {
    auto principal = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web");
    if (!principal.ok()) {
      Response redirect = Response::Redirect("/login?next=" + PercentEncode(request.target));
      if (principal.error().code == ErrorCode::kUnauthenticated && request.Header("cookie").find(
              context.CookieName() + "=") != std::string::npos) {
        redirect = Response::Redirect("/login?timed_out=1&next=" + PercentEncode(request.target));
      }
      if (principal.error().code != ErrorCode::kUnauthenticated) return ErrorPage(context, request, principal.error());
      return redirect;
    }
    request.principal = *principal;
    return handler(request);
  };
}

// For state-changing forms: the posted csrf_token must be the session's.
bool CsrfValid(const Request& request, const std::multimap<std::string, std::string>& form) {
  auto it = form.find("csrf_token");
  return request.principal && it != form.end() && !request.principal->csrf_token.empty() &&
         it->second == request.principal->csrf_token;
}

Response LoginPage(AppContext& context, const Request& request, const std::string& username, const std::string& next,
                   Json errors, int status) {
  Json data{{"username", username}, {"next", next}, {"csrf_token", ""}, {"errors", errors},
            {"has_errors", !errors.empty()}};
  for (const auto& e : errors) {
    if (e["href"] == "#username") data["username_error"] = e["message"];
    if (e["href"] == "#password") data["password_error"] = e["message"];
  }
  // GOV.UK pattern: the title starts with "Error: " when the page shows errors.
  return RenderPage(context, request, "login", errors.empty() ? "Sign in" : "Error: Sign in", data, status);
}

}  // namespace

Response NotFoundPage(AppContext& context, const Request& request) {
  return ErrorPage(context, request, Error::NotFound("If you typed the web address, check it is correct."));
}

void AddPageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/", [](Request&) { return Response::Redirect("/children"); });

  router.Add("GET", "/accessibility", [&context](Request& request) {
    // Public page; show who is signed in when someone is.
    auto principal = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web");
    if (principal.ok()) request.principal = *principal;
    return RenderPage(context, request, "accessibility", "Accessibility statement", Json{{"service_name", "Child's record"}});
  });

  router.Add("GET", "/login", [&context](Request& request) {
    Json errors = Json::array();
    if (request.Query("timed_out") == "1") {
      errors.push_back({{"message", "You were signed out because you were inactive. Sign in again."},
                        {"href", "#username"}});
    }
    return LoginPage(context, request, "", SafeNext(request.Query("next")), errors, 200);
  });

  router.Add("POST", "/login", [&context](Request& request) {
    std::multimap<std::string, std::string> form;
    if (!ParseFormEncoded(request.body, form)) {
      return ErrorPage(context, request, Error::BadRequest("The form could not be read"));
    }
    auto field = [&](const char* name) {
      auto it = form.find(name);
      return it == form.end() ? std::string() : it->second;
    };
    const std::string username = field("username");
    const std::string next = SafeNext(field("next"));
    Json errors = Json::array();
    if (username.empty()) errors.push_back({{"message", "Enter your username"}, {"href", "#username"}});
    if (field("password").empty()) errors.push_back({{"message", "Enter your password"}, {"href", "#password"}});
    if (!errors.empty()) return LoginPage(context, request, username, next, errors, 422);
    auto issued = context.sessions.SignIn(username, field("password"), "web");
    if (!issued.ok()) {
      if (issued.error().code != ErrorCode::kUnauthenticated) return ErrorPage(context, request, issued.error());
      errors.push_back({{"message", issued.error().message}, {"href", "#username"}});
      return LoginPage(context, request, username, next, errors, 401);
    }
    Response response = Response::Redirect(next);
    response.Set("Set-Cookie", SessionCookie(context.CookieName(), issued->token, context.config.tls));
    return response;
  });

  router.Add("POST", "/logout", SignedIn(context, [&context](Request& request) {
               std::multimap<std::string, std::string> form;
               if (!ParseFormEncoded(request.body, form) || !CsrfValid(request, form)) {
                 return ErrorPage(context, request,
                                  Error::Forbidden("The form had expired. Go back, reload the page and try again."));
               }
               (void)context.sessions.SignOut(CookieValue(request, context.CookieName()));
               Response response = Response::Redirect("/login");
               response.Set("Set-Cookie", ExpiredCookie(context.CookieName(), context.config.tls));
               return response;
             }));

  router.Add("GET", "/children", SignedIn(context, [&context](Request& request) {
               const std::string query = request.Query("q");
               auto page = context.records.SearchChildren(*request.principal, query, 50, request.Query("cursor"));
               if (!page.ok()) return ErrorPage(context, request, page.error());
               Json children = Json::array();
               for (const auto& c : page->items) {
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

  router.Add("GET", "/children/{id}", SignedIn(context, [&context](Request& request) {
               const Principal& who = *request.principal;
               const std::string id = request.PathParam("id");
               auto child = context.records.GetChild(who, id);
               if (!child.ok()) return ErrorPage(context, request, child.error());
               auto people = context.records.ListPeople(who, id);
               if (!people.ok()) return ErrorPage(context, request, people.error());
               auto entries = context.records.ListEntries(who, id, 50, request.Query("entries_cursor"));
               if (!entries.ok()) return ErrorPage(context, request, entries.error());
               const ChildListItem& c = child->summary;
               Json data{{"child",
                          {{"full_name", c.full_name},
                           {"date_of_birth", UkDate(c.date_of_birth)},
                           {"local_child_id", c.local_child_id},
                           {"status", c.status == "open" ? "Open" : "Closed"},
                           {"team_name", c.team_name},
                           {"allocated_worker_name", c.allocated_worker_name},
                           {"opened_at", UkDateOf(c.opened_at)},
                           {"referral_received_on", UkDate(child->referral_received_on)},
                           {"referral_source", child->referral_source},
                           {"referral_reason", child->referral_reason}}}};
               Json people_json = Json::array();
               for (const auto& p : *people) {
                 people_json.push_back({{"full_name", p.full_name},
                                        {"relationship", p.relationship},
                                        {"phone", p.phone},
                                        {"email", p.email},
                                        {"lives_in_home", p.lives_in_home},
                                        {"parental_responsibility", p.parental_responsibility}});
               }
               data["people"] = people_json;
               Json entry_json = Json::array();
               for (const auto& e : entries->items) {
                 entry_json.push_back({{"kind_label", EntryKindLabel(e.kind)},
                                       {"occurred_at", UkDateTimeOf(e.occurred_at)},
                                       {"recorded_at", UkDateTimeOf(e.recorded_at)},
                                       {"recorded_by_name", e.recorded_by_name},
                                       {"practitioner_name", e.practitioner_name},
                                       {"recorded_by_other", e.recorded_by_name != e.practitioner_name},
                                       {"title", e.title},
                                       {"body", e.body},
                                       {"late", e.late},
                                       {"significant", e.significant}});
               }
               data["entries"] = entry_json;
               if (!entries->next.empty()) {
                 data["entries_next_href"] = "/children/" + id + "?entries_cursor=" + entries->next + "#entries";
               }
               return RenderPage(context, request, "child", c.full_name, data, 200, "children");
             }));
}

}  // namespace childrecord
