// AccountRepository: users, teams and their passwords.
#include "store/account_repository.h"

#include "core/time_format.h"

namespace childrecord {
namespace {

constexpr char kUserColumns[] =
    "u.tenant_id, u.id, u.username, u.full_name, u.role, u.team_id, u.active, u.training_completed_on "
    "FROM users u LEFT JOIN credentials c ON c.tenant_id = u.tenant_id AND c.user_id = u.id ";

UserAccount UserFromRow(const SqlRow& row) {
  return UserAccount{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]),
                     AsText(row[4]), AsText(row[5]), AsInt(row[6]) != 0, AsText(row[7])};
}

}  // namespace

Result<UserAccount> AccountRepository::FindUserByUsername(const std::string& tenant_id, const std::string& username) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kUserColumns +
                                                  "WHERE u.tenant_id = ? AND u.username = ?",
                                              {tenant_id, username}));
  if (rows.empty()) return Error::NotFound("No user called '" + username + "'");
  return UserFromRow(rows[0]);
}

Result<UserAccount> AccountRepository::FindUser(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kUserColumns +
                                                  "WHERE u.tenant_id = ? AND u.id = ?",
                                              {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("No such user");
  return UserFromRow(rows[0]);
}

Result<std::vector<UserAccount>> AccountRepository::ListUsers(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kUserColumns +
                                                  "WHERE u.tenant_id = ? ORDER BY u.full_name, u.id",
                                              {tenant_id}));
  std::vector<UserAccount> users;
  for (const auto& row : rows) users.push_back(UserFromRow(row));
  return users;
}

Result<std::vector<Team>> AccountRepository::ListTeams(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT id, name FROM teams WHERE tenant_id = ? ORDER BY name, id", {tenant_id}));
  std::vector<Team> teams;
  for (const auto& row : rows) teams.push_back({AsText(row[0]), AsText(row[1])});
  return teams;
}

Result<std::string> AccountRepository::PasswordHash(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT password_hash FROM credentials WHERE tenant_id = ? AND user_id = ?",
                                {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("The user has no password");
  return AsText(rows[0][0]);
}

Status AccountRepository::SetPasswordHash(const std::string& tenant_id, const std::string& user_id, const std::string& hash,
                              bool must_change) {
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
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT changed_at, must_change FROM credentials WHERE tenant_id = ? AND user_id = ?",
                                {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("The user has no password");
  return CredentialInfo{AsText(rows[0][0]), AsInt(rows[0][1]) != 0};
}

}  // namespace childrecord
