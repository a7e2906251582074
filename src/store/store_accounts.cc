// Store: accounts, teams, credentials and sessions.
#include "core/time_format.h"
#include "store/store.h"

namespace childrecord {
namespace {

constexpr char kUserColumns[] =
    "u.tenant_id, u.id, u.username, u.full_name, u.role, u.team_id, u.active, u.training_completed_on "
    "FROM users u LEFT JOIN credentials c ON c.tenant_id = u.tenant_id AND c.user_id = u.id ";

UserAccount UserFromRow(const SqlRow& row) {
  return UserAccount{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]),
                     AsText(row[4]), AsText(row[5]), AsInt(row[6]) != 0, AsText(row[7])};
}

SessionRow SessionFromRow(const SqlRow& row) {
  return SessionRow{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]), AsText(row[4]),
                    AsText(row[5]), AsText(row[6]), AsText(row[7]), AsInt(row[8]) != 0, AsInt(row[9]) != 0};
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

Status Store::SetPasswordHash(const std::string& tenant_id, const std::string& user_id, const std::string& hash,
                              bool must_change) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec(
      "INSERT INTO credentials (tenant_id, user_id, password_hash, changed_at, active, must_change) "
      "VALUES (?, ?, ?, ?, 1, ?) "
      "ON CONFLICT (tenant_id, user_id) DO UPDATE SET password_hash = excluded.password_hash, "
      "changed_at = excluded.changed_at, must_change = excluded.must_change",
      {tenant_id, user_id, hash, FormatUtc(clock_.Now()), int64_t{must_change ? 1 : 0}});
}

Result<CredentialInfo> Store::Credential(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT changed_at, must_change FROM credentials WHERE tenant_id = ? AND user_id = ?",
                                {tenant_id, user_id}));
  if (rows.empty()) return Error::NotFound("The user has no password");
  return CredentialInfo{AsText(rows[0][0]), AsInt(rows[0][1]) != 0};
}

Result<LoginThrottle> Store::FindLoginThrottle(const std::string& key) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT failures, last_failure_at, locked_until FROM login_throttle "
                                              "WHERE throttle_key = ?",
                                              {key}));
  if (rows.empty()) return LoginThrottle{};
  return LoginThrottle{AsInt(rows[0][0]), AsText(rows[0][1]), AsText(rows[0][2])};
}

Result<int64_t> Store::CountLoginFailure(const std::string& tenant_id, const std::string& key, const std::string& at) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("INSERT INTO login_throttle (throttle_key, tenant_id, failures, last_failure_at) "
                                "VALUES (?, ?, 1, ?) ON CONFLICT (throttle_key) DO UPDATE SET "
                                "failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at "
                                "RETURNING failures",
                                {key, tenant_id, at}));
  if (rows.empty()) return Error::Internal("Counting a failed sign-in returned nothing");
  return AsInt(rows[0][0]);
}

Status Store::LockLogin(const std::string& key, const std::string& locked_until) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?", {locked_until, key});
}

Status Store::ClearLoginThrottle(const std::string& key) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("DELETE FROM login_throttle WHERE throttle_key = ?", {key});
}

Status Store::CreateSession(const SessionRow& s) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec(
      "INSERT INTO sessions (token_hash, tenant_id, user_id, kind, csrf_token, created_at, last_seen_at, expires_at, "
      "locked, password_expired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {s.token_hash, s.tenant_id, s.user_id, s.kind, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
       int64_t{s.locked ? 1 : 0}, int64_t{s.password_expired ? 1 : 0}});
}

Result<SessionRow> Store::FindSession(const std::string& token_hash) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT token_hash, tenant_id, user_id, kind, csrf_token, created_at, "
                                              "last_seen_at, expires_at, locked, password_expired "
                                              "FROM sessions WHERE token_hash = ?",
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

Result<int64_t> Store::DeleteUserSessions(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("DELETE FROM sessions WHERE tenant_id = ? AND user_id = ? "
                                              "RETURNING token_hash",
                                              {tenant_id, user_id}));
  return static_cast<int64_t>(rows.size());
}

Status Store::SetSessionLocked(const std::string& token_hash, bool locked) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("UPDATE sessions SET locked = ? WHERE token_hash = ?", {int64_t{locked ? 1 : 0}, token_hash});
}

Status Store::ClearPasswordExpired(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("UPDATE sessions SET password_expired = 0 WHERE tenant_id = ? AND user_id = ?",
                  {tenant_id, user_id});
}

}  // namespace childrecord
