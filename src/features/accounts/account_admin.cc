#include "features/accounts/account_admin.h"

#include "auth/password.h"
#include "core/field_errors.h"
#include "core/time_format.h"
#include "features/accounts/accounts_events.h"
#include "features/accounts/user_accounts.h"
#include "store/account_repository.h"
#include "store/session_repository.h"

namespace childrecord {
namespace {

template <typename T>
Status StatusOf(const Result<T>& result) {
  return result.ok() ? Status::Ok() : Status(result.error());
}

}  // namespace

Result<UserAccount> AccountAdmin::FindByUsername(const std::string& username) {
  return AccountRepository(store_).FindUserByUsername(tenant_id_, username);
}

Status AccountAdmin::Disable(const std::string& actor_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  if (user.id == actor_id) return Error::Validation("user", "You cannot disable your own account");
  if (!user.active) return Error::Conflict(user.full_name + "'s account is already disabled");
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, actor_id, {{events::kUserDisabled, Json{{"user_id", user_id}}}}));
  return StatusOf(SessionRepository(store_).DeleteUserSessions(tenant_id_, user_id));
}

Status AccountAdmin::Enable(const std::string& actor_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  if (user.active) return Error::Conflict(user.full_name + "'s account is already enabled");
  return StatusOf(store_.Append(tenant_id_, actor_id, {{events::kUserEnabled, Json{{"user_id", user_id}}}}));
}

Status AccountAdmin::SetRole(const std::string& actor_id, const std::string& user_id, const std::string& role) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  if (!IsRole(role)) {
    std::string list;
    for (const auto& r : Roles()) list += (list.empty() ? "" : ", ") + r;
    return Error::Validation("role", "'" + role + "' is not a role; choose one of: " + list);
  }
  if (user.id == actor_id && role != "admin") {
    return Error::Validation("role", "You cannot take away your own administrator role");
  }
  if (user.role == role) return Status::Ok();
  return StatusOf(
      store_.Append(tenant_id_, actor_id, {{events::kUserRoleChanged, Json{{"user_id", user_id}, {"role", role}}}}));
}

Status AccountAdmin::SetTeam(const std::string& actor_id, const std::string& user_id, const std::string& team_name) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  if (team_name.size() > 200) return Error::Validation("team", "The team name must be at most 200 characters");
  std::string team_id;
  if (!team_name.empty()) {
    CR_ASSIGN_OR_RETURN(team_id, EnsureTeam(store_, tenant_id_, actor_id, team_name));
  }
  if (team_id == user.team_id) return Status::Ok();
  Json payload{{"user_id", user_id}};
  payload["team_id"] = team_id.empty() ? Json(nullptr) : Json(team_id);
  return StatusOf(store_.Append(tenant_id_, actor_id, {{events::kUserTeamChanged, payload}}));
}

Status AccountAdmin::RecordTraining(const std::string& actor_id, const std::string& user_id,
                                    const std::string& completed_on) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  auto date = ParseIsoDate(completed_on);
  if (!date) return Error::Validation("completed_on", "Enter the training date as a real date, e.g. 2026-03-14");
  if (std::chrono::sys_days(*date) > std::chrono::sys_days(LondonDate(store_.clock().Now()))) {
    return Error::Validation("completed_on", "The training date must be today or in the past");
  }
  return StatusOf(store_.Append(
      tenant_id_, actor_id,
      {{events::kUserTrainingRecorded, Json{{"user_id", user_id}, {"completed_on", FormatIsoDate(*date)}}}}));
}

Status AccountAdmin::ResetPassword(const std::string& user_id, const std::string& password, bool must_change) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  CR_ASSIGN_OR_RETURN(PasswordContext names, PasswordContextFor(store_, tenant_id_, user.username, user.full_name));
  CR_RETURN_IF_ERROR(CheckPasswordRules(password, names));
  CR_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  CR_RETURN_IF_ERROR(AccountRepository(store_).SetPasswordHash(tenant_id_, user_id, hash, must_change));
  CR_RETURN_IF_ERROR(SessionRepository(store_).ClearLoginThrottle(AccountThrottleKey(tenant_id_, user.username)));
  return StatusOf(SessionRepository(store_).DeleteUserSessions(tenant_id_, user_id));
}

Status AccountAdmin::Unlock(const std::string& username) {
  return SessionRepository(store_).ClearLoginThrottle(AccountThrottleKey(tenant_id_, username));
}

Result<int64_t> AccountAdmin::EndSessions(const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(UserAccount user, AccountRepository(store_).FindUser(tenant_id_, user_id));
  return SessionRepository(store_).DeleteUserSessions(tenant_id_, user.id);
}

bool TrainingOverdue(const UserAccount& user, TimePoint now) {
  auto date = ParseIsoDate(user.training_completed_on);
  if (!date) return true;
  return std::chrono::sys_days(LondonDate(now)) - std::chrono::sys_days(*date) > std::chrono::days(365);
}

Status ChangeOwnPassword(Store& store, SessionService& sessions, const Principal& who, const std::string& current,
                         const std::string& replacement, const std::string& remote_address,
                         const std::optional<std::string>& confirmation) {
  // Every problem at once: the current password, the new one's rules, its confirmation.
  FieldErrors errors;
  if (current.empty()) {
    errors.Add(Error::Validation("current_password", "Enter your current password"));
  } else {
    Status checked = sessions.CheckPassword(who.user, current, remote_address);
    if (!checked.ok() && checked.error().code != ErrorCode::kValidation) return checked;
    if (!checked.ok()) errors.Add(Error::Validation("current_password", "Your current password is not right"));
  }
  CR_ASSIGN_OR_RETURN(PasswordContext names,
                      PasswordContextFor(store, sessions.tenant_id(), who.user.username, who.user.full_name));
  Status rules = CheckPasswordRules(replacement, names);
  if (!rules.ok()) {
    errors.Add(Error::Validation("new_password", rules.error().message));
  } else if (replacement == current) {
    errors.Add(Error::Validation("new_password", "Choose a password different from your current one"));
  }
  if (confirmation && *confirmation != replacement) {
    errors.Add(Error::Validation("confirm_password", "The new passwords do not match"));
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  CR_ASSIGN_OR_RETURN(std::string hash, HashPassword(replacement));
  CR_RETURN_IF_ERROR(AccountRepository(store).SetPasswordHash(sessions.tenant_id(), who.user.id, hash, false));
  // Every other session and token ends; this one carries on.
  CR_ASSIGN_OR_RETURN(SessionRow mine, SessionRepository(store).FindSession(who.session_token_hash));
  CR_RETURN_IF_ERROR(SessionRepository(store).DeleteUserSessions(sessions.tenant_id(), who.user.id));
  mine.password_expired = false;
  return SessionRepository(store).CreateSession(mine);
}

}  // namespace childrecord
