#pragma once

#include <chrono>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "http/request.h"
#include "store/store.h"

namespace childrecord {

struct SessionSettings {
  std::chrono::seconds idle_timeout{15 * 60};         // R44 automatic log out
  std::chrono::seconds absolute_timeout{10 * 60 * 60};
  std::chrono::seconds api_token_lifetime{8 * 60 * 60};
};

// A newly issued secret: `token` goes to the client once (cookie or JSON) and is never stored;
// the store keeps only its SHA-256.
struct IssuedToken {
  std::string token;
  std::string csrf_token;
  TimePoint expires_at;
  UserAccount user;
};

// Signs people in and recognises them again. Thread safe.
class SessionService {
 public:
  SessionService(Store& store, std::string tenant_id, SessionSettings settings)
      : store_(store), tenant_id_(std::move(tenant_id)), settings_(settings) {}

  // Checks the password and issues a web session ("web") or API token ("api"). A wrong
  // username and a wrong password give the same kUnauthenticated message, so the answer does
  // not reveal which usernames exist.
  Result<IssuedToken> SignIn(const std::string& username, const std::string& password, const std::string& kind);

  // The person a token belongs to, if it is of `kind` and has not expired (idle or absolute).
  // Web sessions are kept alive by use (last_seen_at moves on).
  Result<Principal> Authenticate(const std::string& token, const std::string& kind);

  Status SignOut(const std::string& token);

  const SessionSettings& settings() const { return settings_; }
  const std::string& tenant_id() const { return tenant_id_; }

 private:
  Store& store_;
  std::string tenant_id_;
  SessionSettings settings_;
};

}  // namespace childrecord
