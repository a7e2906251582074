#pragma once

#include <chrono>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace childrecord {

struct ThrottleSettings {
  int account_failures = 5;                   // failed sign-ins under one username before it locks
  int address_failures = 20;                  // failed sign-ins from one client address before it locks
  std::chrono::seconds lockout{15 * 60};      // how long a lock lasts (and how long failures count)
};

// Throttle keys: per account name (whether or not the account exists, so a lock reveals
// nothing about which usernames exist) and per client address.
std::string AccountThrottleKey(const std::string& tenant_id, const std::string& username);
std::string AddressThrottleKey(const std::string& tenant_id, const std::string& address);

// Sign-in throttling and lockout. Thread safe.
class LoginThrottler {
 public:
  LoginThrottler(Store& store, std::string tenant_id, ThrottleSettings settings)
      : store_(store), tenant_id_(std::move(tenant_id)), settings_(settings) {}

  // kUnauthenticated with the lock message when the account name or the address is locked.
  // Locks and failure counts older than the lockout period are forgotten here.
  Status CheckAllowed(const std::string& username, const std::string& address);

  // Counts a failed sign-in; returns true when this failure locked the account or address.
  Result<bool> RecordFailure(const std::string& username, const std::string& address);

  // A successful sign-in clears the account's count (not the address's: one valid account
  // must not reset an address that is guessing at others).
  Status RecordSuccess(const std::string& username);

  // An administrator's unlock.
  Status Unlock(const std::string& username);

  // The message a locked account gets; the same whether or not the username exists.
  std::string LockedMessage() const;

 private:
  Status CheckKey(const std::string& key);

  Store& store_;
  std::string tenant_id_;
  ThrottleSettings settings_;
};

}  // namespace childrecord
