#pragma once

#include <string>
#include <vector>

#include "core/fields.h"
#include "core/result.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// What the account pages need beside UserAccount: when the password was set, whether an
// administrator's reset requires a change.
struct CredentialInfo {
  std::string changed_at;
  bool must_change = false;
};

// How the store reads them (account_repository.cc): each column into the field that names it.
const fields::Description<UserAccount>& Describe(const UserAccount*);
const fields::Description<Team>& Describe(const Team*);
const fields::Description<CredentialInfo>& Describe(const CredentialInfo*);

// The users and teams of a tenant and their passwords (R43-R45, R54).
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`, which
// must outlive it; cheap to make.
class AccountRepository {
 public:
  explicit AccountRepository(Store& store) : store_(store) {}

  Result<UserAccount> FindUserByUsername(const std::string& tenant_id, const std::string& username);
  Result<UserAccount> FindUser(const std::string& tenant_id, const std::string& user_id);
  Result<std::vector<Team>> ListTeams(const std::string& tenant_id);
  Result<std::vector<UserAccount>> ListUsers(const std::string& tenant_id);
  // The stored Argon2id hash, or kNotFound.
  Result<std::string> PasswordHash(const std::string& tenant_id, const std::string& user_id);
  // Stores a new hash (changed_at = now). `must_change` makes the user choose another at next
  // sign-in (an administrator's reset).
  Status SetPasswordHash(const std::string& tenant_id, const std::string& user_id, const std::string& hash,
                         bool must_change = false);
  Result<CredentialInfo> Credential(const std::string& tenant_id, const std::string& user_id);  // kNotFound

 private:
  Store& store_;
};

}  // namespace childrecord
