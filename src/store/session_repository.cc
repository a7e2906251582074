// SessionRepository: web sessions and API tokens, sign-in throttling, and access with a reason
// remembered for a session.
#include "store/session_repository.h"

#include "core/fields.h"
#include "core/time_format.h"
#include "store/described_rows.h"

namespace childrecord {
const fields::Description<SessionRow>& Describe(const SessionRow*) {
  using fields::Kind;
  using V = SessionRow;
  static const fields::Description<SessionRow> description = {
      {"token_hash", "s.token_hash", &V::token_hash},
      {"tenant_id", "s.tenant_id", &V::tenant_id},
      {"user_id", "s.user_id", &V::user_id},
      {"kind", "s.kind", &V::kind},
      {"csrf_token", "s.csrf_token", &V::csrf_token},
      {"created_at", "s.created_at", &V::created_at, Kind::kInstant},
      {"last_seen_at", "s.last_seen_at", &V::last_seen_at, Kind::kInstant},
      {"expires_at", "s.expires_at", &V::expires_at, Kind::kInstant},
      {"locked", "s.locked", &V::locked, Kind::kFlag},
      {"password_expired", "s.password_expired", &V::password_expired, Kind::kFlag},
  };
  return description;
}

const fields::Description<LoginThrottle>& Describe(const LoginThrottle*) {
  using fields::Kind;
  using V = LoginThrottle;
  static const fields::Description<LoginThrottle> description = {
      {"failures", "failures", &V::failures, Kind::kInteger},
      {"last_failure_at", "last_failure_at", &V::last_failure_at, Kind::kOptionalInstant},
      {"locked_until", "locked_until", &V::locked_until, Kind::kOptionalInstant},
  };
  return description;
}

Result<LoginThrottle> SessionRepository::FindLoginThrottle(const std::string& key) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<LoginThrottle>() +
                                                  " FROM login_throttle WHERE throttle_key = ?",
                                              {key}));
  if (rows.empty()) return LoginThrottle{};
  return ReadRow<LoginThrottle>(rows[0]);
}

Result<int64_t> SessionRepository::CountLoginFailure(const std::string& tenant_id, const std::string& key,
                                                     const std::string& at) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("INSERT INTO login_throttle (throttle_key, tenant_id, failures, last_failure_at) "
                                "VALUES (?, ?, 1, ?) ON CONFLICT (throttle_key) DO UPDATE SET "
                                "failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at "
                                "RETURNING failures",
                                {key, tenant_id, at}));
  if (rows.empty()) return Error::Internal("Counting a failed sign-in returned nothing");
  return AsInt(rows[0][0]);
}

Status SessionRepository::LockLogin(const std::string& key, const std::string& locked_until) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec("UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?", {locked_until, key});
}

Status SessionRepository::ClearLoginThrottle(const std::string& key) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec("DELETE FROM login_throttle WHERE throttle_key = ?", {key});
}

Status SessionRepository::CreateSession(const SessionRow& s) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec(
      "INSERT INTO sessions (token_hash, tenant_id, user_id, kind, csrf_token, created_at, last_seen_at, expires_at, "
      "locked, password_expired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {s.token_hash, s.tenant_id, s.user_id, s.kind, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
       int64_t{s.locked ? 1 : 0}, int64_t{s.password_expired ? 1 : 0}});
}

Result<SessionRow> SessionRepository::FindSession(const std::string& token_hash) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows, db->Query("SELECT " + fields::SelectList<SessionRow>() + " FROM sessions s WHERE s.token_hash = ?",
                              {token_hash}));
  if (rows.empty()) return Error::Unauthenticated("The session has ended: sign in again");
  return ReadRow<SessionRow>(rows[0]);
}

Result<SessionWithUser> SessionRepository::FindSessionWithUser(const std::string& token_hash) {
  static const std::string sql = "SELECT " + fields::SelectList<SessionRow>() + ", " +
                                 fields::SelectList<UserAccount>() +
                                 " FROM sessions s JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id "
                                 "WHERE s.token_hash = ?";
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, {token_hash}));
  if (rows.empty()) return Error::Unauthenticated("The session has ended: sign in again");
  return SessionWithUser{ReadRow<SessionRow>(rows[0]),
                         ReadRow<UserAccount>(rows[0], fields::ColumnCount<SessionRow>())};
}

Status SessionRepository::TouchSession(const std::string& token_hash, const std::string& last_seen_at) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {last_seen_at, token_hash});
}

Status SessionRepository::DeleteSession(const std::string& token_hash) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

Result<int64_t> SessionRepository::DeleteUserSessions(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("DELETE FROM sessions WHERE tenant_id = ? AND user_id = ? "
                                              "RETURNING token_hash",
                                              {tenant_id, user_id}));
  return static_cast<int64_t>(rows.size());
}

Status SessionRepository::SetSessionLocked(const std::string& token_hash, bool locked) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec("UPDATE sessions SET locked = ? WHERE token_hash = ?", {int64_t{locked ? 1 : 0}, token_hash});
}

Status SessionRepository::ClearPasswordExpired(const std::string& tenant_id, const std::string& user_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec("UPDATE sessions SET password_expired = 0 WHERE tenant_id = ? AND user_id = ?", {tenant_id, user_id});
}

Status SessionRepository::GrantSessionAccess(const std::string& tenant_id, const std::string& session_token_hash,
                                             const std::string& child_id, const std::string& reason) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  return db->Exec(
      "INSERT INTO access_grants (session_token_hash, tenant_id, child_id, reason, granted_at) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (session_token_hash, child_id) DO UPDATE SET reason = excluded.reason, "
      "granted_at = excluded.granted_at",
      {session_token_hash, tenant_id, child_id, reason, FormatUtc(store_.clock().Now())});
}

Result<std::string> SessionRepository::SessionAccessReason(const std::string& session_token_hash,
                                                           const std::string& child_id) {
  if (session_token_hash.empty()) return std::string();
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT reason FROM access_grants WHERE session_token_hash = ? AND "
                                              "child_id = ?",
                                              {session_token_hash, child_id}));
  return rows.empty() ? std::string() : AsText(rows[0][0]);
}

}  // namespace childrecord
