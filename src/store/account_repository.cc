// AccountRepository: users, teams and their passwords.
#include "store/account_repository.h"

#include "core/fields.h"
#include "core/time_format.h"
#include "store/described_rows.h"

namespace childrecord {

// How the store reads an account, a team and a password's dates: each column into the field that
// names it (store/described_rows.h ReadRow).
const fields::Description<UserAccount>& Describe(const UserAccount*) {
  using fields::Kind;
  using V = UserAccount;
  static const fields::Description<UserAccount> description = {
      {"tenant_id", "u.tenant_id", &V::tenant_id},
      {"id", "u.id", &V::id},
      {"username", "u.username", &V::username},
      {"full_name", "u.full_name", &V::full_name},
      {"role", "u.role", &V::role},
      {"team_id", "u.team_id", &V::team_id, Kind::kOptionalText},
      {"active", "u.active", &V::active, Kind::kFlag},
      {"training_completed_on", "u.training_completed_on", &V::training_completed_on, Kind::kOptionalDate},
  };
  return description;
}

namespace {

// The users' SELECT, ready for a WHERE clause.
const std::string& UserSelect() {
  static const std::string select = "SELECT " + fields::SelectList<UserAccount>() +
                                    " FROM users u LEFT JOIN credentials c ON c.tenant_id = u.tenant_id AND "
                                    "c.user_id = u.id ";
  return select;
}

}  // namespace

const fields::Description<Team>& Describe(const Team*) {
  static const fields::Description<Team> description = {{"id", "id", &Team::id}, {"name", "name", &Team::name}};
  return description;
}

const fields::Description<CredentialInfo>& Describe(const CredentialInfo*) {
  using V = CredentialInfo;
  static const fields::Description<CredentialInfo> description = {
      {"changed_at", "changed_at", &V::changed_at, fields::Kind::kInstant},
      {"must_change", "must_change", &V::must_change, fields::Kind::kFlag}};
  return description;
}

Result<UserAccount> AccountRepository::FindUserByUsername(const std::string& tenant_id, const std::string& username) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(UserSelect() + "WHERE u.tenant_id = ? AND u.username = ?", {tenant_id, username}));
  if (rows.empty()) return Error::NotFound("No user called '" + username + "'");
  return ReadRow<UserAccount>(rows[0]);
}

Result<UserAccount> AccountRepository::FindUser(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(UserSelect() + "WHERE u.tenant_id = ? AND u.id = ?", {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("No such user");
  return ReadRow<UserAccount>(rows[0]);
}

Result<std::vector<UserAccount>> AccountRepository::ListUsers(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(UserSelect() + "WHERE u.tenant_id = ? ORDER BY u.full_name, u.id", {tenant_id}));
  std::vector<UserAccount> users;
  for (const auto& row : rows) users.push_back(ReadRow<UserAccount>(row));
  return users;
}

Result<std::vector<Team>> AccountRepository::ListTeams(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<Team>() +
                                                  " FROM teams WHERE tenant_id = ? ORDER BY name, id",
                                              {tenant_id}));
  std::vector<Team> teams;
  for (const auto& row : rows) teams.push_back(ReadRow<Team>(row));
  return teams;
}

Result<std::string> AccountRepository::PasswordHash(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT password_hash FROM credentials WHERE tenant_id = ? AND user_id = ?", {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("The user has no password");
  return AsText(rows[0][0]);
}

Status AccountRepository::SetPasswordHash(const std::string& tenant_id, const std::string& user_id,
                                          const std::string& hash, bool must_change) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec(
      "INSERT INTO credentials (tenant_id, user_id, password_hash, changed_at, active, must_change) "
      "VALUES (?, ?, ?, ?, 1, ?) "
      "ON CONFLICT (tenant_id, user_id) DO UPDATE SET password_hash = excluded.password_hash, "
      "changed_at = excluded.changed_at, must_change = excluded.must_change",
      {tenant_id, user_id, hash, FormatUtc(store_.clock().Now()), int64_t{must_change ? 1 : 0}});
}

Result<CredentialInfo> AccountRepository::Credential(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<CredentialInfo>() +
                                                  " FROM credentials WHERE tenant_id = ? AND user_id = ?",
                                              {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("The user has no password");
  return ReadRow<CredentialInfo>(rows[0]);
}

}  // namespace childrecord
