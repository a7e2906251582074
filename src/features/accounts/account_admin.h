#pragma once

#include <optional>
#include <string>

#include "auth/session_service.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord {

// Account changes after an account exists (R53, R54), shared by the admin pages and
// `childrecord user ...`. Changes that matter to the record's audit trail are journaled as
// `actor` (user.disabled, user.enabled, user.role_changed, user.team_changed,
// user.training_recorded); credentials, throttling and sessions are operational.
// Every function refuses an unknown user (kNotFound) and changes nothing on error.
class AccountAdmin {
 public:
  AccountAdmin(Store& store, std::string tenant_id) : store_(store), tenant_id_(std::move(tenant_id)) {}

  Result<UserAccount> FindByUsername(const std::string& username);

  // Disabling also ends every session and API token of the user at once. Disabling an already
  // disabled user (or enabling an enabled one) is kConflict. An administrator cannot disable
  // their own account (kValidation), so a tenant is never left without one by accident.
  Status Disable(const std::string& actor_id, const std::string& user_id);
  Status Enable(const std::string& actor_id, const std::string& user_id);
  Status SetRole(const std::string& actor_id, const std::string& user_id, const std::string& role);
  // `team_name` empty: no team. The team is created when it does not exist yet.
  Status SetTeam(const std::string& actor_id, const std::string& user_id, const std::string& team_name);
  // R53: the date ("YYYY-MM-DD", not in the future) the user completed data-protection training.
  Status RecordTraining(const std::string& actor_id, const std::string& user_id, const std::string& completed_on);

  // Sets a new password (the rules apply), ends the user's sessions and tokens and, when
  // `must_change`, makes them choose another at next sign-in (an administrator's reset).
  Status ResetPassword(const std::string& user_id, const std::string& password, bool must_change);
  // Clears the sign-in lock of the account name.
  Status Unlock(const std::string& username);
  // Ends every session and API token (R54: a lost laptop). Returns how many ended.
  Result<int64_t> EndSessions(const std::string& user_id);

 private:
  Store& store_;
  std::string tenant_id_;
};

// R53: true when the user has no training date or it is more than 12 months before `now`.
bool TrainingOverdue(const UserAccount& user, TimePoint now);

// A user changing their own password: the current one must be right (throttled), the new one
// must pass the rules and differ from the current. Other sessions and tokens end; the calling
// session (`who`) stays signed in with its password_expired flag cleared. `confirmation`, when
// given, is the new password typed again and must match it. Every problem at once.
Status ChangeOwnPassword(Store& store, SessionService& sessions, const Principal& who, const std::string& current,
                         const std::string& replacement, const std::string& remote_address,
                         const std::optional<std::string>& confirmation = std::nullopt);

}  // namespace childrecord
