#pragma once

#include <chrono>
#include <string>

#include "auth/login_throttle.h"
#include "core/clock.h"
#include "core/result.h"
#include "auth/principal.h"
#include "store/store.h"

namespace childrecord {

struct SessionSettings {
  std::chrono::seconds idle_timeout{15 * 60};         // R44 automatic log out
  std::chrono::seconds absolute_timeout{10 * 60 * 60};
  std::chrono::seconds api_token_lifetime{8 * 60 * 60};
  // R44 "regular changes": a password older than this must be changed at next sign-in; 0 turns
  // it off. NCSC and OWASP advise against forced expiry (docs/security.md): a council chooses.
  std::chrono::seconds password_max_age{365 * 24 * 60 * 60};
  ThrottleSettings throttle;
};

// A newly issued secret: `token` goes to the client once (cookie or JSON) and is never stored;
// the store keeps only its SHA-256.
struct IssuedToken {
  std::string token;
  std::string csrf_token;
  TimePoint expires_at;
  UserAccount user;
  bool password_expired = false;  // web only: the session may only change the password
};

// How long a web session has left, without extending it (the idle warning polls this).
struct SessionTimes {
  std::chrono::seconds idle_left{0};
  std::chrono::seconds absolute_left{0};
  bool locked = false;
};

// Signs people in and recognises them again. Thread safe.
class SessionService {
 public:
  SessionService(Store& store, std::string tenant_id, SessionSettings settings)
      : store_(store),
        tenant_id_(std::move(tenant_id)),
        settings_(settings),
        throttle_(store, tenant_id_, settings.throttle) {}

  // Checks the password and issues a web session ("web") or API token ("api"), a new token every
  // time. A wrong username and a wrong password give the same kUnauthenticated message, so the
  // answer does not reveal which usernames exist; so does a locked account name.
  // Failures are counted per username and per `remote_address`. An API token is refused
  // (kForbidden) while the password must be changed.
  Result<IssuedToken> SignIn(const std::string& username, const std::string& password, const std::string& kind,
                             const std::string& remote_address = "");

  // The person a token belongs to, if it is of `kind` and has not expired (idle or absolute).
  // Web sessions are kept alive by use (last_seen_at moves on) when `touch`.
  Result<Principal> Authenticate(const std::string& token, const std::string& kind, bool touch = true);

  // The time left on a web session, without touching it; kUnauthenticated when it has ended.
  Result<SessionTimes> Times(const std::string& token);

  Status SignOut(const std::string& token);

  // Ends every session and API token of `user_id` (sign out everywhere; R54 lost laptop).
  Result<int64_t> SignOutEverywhere(const std::string& user_id);

  // Lock screen (R45): the session stays but shows nothing until Unlock.
  Status Lock(const Principal& who);
  // Checks the password (throttled like sign-in; the lockout ends the session) and unlocks.
  Status Unlock(const Principal& who, const std::string& password, const std::string& remote_address);

  // Checks `password` for a signed-in user (throttled like sign-in), e.g. before a change.
  Status CheckPassword(const UserAccount& user, const std::string& password, const std::string& remote_address);

  const SessionSettings& settings() const { return settings_; }
  const std::string& tenant_id() const { return tenant_id_; }
  LoginThrottler& throttle() { return throttle_; }

 private:
  bool PasswordExpired(const std::string& user_id, TimePoint now);

  Store& store_;
  std::string tenant_id_;
  SessionSettings settings_;
  LoginThrottler throttle_;
};

}  // namespace childrecord
