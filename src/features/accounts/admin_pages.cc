#include "features/accounts/admin_pages.h"

#include <functional>

#include "features/accounts/account_admin.h"
#include "features/accounts/user_accounts.h"
#include "core/time_format.h"
#include "http/url.h"
#include "web/form_dates.h"
#include "web/page_support.h"
#include "store/account_repository.h"

namespace childrecord::features::accounts {
namespace {

std::string RoleLabel(const std::string& role) {
  auto it = RoleLabels().find(role);
  return it == RoleLabels().end() ? role : it->second;
}

std::map<std::string, std::string> TeamNames(AppContext& context) {
  std::map<std::string, std::string> names;
  auto teams = AccountRepository(context.store).ListTeams(context.tenant.id);
  if (teams.ok()) {
    for (const auto& t : *teams) names[t.id] = t.name;
  }
  return names;
}

// What the user pages show of one account, the same wherever it is listed.
Json UserSummary(const UserAccount& u, std::map<std::string, std::string>& teams, TimePoint now) {
  return Json{{"href", "/admin/users/" + u.id},
              {"id", u.id},
              {"full_name", u.full_name},
              {"username", u.username},
              {"role_label", RoleLabel(u.role)},
              {"team", u.team_id.empty() ? std::string() : teams[u.team_id]},
              {"active", u.active},
              {"training", u.training_completed_on.empty() ? "Not recorded" : UkDate(u.training_completed_on)},
              {"training_overdue", TrainingOverdue(u, now)}};
}

Json RoleOptions(const std::string& selected) {
  Json options = Json::array();
  for (const auto& role : Roles()) {
    options.push_back({{"value", role}, {"text", RoleLabel(role)}, {"selected", role == selected}});
  }
  return options;
}

// Runs `handler` for signed-in administrators only.
Handler AdminOnly(AppContext& context, PageHandler handler) {
  return SignedIn(context, [&context, handler = std::move(handler)](Request& request) {
    if (request.principal->user.role != "admin") {
      return ErrorPage(context, request, Error::Forbidden("Only administrators can manage accounts."));
    }
    return handler(request);
  });
}

const std::map<std::string, std::string>& DoneMessages() {
  static const auto* messages = new std::map<std::string, std::string>{
      {"added", "The account has been added."},
      {"role", "The role has been changed."},
      {"team", "The team has been changed."},
      {"disable", "The account has been disabled and every session and token of it ended."},
      {"enable", "The account has been re-enabled."},
      {"password", "The password has been reset. The person must choose a new one when they next sign in."},
      {"unlock", "Sign-in has been unlocked."},
      {"end-sessions", "Every session and API token of this person has ended."},
      {"training", "The training date has been recorded."}};
  return *messages;
}

// `typed`: the posted form, so a refused training date is shown as it was typed.
Response UserPage(AppContext& context, const Request& request, const std::string& user_id, const Json& errors,
                  int status, const Form& typed = {}) {
  auto user = AccountRepository(context.store).FindUser(context.tenant.id, user_id);
  if (!user.ok()) return ErrorPage(context, request, user.error());
  auto teams = TeamNames(context);
  const TimePoint now = context.store.clock().Now();
  Json data = UserSummary(*user, teams, now);
  data["csrf_token"] = request.principal->csrf_token;
  data["roles"] = RoleOptions(user->role);
  // R53: the training date as a GOV.UK date input, today's date to start with.
  const Date today = LondonDate(now);
  const bool posted = typed.count("completed_on-day") || typed.count("completed_on-month") ||
                      typed.count("completed_on-year");
  data["training_day"] = posted ? FormField(typed, "completed_on-day") : std::to_string(unsigned(today.day()));
  data["training_month"] = posted ? FormField(typed, "completed_on-month") : std::to_string(unsigned(today.month()));
  data["training_year"] = posted ? FormField(typed, "completed_on-year") : std::to_string(int(today.year()));
  auto done = DoneMessages().find(request.Query("done"));
  if (done != DoneMessages().end() && errors.empty()) data["done"] = done->second;
  MarkFieldErrors(data, errors);
  // A date's error links to its first box (the day).
  for (auto& e : data["errors"]) {
    if (e["href"] == "#completed_on") e["href"] = "#completed_on-day";
  }
  return RenderPage(context, request, "admin_user", (errors.empty() ? "" : "Error: ") + user->full_name, data, status,
                    "admin");
}

Response NewUserPage(AppContext& context, const Request& request, const Form& form, const Json& errors, int status) {
  Json data{{"csrf_token", request.principal->csrf_token},
            {"username", FormField(form, "username")},
            {"name", FormField(form, "name")},
            {"team", FormField(form, "team")},
            {"roles", RoleOptions(FormField(form, "role").empty() ? "practitioner" : FormField(form, "role"))}};
  MarkFieldErrors(data, errors);
  return RenderPage(context, request, "admin_user_new", errors.empty() ? "Add a user" : "Error: Add a user", data,
                    status, "admin");
}

// The users `keep` selects (given the time now), as the administrators' lists show them.
Result<Json> UserRows(AppContext& context, const std::function<bool(const UserAccount&, TimePoint)>& keep) {
  CR_ASSIGN_OR_RETURN(auto users, AccountRepository(context.store).ListUsers(context.tenant.id));
  auto teams = TeamNames(context);
  const TimePoint now = context.store.clock().Now();
  Json rows = Json::array();
  for (const auto& u : users) {
    if (keep(u, now)) rows.push_back(UserSummary(u, teams, now));
  }
  return rows;
}

}  // namespace

std::vector<FeatureEndpoint> AdminPageEndpoints(AppContext& context) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/admin/users", AccessAction::kManageAccounts,
                 AdminOnly(context, [&context](Request& request) {
               auto rows = UserRows(context, [](const UserAccount&, TimePoint) { return true; });
               if (!rows.ok()) return ErrorPage(context, request, rows.error());
               return RenderPage(context, request, "admin_users", "Users", Json{{"users", *rows}}, 200, "admin");
             })});

  out.push_back({"GET", "/admin/training", AccessAction::kManageAccounts,
                 AdminOnly(context, [&context](Request& request) {
               auto rows = UserRows(context, [](const UserAccount& u, TimePoint now) {
                 return u.active && TrainingOverdue(u, now);
               });
               if (!rows.ok()) return ErrorPage(context, request, rows.error());
               return RenderPage(context, request, "admin_training", "Data protection training due",
                                 Json{{"users", *rows}, {"has_users", !rows->empty()},
                                      {"count", std::to_string(rows->size())}},
                                 200, "admin");
             })});

  out.push_back({"GET", "/admin/users/new", AccessAction::kManageAccounts,
                 AdminOnly(context, [&context](Request& request) {
               return NewUserPage(context, request, Form{}, Json::array(), 200);
             })});

  out.push_back({"POST", "/admin/users/new", AccessAction::kManageAccounts,
                 AdminOnly(context, [&context](Request& request) {
               Form form;
               if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
               auto added = AddUser(context.store, context.tenant.id, request.principal->user.id,
                                    {FormField(form, "username"), FormField(form, "name"), FormField(form, "role"),
                                     FormField(form, "team")},
                                    FormField(form, "password"));
               if (!added.ok()) {
                 if (added.error().code != ErrorCode::kValidation && added.error().code != ErrorCode::kConflict) {
                   return ErrorPage(context, request, added.error());
                 }
                 return NewUserPage(context, request, form, ErrorSummary(added.error(), "username"), 422);
               }
               // The administrator chose the first password: the person picks their own at first sign-in.
               AccountAdmin admin(context.store, context.tenant.id);
               (void)admin.ResetPassword(added->id, FormField(form, "password"), /*must_change=*/true);
               return Response::Redirect("/admin/users/" + added->id + "?done=added");
             })});

  out.push_back({"GET", "/admin/users/{id}", AccessAction::kManageAccounts,
                 AdminOnly(context, [&context](Request& request) {
               return UserPage(context, request, request.PathParam("id"), Json::array(), 200);
             })});

  out.push_back({"POST", "/admin/users/{id}/{action}", AccessAction::kManageAccounts,
                 AdminOnly(context, [&context](Request& request) {
               Form form;
               if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
               const std::string id = request.PathParam("id");
               const std::string action = request.PathParam("action");
               const std::string& actor = request.principal->user.id;
               AccountAdmin admin(context.store, context.tenant.id);
               Status done = Status::Ok();
               std::string field = action;
               if (action == "role") {
                 done = admin.SetRole(actor, id, FormField(form, "role"));
               } else if (action == "team") {
                 done = admin.SetTeam(actor, id, FormField(form, "team"));
               } else if (action == "disable") {
                 done = admin.Disable(actor, id);
                 field = "disable";
               } else if (action == "enable") {
                 done = admin.Enable(actor, id);
               } else if (action == "password") {
                 done = admin.ResetPassword(id, FormField(form, "password"), /*must_change=*/true);
               } else if (action == "unlock") {
                 auto user = AccountRepository(context.store).FindUser(context.tenant.id, id);
                 done = user.ok() ? admin.Unlock(user->username) : Status(user.error());
               } else if (action == "end-sessions") {
                 auto ended = admin.EndSessions(id);
                 if (!ended.ok()) done = ended.error();
               } else if (action == "training") {
                 // R53: the date as typed in the day, month and year boxes.
                 auto on = DateFromForm(form, "completed_on", "the date the training was completed");
                 done = !on.ok()       ? Status(on.error())
                        : on->empty() ? Status(Error::Validation("completed_on",
                                                                 "Enter the date the training was completed, for "
                                                                 "example 24 11 2026"))
                                      : admin.RecordTraining(actor, id, *on);
                 field = "completed_on";
               } else {
                 return ErrorPage(context, request, Error::NotFound("There is no such account action."));
               }
               if (!done.ok()) {
                 const ErrorCode code = done.error().code;
                 if (code != ErrorCode::kValidation && code != ErrorCode::kConflict) {
                   return ErrorPage(context, request, done.error());
                 }
                 return UserPage(context, request, id, ErrorSummary(done.error(), field), 422, form);
               }
               return Response::Redirect("/admin/users/" + id + "?done=" + action);
             })});
  return out;
}

}  // namespace childrecord::features::accounts
