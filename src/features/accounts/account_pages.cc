#include "features/accounts/account_pages.h"

#include "features/accounts/account_admin.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/url.h"
#include "web/page_support.h"

namespace childrecord::features::accounts {
namespace {

// The pre-session CSRF cookie of the sign-in form (double submit): the form carries the same
// random value as the cookie; a cross-site page can set neither.
std::string LoginCookieName(const AppContext& context) { return context.CookieName() + "-signin"; }

std::string TitleFor(const std::string& title, const Json& errors) {
  return errors.empty() ? title : "Error: " + title;  // GOV.UK pattern
}

Response LoginPage(AppContext& context, const Request& request, const std::string& username, const std::string& next,
                   const Json& errors, int status, const std::string& notice = "") {
  std::string token = CookieValue(request, LoginCookieName(context));
  const bool fresh = token.size() != 64;
  if (fresh) token = RandomHex(32);
  Json data{{"username", username}, {"next", next}, {"csrf_token", token}};
  if (!notice.empty()) data["notice"] = notice;
  MarkFieldErrors(data, errors);
  Response response = RenderPage(context, request, "login", TitleFor("Sign in", errors), data, status);
  if (fresh) response.Set("Set-Cookie", SessionCookie(LoginCookieName(context), token, context.config.tls));
  return response;
}


// Parses a signed-in person's form and checks its CSRF token; nullopt (and `refusal` set)
// when the form is unreadable or the token is missing or wrong.
std::optional<Form> CheckedForm(AppContext& context, const Request& request, Response& refusal) {
  Form form;
  if (auto refused = RefuseUnreadableForm(context, request, form)) {
    refusal = std::move(*refused);
    return std::nullopt;
  }
  return form;
}

Response SignedOutResponse(AppContext& context, const std::string& location) {
  Response response = Response::Redirect(location);
  response.Set("Set-Cookie", ExpiredCookie(context.CookieName(), context.config.tls));
  return response;
}

Response PasswordPage(AppContext& context, const Request& request, const Json& errors, int status) {
  Json data{{"csrf_token", request.principal->csrf_token},
            {"expired", request.principal->password_expired},
            {"min_length", "12"}};
  MarkFieldErrors(data, errors);
  return RenderPage(context, request, "account_password", TitleFor("Change your password", errors), data, status);
}

Response LockedPage(AppContext& context, const Request& request, const Json& errors, int status) {
  Json data{{"csrf_token", request.principal->csrf_token}, {"full_name", request.principal->user.full_name},
            {"username", request.principal->user.username}};
  MarkFieldErrors(data, errors);
  // The layout shows no navigation and no record while locked (page_support.cc).
  return RenderPage(context, request, "account_locked", TitleFor("Screen locked", errors), data, status);
}

}  // namespace

std::vector<FeatureEndpoint> AccountPageEndpoints(AppContext& context) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/login", AccessAction::kPublic,
                 [&context](Request& request) {
    Json errors = Json::array();
    if (request.Query("timed_out") == "1") {
      errors.push_back({{"message", "You were signed out because you were inactive. Sign in again."},
                        {"href", "#username"}});
    }
    std::string notice;
    if (request.Query("signed_out") == "everywhere") notice = "You have been signed out on every device.";
    return LoginPage(context, request, "", SafeNext(request.Query("next")), errors, 200, notice);
  }});

  out.push_back({"POST", "/login", AccessAction::kPublic,
                 [&context](Request& request) {
    const Form& form = request.form;  // decoded and checked at the edge (http/request_text.h)
    const std::string username = FormField(form, "username");
    const std::string next = SafeNext(FormField(form, "next"));
    const std::string cookie = CookieValue(request, LoginCookieName(context));
    Json errors = Json::array();
    if (cookie.empty() || FormField(form, "csrf_token") != cookie) {
      errors.push_back({{"message", "The sign-in form had expired. Sign in again."}, {"href", "#username"}});
      return LoginPage(context, request, username, next, errors, 403);
    }
    if (username.empty()) errors.push_back({{"message", "Enter your username"}, {"href", "#username"}});
    if (FormField(form, "password").empty()) errors.push_back({{"message", "Enter your password"}, {"href", "#password"}});
    if (!errors.empty()) return LoginPage(context, request, username, next, errors, 422);
    auto issued = context.sessions.SignIn(username, FormField(form, "password"), "web", request.remote_address);
    if (!issued.ok()) {
      if (issued.error().code != ErrorCode::kUnauthenticated) return ErrorPage(context, request, issued.error());
      errors.push_back({{"message", issued.error().message}, {"href", "#username"}});
      return LoginPage(context, request, username, next, errors, 401);
    }
    std::string location = next;
    if (issued->password_expired) {
      location = "/account/password";
    } else if (TrainingOverdue(issued->user, context.store.clock().Now())) {
      // R53: the first page after signing in says the training is due (page_support.cc).
      location = next + (next.find('?') == std::string::npos ? "?" : "&") + "training_due=1";
    }
    Response response = Response::Redirect(location);
    // A new token at every sign-in; the sign-in form's cookie has done its work.
    response.Set("Set-Cookie", SessionCookie(context.CookieName(), issued->token, context.config.tls));
    response.Set("Set-Cookie", ExpiredCookie(LoginCookieName(context), context.config.tls));
    return response;
  }});

  out.push_back({"POST", "/logout", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               Response refusal;
               if (!CheckedForm(context, request, refusal)) return refusal;
               (void)context.sessions.SignOut(CookieValue(request, context.CookieName()));
               return SignedOutResponse(context, "/login");
             })});

  out.push_back({"POST", "/account/sign-out-everywhere", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               Response refusal;
               if (!CheckedForm(context, request, refusal)) return refusal;
               auto ended = context.sessions.SignOutEverywhere(request.principal->user.id);
               if (!ended.ok()) return ErrorPage(context, request, ended.error());
               return SignedOutResponse(context, "/login?signed_out=everywhere");
             })});

  out.push_back({"GET", "/account", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               const UserAccount& user = request.principal->user;
               auto label = RoleLabels().find(user.role);
               Json data{{"csrf_token", request.principal->csrf_token},
                         {"full_name", user.full_name},
                         {"username", user.username},
                         {"role_label", label == RoleLabels().end() ? user.role : label->second},
                         {"training", user.training_completed_on.empty() ? "Not recorded"
                                                                          : UkDate(user.training_completed_on)},
                         {"training_overdue", TrainingOverdue(user, context.store.clock().Now())},
                         {"changed", request.Query("changed") == "1"}};
               return RenderPage(context, request, "account", "Your account", data);
             })});

  out.push_back({"GET", "/account/password", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               return PasswordPage(context, request, Json::array(), 200);
             })});

  out.push_back({"POST", "/account/password", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               Response refusal;
               auto form = CheckedForm(context, request, refusal);
               if (!form) return refusal;
               Status changed = ChangeOwnPassword(context.store, context.sessions, *request.principal,
                                                  FormField(*form, "current_password"), FormField(*form, "new_password"),
                                                  request.remote_address, FormField(*form, "confirm_password"));
               if (!changed.ok()) {
                 if (changed.error().code == ErrorCode::kUnauthenticated) {  // locked out: end this session
                   (void)context.sessions.SignOut(CookieValue(request, context.CookieName()));
                   return SignedOutResponse(context, "/login");
                 }
                 if (changed.error().code != ErrorCode::kValidation) return ErrorPage(context, request, changed.error());
                 return PasswordPage(context, request, ErrorSummary(changed.error(), "current_password"), 422);
               }
               return Response::Redirect("/account?changed=1");
             })});

  // R45 lock screen. Without JavaScript this is a plain form post; app.js also blanks the
  // screen the moment the button is pressed.
  out.push_back({"POST", "/account/lock", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               Response refusal;
               if (!CheckedForm(context, request, refusal)) return refusal;
               Status locked = context.sessions.Lock(*request.principal);
               if (!locked.ok()) return ErrorPage(context, request, locked.error());
               return Response::Redirect("/account/locked");
             })});

  out.push_back({"GET", "/account/locked", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               if (!request.principal->locked) return Response::Redirect("/home");
               return LockedPage(context, request, Json::array(), 200);
             })});

  out.push_back({"POST", "/account/unlock", AccessAction::kSignedIn,
                 SignedIn(context, [&context](Request& request) {
               Response refusal;
               auto form = CheckedForm(context, request, refusal);
               if (!form) return refusal;
               if (!request.principal->locked) return Response::Redirect("/home");
               const std::string password = FormField(*form, "password");
               if (password.empty()) {
                 return LockedPage(context, request, Json::array({Json{{"message", "Enter your password"},
                                                                       {"href", "#password"}}}),
                                   422);
               }
               Status unlocked = context.sessions.Unlock(*request.principal, password, request.remote_address);
               if (!unlocked.ok()) {
                 if (unlocked.error().code == ErrorCode::kUnauthenticated) return SignedOutResponse(context, "/login");
                 if (unlocked.error().code != ErrorCode::kValidation) {
                   return ErrorPage(context, request, unlocked.error());
                 }
                 return LockedPage(context, request, ErrorSummary(unlocked.error(), "password"), 422);
               }
               return Response::Redirect("/home");
             })});

  // R44: what app.js polls to warn before the idle timeout. Reading it never extends the
  // session (no touch).
  out.push_back({"GET", "/account/session-status", AccessAction::kSignedIn,
                 [&context](Request& request) {
    auto times = context.sessions.Times(CookieValue(request, context.CookieName()));
    if (!times.ok()) return ApiErrorResponse(times.error());
    return Response::Json(Json{{"signed_in", true},
                               {"idle_seconds_left", times->idle_left.count()},
                               {"absolute_seconds_left", times->absolute_left.count()},
                               {"idle_timeout_seconds", context.config.sessions.idle_timeout.count()},
                               {"locked", times->locked}}
                              .dump());
  }});

  // "Stay signed in" from the idle warning: a same-origin POST carrying the CSRF token in the
  // X-CSRF-Token header; extends the session like any page view.
  out.push_back({"POST", "/account/keep-alive", AccessAction::kSignedIn,
                 [&context](Request& request) {
    auto who = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web", /*touch=*/false);
    if (!who.ok()) return ApiErrorResponse(who.error());
    if (request.Header("x-csrf-token").empty() || request.Header("x-csrf-token") != who->csrf_token) {
      return ApiErrorResponse(Error::Forbidden("The CSRF token is missing or wrong: reload the page"));
    }
    auto touched = context.sessions.Authenticate(CookieValue(request, context.CookieName()), "web", /*touch=*/true);
    if (!touched.ok()) return ApiErrorResponse(touched.error());
    return Response::Json(R"({"signed_in":true})");
  }});
  return out;
}

}  // namespace childrecord::features::accounts
