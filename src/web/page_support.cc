#include "web/page_support.h"

#include <spdlog/spdlog.h>

#include "auth/access_policy.h"
#include "core/text.h"
#include "core/time_format.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/url.h"
#include "web/audit_pages.h"

namespace childrecord {

const std::map<std::string, std::string>& RoleLabels() {
  static const auto* labels = new std::map<std::string, std::string>{{"practitioner", "Practitioner"},
                                                                     {"first_contact", "First Contact Team"},
                                                                     {"team_manager", "Team Manager"},
                                                                     {"senior_manager", "Senior Manager"},
                                                                     {"edt", "Emergency Duty Team"},
                                                                     {"records_officer", "Records Officer"},
                                                                     {"data_protection", "Data Protection"},
                                                                     {"auditor", "Auditor"},
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
                    Json data, int status, const std::string& current_nav) {
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
    // R44: app.js warns a minute before the idle timeout; R45: the lock-screen control.
    layout["idle_timeout_seconds"] = std::to_string(context.config.sessions.idle_timeout.count());
    layout["account_controls"] = !request.principal->locked;
    // R53: told at sign-in when data-protection training is over 12 months old (or unrecorded).
    if (request.Query("training_due") == "1") layout["training_due"] = true;
    // Each role's own work first (features/home/, R40), then every child.
    layout["nav"] =
        Json::array({Json{{"href", "/home"}, {"text", "Home"}, {"current", current_nav == "home"}},
                     Json{{"href", "/children"}, {"text", "Children"}, {"current", current_nav == "children"}}});
    // Full-text search of what the person may see.
    layout["nav"].push_back(Json{{"href", "/search"}, {"text", "Search"}, {"current", current_nav == "search"}});
    if (request.principal->user.role == "team_manager" || request.principal->user.role == "senior_manager") {
      layout["nav"].push_back(
          Json{{"href", "/team/language"}, {"text", "Team language"}, {"current", current_nav == "team_language"}});
      // R40: the team's records with no allocated worker, for the manager to allocate.
      layout["nav"].push_back(
          Json{{"href", "/team/unallocated"}, {"text", "Unallocated"}, {"current", current_nav == "unallocated"}});
      // R20, R24, R25, R28: what the team's records are missing or have overdue.
      layout["nav"].push_back(
          Json{{"href", "/team/compliance"}, {"text", "Due and missing"}, {"current", current_nav == "compliance"}});
    }
    // The access log for those the access table lets read it (auditors, data protection, managers).
    if (GrantFor(request.principal->user.role, AccessAction::kReadAuditLog) != Grant::kNo) {
      layout["nav"].push_back(Json{{"href", "/audit"}, {"text", "Audit"}, {"current", current_nav == "audit"}});
    }
    if (request.principal->user.role == "admin") {
      layout["nav"].push_back(Json{{"href", "/admin/users"}, {"text", "Users"}, {"current", current_nav == "admin"}});
    }
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
  // Principle 5, R40: a page of a child's record that needs a reason asks for it, then comes back.
  if (error.code == ErrorCode::kReasonRequired && request.path.starts_with("/children/")) {
    const std::string id = request.PathParam("id");
    if (!id.empty()) return AccessReasonPage(context, request, id, "", Json::array(), 403);
  }
  int status = HttpStatusFor(error.code);
  std::string heading = status == 404   ? "Page not found"
                        : status == 403 ? "You cannot see this page"
                        : status >= 500 ? "Sorry, there is a problem with the service"
                                        : "There is a problem";
  std::string message = status >= 500 ? "Nothing was saved. Try again later." : error.message;
  if (status >= 500) spdlog::error("{}", error.message);
  return RenderPage(context, request, "error", heading,
                    Json{{"status", std::to_string(status)}, {"heading", heading}, {"message", message}}, status);
}

std::string SafeNext(const std::string& next) {
  const std::string fallback = "/";  // the home page
  if (next.empty() || next[0] != '/' || next.size() > 2000 || !IsValidUtf8(next)) return fallback;
  if (next.find("//") != std::string::npos || next.find('\\') != std::string::npos) return fallback;
  for (unsigned char c : next) {
    if (c <= 0x20 || c == 0x7f) return fallback;  // white space and control characters
  }
  if (FindControlCharacter(next) != std::string::npos) return fallback;  // C1 controls
  return next;
}

using PageHandler = std::function<Response(Request&)>;

// Wraps a page so it runs only for a signed-in person; others go to the sign-in page and come
// back afterwards.
Handler SignedIn(AppContext& context, PageHandler handler) {
  return [&context, handler = std::move(handler)](Request& request) {
    auto principal = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web");
    if (!principal.ok()) {
      Response redirect = Response::Redirect("/login?next=" + PercentEncode(request.target));
      if (principal.error().code == ErrorCode::kUnauthenticated &&
          request.Header("cookie").find(context.CookieName() + "=") != std::string::npos) {
        redirect = Response::Redirect("/login?timed_out=1&next=" + PercentEncode(request.target));
      }
      if (principal.error().code != ErrorCode::kUnauthenticated) return ErrorPage(context, request, principal.error());
      return redirect;
    }
    request.principal = *principal;
    // R45: a locked screen shows nothing but the unlock page; an expired password only the
    // change-password page (features/accounts/account_pages.cc).
    const std::string& path = request.path;
    if (principal->locked && path != "/account/locked" && path != "/account/unlock" && path != "/logout" &&
        path != "/account/session-status") {
      return Response::Redirect("/account/locked");
    }
    if (principal->password_expired && !path.starts_with("/account/") && path != "/logout") {
      return Response::Redirect("/account/password");
    }
    return handler(request);
  };
}

// For state-changing forms: the posted csrf_token must be the session's.
std::string FormField(const Form& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

Response ExpiredFormPage(AppContext& context, const Request& request) {
  return ErrorPage(context, request, Error::Forbidden("The form had expired. Go back, reload the page and try again."));
}

std::optional<Response> RefuseUnreadableForm(AppContext& context, const Request& request, Form& form) {
  // Decoded and checked as text at the edge (http/request_text.h); a body of another type
  // holds no fields.
  form = request.form;
  if (!CsrfValid(request, form)) return ExpiredFormPage(context, request);
  return std::nullopt;
}

Json ErrorSummary(const Error& error, const std::string& default_field) {
  // Every error the input had, not only the first (an Error carries the others it was found with).
  Json out = Json::array();
  for (const Error& e : error.All()) {
    out.push_back({{"message", e.message}, {"href", "#" + (e.field.empty() ? default_field : e.field)}});
  }
  return out;
}

void MarkFieldErrors(Json& data, const Json& errors) {
  data["errors"] = errors;
  data["has_errors"] = !errors.empty();
  for (const auto& e : errors) {
    const std::string href = e["href"];
    if (href.size() > 1) data[href.substr(1) + "_error"] = e["message"];
  }
}

bool CsrfValid(const Request& request, const std::multimap<std::string, std::string>& form) {
  auto it = form.find("csrf_token");
  return request.principal && it != form.end() && !request.principal->csrf_token.empty() &&
         it->second == request.principal->csrf_token;
}

}  // namespace childrecord
