#include "features/accounts/user_accounts.h"

#include <algorithm>

#include "auth/password.h"
#include "core/field_errors.h"
#include "core/ids.h"
#include "features/accounts/accounts_events.h"
#include "record/event_types.h"
#include "store/account_repository.h"

namespace childrecord {

Result<std::string> EnsureTeam(Store& store, const std::string& tenant_id, const std::string& actor,
                               const std::string& name) {
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store).ListTeams(tenant_id));
  for (const Team& team : teams) {
    if (team.name == name) return team.id;
  }
  const std::string id = NewId();
  CR_RETURN_IF_ERROR(store.Append(tenant_id, actor, {{events::kTeamCreated, Json{{"team_id", id}, {"name", name}}}}));
  return id;
}

Result<PasswordContext> PasswordContextFor(Store& store, const std::string& tenant_id, const std::string& username,
                                           const std::string& full_name) {
  PasswordContext context{{username, full_name}};
  CR_ASSIGN_OR_RETURN(std::vector<Tenant> tenants, store.ListTenants());
  for (const Tenant& t : tenants) {
    if (t.id == tenant_id) context.names.push_back(t.name);
  }
  return context;
}

Status ValidateNewUser(const NewUser& user, const std::string& password, const std::string& council_name) {
  // Every problem of the new account at once (one round trip fixes them all).
  FieldErrors errors;
  const auto& u = user.username;
  const bool username_ok = u.size() >= 3 && u.size() <= 64 && std::all_of(u.begin(), u.end(), [](char c) {
                             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                                    c == '-';
                           });
  if (!username_ok) {
    errors.Add(Error::Validation("username",
                                 "The username must be 3 to 64 lower-case letters, digits, dots, dashes or underscores"));
  }
  if (user.full_name.empty() || user.full_name.size() > 200) {
    errors.Add(Error::Validation("name", "Enter the person's full name (at most 200 characters)"));
  }
  if (!IsRole(user.role)) {
    std::string list;
    for (const auto& r : Roles()) list += (list.empty() ? "" : ", ") + r;
    errors.Add(Error::Validation("role", user.role.empty() ? "Choose a role: one of " + list
                                                           : "'" + user.role + "' is not a role; choose one of: " + list));
  }
  errors.Check(CheckPasswordRules(password, PasswordContext{{user.username, user.full_name, council_name}}));
  return errors.ToStatus();
}

Result<UserAccount> AddUser(Store& store, const std::string& tenant_id, const std::string& actor, const NewUser& user,
                            const std::string& password) {
  const auto& u = user.username;
  CR_RETURN_IF_ERROR(ValidateNewUser(user, password));
  CR_ASSIGN_OR_RETURN(PasswordContext names, PasswordContextFor(store, tenant_id, user.username, user.full_name));
  CR_RETURN_IF_ERROR(CheckPasswordRules(password, names));
  auto existing = AccountRepository(store).FindUserByUsername(tenant_id, u);
  if (existing.ok()) return Error::Conflict("The username '" + u + "' is already taken");
  if (existing.error().code != ErrorCode::kNotFound) return existing.error();

  std::string team_id;
  if (!user.team_name.empty()) {
    CR_ASSIGN_OR_RETURN(team_id, EnsureTeam(store, tenant_id, actor, user.team_name));
  }
  CR_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  const std::string id = NewId();
  Json payload{{"user_id", id}, {"username", u}, {"full_name", user.full_name}, {"role", user.role}};
  payload["team_id"] = team_id.empty() ? Json(nullptr) : Json(team_id);
  CR_RETURN_IF_ERROR(store.Append(tenant_id, actor, {{events::kUserAdded, payload}}));
  CR_RETURN_IF_ERROR(AccountRepository(store).SetPasswordHash(tenant_id, id, hash));
  return AccountRepository(store).FindUser(tenant_id, id);
}

}  // namespace childrecord
