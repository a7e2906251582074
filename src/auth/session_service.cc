#include "auth/session_service.h"

#include "auth/password.h"
#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "store/account_repository.h"
#include "store/session_repository.h"

namespace childrecord {
namespace {

constexpr char kWrongCredentials[] = "The username or password is not right";

const std::string& DecoyHash() {
  static const std::string* hash = new std::string(HashPassword(RandomHex(16)).value());
  return *hash;
}

}  // namespace

bool SessionService::PasswordExpired(const std::string& user_id, TimePoint now) {
  auto credential = AccountRepository(store_).Credential(tenant_id_, user_id);
  if (!credential.ok()) return false;
  if (credential->must_change) return true;
  if (settings_.password_max_age.count() <= 0) return false;
  auto changed = ParseRfc3339(credential->changed_at);
  return changed && now - *changed >= settings_.password_max_age;
}

Result<IssuedToken> SessionService::SignIn(const std::string& username, const std::string& password,
                                           const std::string& kind, const std::string& remote_address) {
  CR_RETURN_IF_ERROR(throttle_.CheckAllowed(username, remote_address));
  auto user = AccountRepository(store_).FindUserByUsername(tenant_id_, username);
  bool good = false;
  if (!user.ok()) {
    if (user.error().code != ErrorCode::kNotFound) return user.error();
    // Spend the same time as a real check so timing does not reveal unknown usernames.
    (void)VerifyPassword(password, DecoyHash());
  } else {
    auto hash = AccountRepository(store_).PasswordHash(tenant_id_, user->id);
    good = hash.ok() && VerifyPassword(password, *hash) && user->active;
  }
  if (!good) {
    CR_ASSIGN_OR_RETURN(bool locked, throttle_.RecordFailure(username, remote_address));
    return Error::Unauthenticated(locked ? throttle_.LockedMessage() : kWrongCredentials);
  }
  CR_RETURN_IF_ERROR(throttle_.RecordSuccess(username));
  const TimePoint now = store_.clock().Now();
  IssuedToken issued;
  issued.password_expired = PasswordExpired(user->id, now);
  if (kind == "api" && issued.password_expired) {
    return Error::Forbidden(
        "Your password must be changed before you can use the API: sign in to the web pages "
        "and choose a new one");
  }
  issued.token = RandomHex(32);  // 256 bits
  issued.csrf_token = kind == "web" ? RandomHex(32) : std::string();
  issued.expires_at = now + (kind == "web" ? settings_.absolute_timeout : settings_.api_token_lifetime);
  issued.user = *user;
  SessionRow row{Sha256Hex(issued.token),
                 tenant_id_,
                 user->id,
                 kind,
                 issued.csrf_token,
                 FormatUtc(now),
                 FormatUtc(now),
                 FormatUtc(issued.expires_at),
                 false,
                 issued.password_expired};
  CR_RETURN_IF_ERROR(SessionRepository(store_).CreateSession(row));
  return issued;
}

Result<Principal> SessionService::Authenticate(const std::string& token, const std::string& kind, bool touch) {
  if (token.empty()) return Error::Unauthenticated("Sign in to continue");
  const std::string token_hash = Sha256Hex(token);
  // One statement for the session and its user: every request comes through here.
  CR_ASSIGN_OR_RETURN(SessionWithUser found, SessionRepository(store_).FindSessionWithUser(token_hash));
  const SessionRow& session = found.session;
  if (session.kind != kind || session.tenant_id != tenant_id_) {
    return Error::Unauthenticated("The session has ended: sign in again");
  }
  const TimePoint now = store_.clock().Now();
  auto expires = ParseRfc3339(session.expires_at);
  auto last_seen = ParseRfc3339(session.last_seen_at);
  bool expired = !expires || now >= *expires;
  if (kind == "web") expired = expired || !last_seen || now - *last_seen >= settings_.idle_timeout;
  if (expired) {
    (void)SessionRepository(store_).DeleteSession(token_hash);
    return Error::Unauthenticated("You were signed out because the session timed out: sign in again");
  }
  const UserAccount& user = found.user;
  if (!user.active) {
    (void)SessionRepository(store_).DeleteSession(token_hash);
    return Error::Unauthenticated("This account is disabled");
  }
  // R44: last_seen_at is written at most once per sixtieth of the idle timeout (15 s of the
  // default 15 minutes), so a page view is not a write competing with the access log for the
  // database's one writer. The idle timeout then counts from up to that much before the last
  // request: a session may close that much early, never late.
  if (kind == "web" && touch && now - *last_seen >= settings_.idle_timeout / 60) {
    CR_RETURN_IF_ERROR(SessionRepository(store_).TouchSession(token_hash, FormatUtc(now)));
  }
  return Principal{user, token_hash, session.csrf_token, kind == "api", session.locked, session.password_expired};
}

Result<SessionTimes> SessionService::Times(const std::string& token) {
  CR_ASSIGN_OR_RETURN(Principal who, Authenticate(token, "web", /*touch=*/false));
  CR_ASSIGN_OR_RETURN(SessionRow session, SessionRepository(store_).FindSession(who.session_token_hash));
  const TimePoint now = store_.clock().Now();
  auto expires = ParseRfc3339(session.expires_at);
  auto last_seen = ParseRfc3339(session.last_seen_at);
  if (!expires || !last_seen) return Error::Unauthenticated("The session has ended: sign in again");
  SessionTimes times;
  times.idle_left = std::chrono::duration_cast<std::chrono::seconds>(*last_seen + settings_.idle_timeout - now);
  times.absolute_left = std::chrono::duration_cast<std::chrono::seconds>(*expires - now);
  times.locked = session.locked;
  return times;
}

Status SessionService::SignOut(const std::string& token) {
  if (token.empty()) return Status::Ok();
  return SessionRepository(store_).DeleteSession(Sha256Hex(token));
}

Result<int64_t> SessionService::SignOutEverywhere(const std::string& user_id) {
  return SessionRepository(store_).DeleteUserSessions(tenant_id_, user_id);
}

Status SessionService::Lock(const Principal& who) {
  return SessionRepository(store_).SetSessionLocked(who.session_token_hash, true);
}

Status SessionService::CheckPassword(const UserAccount& user, const std::string& password,
                                     const std::string& remote_address) {
  CR_RETURN_IF_ERROR(throttle_.CheckAllowed(user.username, remote_address));
  auto hash = AccountRepository(store_).PasswordHash(tenant_id_, user.id);
  if (hash.ok() && VerifyPassword(password, *hash)) return throttle_.RecordSuccess(user.username);
  CR_ASSIGN_OR_RETURN(bool locked, throttle_.RecordFailure(user.username, remote_address));
  if (locked) return Error::Unauthenticated(throttle_.LockedMessage());
  return Error::Validation("password", "The password is not right");
}

Status SessionService::Unlock(const Principal& who, const std::string& password, const std::string& remote_address) {
  Status checked = CheckPassword(who.user, password, remote_address);
  if (!checked.ok()) {
    if (checked.error().code == ErrorCode::kUnauthenticated)
      (void)SessionRepository(store_).DeleteSession(who.session_token_hash);
    return checked;
  }
  return SessionRepository(store_).SetSessionLocked(who.session_token_hash, false);
}

}  // namespace childrecord
