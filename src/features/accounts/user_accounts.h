#pragma once

#include <string>
#include <vector>

#include "auth/access_policy.h"
#include "auth/password.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord {

struct NewUser {
  std::string username;   // 3-64 of a-z 0-9 . _ -
  std::string full_name;
  std::string role;       // one of Roles()
  std::string team_name;  // optional; the team is created if it does not exist yet
};

// Checks the fields of a new account and the password rules, without touching the store. The
// password may not be built from `council_name` or the person's own name and username (R44).
Status ValidateNewUser(const NewUser& user, const std::string& password, const std::string& council_name = "");

// What a password for `user` on the tenant must not be built from: the council's name (the
// tenant's), the person's full name and username (auth/password.h PasswordContext).
Result<PasswordContext> PasswordContextFor(Store& store, const std::string& tenant_id, const std::string& username,
                                           const std::string& full_name);

// Adds an account: validates every field (errors name it), refuses a taken username
// (kConflict), journals user.added (and team.created when needed) as `actor`, and stores the
// Argon2id hash of `password` (which must pass CheckPasswordRules).
Result<UserAccount> AddUser(Store& store, const std::string& tenant_id, const std::string& actor,
                            const NewUser& user, const std::string& password);

// The id of the team called `name`, creating it (team.created) when missing.
Result<std::string> EnsureTeam(Store& store, const std::string& tenant_id, const std::string& actor,
                               const std::string& name);

}  // namespace childrecord
