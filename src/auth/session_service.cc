#include "auth/session_service.h"

#include "auth/password.h"
#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"

namespace childrecord {
namespace {

constexpr char kWrongCredentials[] = "The username or password is not right";

}  // namespace

Result<IssuedToken> SessionService::SignIn(const std::string& username, const std::string& password,
                                           const std::string& kind) {
  auto user = store_.FindUserByUsername(tenant_id_, username);
  if (!user.ok()) {
    if (user.error().code != ErrorCode::kNotFound) return user.error();
    // Spend the same time as a real check so timing does not reveal unknown usernames.
    static const std::string kDecoyHash = HashPassword(RandomHex(16)).value();
    (void)VerifyPassword(password, kDecoyHash);
    return Error::Unauthenticated(kWrongCredentials);
  }
  auto hash = store_.PasswordHash(tenant_id_, user->id);
  if (!hash.ok() || !VerifyPassword(password, *hash) || !user->active) {
    return Error::Unauthenticated(kWrongCredentials);
  }
  const TimePoint now = store_.clock().Now();
  IssuedToken issued;
  issued.token = RandomHex(32);  // 256 bits
  issued.csrf_token = kind == "web" ? RandomHex(32) : std::string();
  issued.expires_at = now + (kind == "web" ? settings_.absolute_timeout : settings_.api_token_lifetime);
  issued.user = *user;
  CR_RETURN_IF_ERROR(store_.CreateSession(SessionRow{Sha256Hex(issued.token), tenant_id_, user->id, kind,
                                                     issued.csrf_token, FormatUtc(now), FormatUtc(now),
                                                     FormatUtc(issued.expires_at)}));
  return issued;
}

Result<Principal> SessionService::Authenticate(const std::string& token, const std::string& kind) {
  if (token.empty()) return Error::Unauthenticated("Sign in to continue");
  const std::string token_hash = Sha256Hex(token);
  CR_ASSIGN_OR_RETURN(SessionRow session, store_.FindSession(token_hash));
  if (session.kind != kind || session.tenant_id != tenant_id_) {
    return Error::Unauthenticated("The session has ended: sign in again");
  }
  const TimePoint now = store_.clock().Now();
  auto expires = ParseRfc3339(session.expires_at);
  auto last_seen = ParseRfc3339(session.last_seen_at);
  bool expired = !expires || now >= *expires;
  if (kind == "web") expired = expired || !last_seen || now - *last_seen >= settings_.idle_timeout;
  if (expired) {
    (void)store_.DeleteSession(token_hash);
    return Error::Unauthenticated("You were signed out because the session timed out: sign in again");
  }
  CR_ASSIGN_OR_RETURN(UserAccount user, store_.FindUser(tenant_id_, session.user_id));
  if (!user.active) return Error::Unauthenticated("This account is disabled");
  if (kind == "web") CR_RETURN_IF_ERROR(store_.TouchSession(token_hash, FormatUtc(now)));
  return Principal{user, token_hash, session.csrf_token, kind == "api"};
}

Status SessionService::SignOut(const std::string& token) {
  if (token.empty()) return Status::Ok();
  return store_.DeleteSession(Sha256Hex(token));
}

}  // namespace childrecord
