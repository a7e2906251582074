// Store: accounts, teams, credentials and sessions.
#include "core/time_format.h"
#include "store/store.h"

namespace childrecord {
namespace {

constexpr char kUserColumns[] =
    "u.tenant_id, u.id, u.username, u.full_name, u.role, u.team_id, COALESCE(c.active, 1) "
    "FROM users u LEFT JOIN credentials c ON c.tenant_id = u.tenant_id AND c.user_id = u.id ";

UserAccount UserFromRow(const SqlRow& row) {
  return UserAccount{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]),
                     AsText(row[4]), AsText(row[5]), AsInt(row[6]) != 0};
}

SessionRow SessionFromRow(const SqlRow& row) {
  return SessionRow{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]),
                    AsText(row[4]), AsText(row[5]), AsText(row[6]), AsText(row[7])};
}

}  // namespace

Result<UserAccount> Store::FindUserByUsername(const std::string& tenant_id, const std::string& username) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kUserColumns +
                                                  "WHERE u.tenant_id = ? AND u.username = ?",
                                              {tenant_id, username}));
  if (rows.empty()) return Error::NotFound("No user called '" + username + "'");
  return UserFromRow(rows[0]);
}

Result<UserAccount> Store::FindUser(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kUserColumns +
                                                  "WHERE u.tenant_id = ? AND u.id = ?",
                                              {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("No such user");
  return UserFromRow(rows[0]);
}

Result<std::vector<UserAccount>> Store::ListUsers(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kUserColumns +
                                                  "WHERE u.tenant_id = ? ORDER BY u.full_name, u.id",
                                              {tenant_id}));
  std::vector<UserAccount> users;
  for (const auto& row : rows) users.push_back(UserFromRow(row));
  return users;
}

Result<std::vector<Team>> Store::ListTeams(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT id, name FROM teams WHERE tenant_id = ? ORDER BY name, id", {tenant_id}));
  std::vector<Team> teams;
  for (const auto& row : rows) teams.push_back({AsText(row[0]), AsText(row[1])});
  return teams;
}

Result<std::string> Store::PasswordHash(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT password_hash FROM credentials WHERE tenant_id = ? AND user_id = ?",
                                {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("The user has no password");
  return AsText(rows[0][0]);
}

Status Store::SetPasswordHash(const std::string& tenant_id, const std::string& user_id, const std::string& hash) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec(
      "INSERT INTO credentials (tenant_id, user_id, password_hash, changed_at, active) VALUES (?, ?, ?, ?, 1) "
      "ON CONFLICT (tenant_id, user_id) DO UPDATE SET password_hash = excluded.password_hash, "
      "changed_at = excluded.changed_at",
      {tenant_id, user_id, hash, FormatUtc(clock_.Now())});
}

Status Store::CreateSession(const SessionRow& s) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec(
      "INSERT INTO sessions (token_hash, tenant_id, user_id, kind, csrf_token, created_at, last_seen_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {s.token_hash, s.tenant_id, s.user_id, s.kind, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at});
}

Result<SessionRow> Store::FindSession(const std::string& token_hash) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT token_hash, tenant_id, user_id, kind, csrf_token, created_at, "
                                              "last_seen_at, expires_at FROM sessions WHERE token_hash = ?",
                                              {token_hash}));
  if (rows.empty()) return Error::Unauthenticated("The session has ended: sign in again");
  return SessionFromRow(rows[0]);
}

Status Store::TouchSession(const std::string& token_hash, const std::string& last_seen_at) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {last_seen_at, token_hash});
}

Status Store::DeleteSession(const std::string& token_hash) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

}  // namespace childrecord
