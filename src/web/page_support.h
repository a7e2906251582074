#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/error.h"
#include "http/request.h"
#include "http/router.h"
#include "service/app_context.h"
#include "web/templates.h"

namespace childrecord {

// What every page handler shares: the layout, error pages, sign-in guard, CSRF check and the
// way dates are shown. Thread safe (stateless).

// Role ids to the names people use ("team_manager" -> "Team Manager").
const std::map<std::string, std::string>& RoleLabels();

// "2015-03-27" -> "27 March 2015"; stored UTC instant -> London date, or date and time.
std::string UkDate(const std::string& iso_date);
std::string UkDateOf(const std::string& stored_utc);
std::string UkDateTimeOf(const std::string& stored_utc);

// Renders the page template `page` with `data` inside the layout (title, navigation, the
// signed-in person, CSRF token for the sign-out form). `current_nav` marks the navigation item.
Response RenderPage(AppContext& context, const Request& request, const std::string& page, const std::string& title,
                    Json data, int status = 200, const std::string& current_nav = "");

// The error page for an Error (status from error_response.cc; 5xx details are logged, not shown).
Response ErrorPage(AppContext& context, const Request& request, const Error& error);

// A same-site path to go to after signing in, or "/". Accepted only when it survives a
// strict parse: one leading "/", no "//" anywhere, no backslash, no white space or control
// character, valid UTF-8. Anything else becomes "/" (never repaired), so a link can neither
// leave the site nor carry a header into the answer (R44: a session must stay its owner's).
std::string SafeNext(const std::string& next);

using PageHandler = std::function<Response(Request&)>;

// Runs `handler` only for a signed-in person (Request::principal set); others are sent to the
// sign-in page and brought back afterwards.
Handler SignedIn(AppContext& context, PageHandler handler);

// A posted form's fields (ParseFormEncoded) and the first value of one, or "".
using Form = std::multimap<std::string, std::string>;
std::string FormField(const Form& form, const std::string& name);

// The GOV.UK error summary's list for an error and the others it carries (Error::All):
// [{"message", "href": "#<field>"}], linking to `default_field` for an error naming no field.
Json ErrorSummary(const Error& error, const std::string& default_field);

// Sets data["errors"], data["has_errors"] and, beside each field, data["<field>_error"] (the
// field is the summary link's target), which is how the templates show errors.
void MarkFieldErrors(Json& data, const Json& errors);

// For state-changing forms: the posted csrf_token must be the session's.
bool CsrfValid(const Request& request, const std::multimap<std::string, std::string>& form);

// "The form had expired. Go back, reload the page and try again." (403), for a form whose CSRF
// token is not the session's.
Response ExpiredFormPage(AppContext& context, const Request& request);

// Copies the posted form (decoded and checked at the edge into Request::form) into `form` and
// checks its CSRF token. nullopt when it is the session's; otherwise the page to answer with (403).
std::optional<Response> RefuseUnreadableForm(AppContext& context, const Request& request, Form& form);

}  // namespace childrecord
