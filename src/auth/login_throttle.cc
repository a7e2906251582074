#include "auth/login_throttle.h"

#include <algorithm>

#include "core/time_format.h"
#include "store/session_repository.h"

namespace childrecord {
namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

}  // namespace

std::string AccountThrottleKey(const std::string& tenant_id, const std::string& username) {
  return "account:" + tenant_id + ":" + Lower(username);
}

std::string AddressThrottleKey(const std::string& tenant_id, const std::string& address) {
  return "address:" + tenant_id + ":" + address;
}

std::string LoginThrottler::LockedMessage() const {
  const auto minutes = std::max<int64_t>(1, (settings_.lockout.count() + 59) / 60);
  return "Sign-in is locked after too many failed attempts. Try again in " + std::to_string(minutes) +
         (minutes == 1 ? " minute" : " minutes") + ", or ask an administrator to unlock your account.";
}

Status LoginThrottler::CheckKey(const std::string& key) {
  CR_ASSIGN_OR_RETURN(LoginThrottle row, SessionRepository(store_).FindLoginThrottle(key));
  if (row.failures == 0) return Status::Ok();
  const TimePoint now = store_.clock().Now();
  if (!row.locked_until.empty()) {
    auto until = ParseRfc3339(row.locked_until);
    if (until && now < *until) return Error::Unauthenticated(LockedMessage());
    return SessionRepository(store_).ClearLoginThrottle(key);  // the lock has run out
  }
  auto last = ParseRfc3339(row.last_failure_at);
  if (!last || now - *last >= settings_.lockout) return SessionRepository(store_).ClearLoginThrottle(key);  // stale failures
  return Status::Ok();
}

Status LoginThrottler::CheckAllowed(const std::string& username, const std::string& address) {
  CR_RETURN_IF_ERROR(CheckKey(AccountThrottleKey(tenant_id_, username)));
  if (!address.empty()) CR_RETURN_IF_ERROR(CheckKey(AddressThrottleKey(tenant_id_, address)));
  return Status::Ok();
}

Result<bool> LoginThrottler::RecordFailure(const std::string& username, const std::string& address) {
  const TimePoint now = store_.clock().Now();
  const std::string at = FormatUtc(now);
  const std::string until = FormatUtc(now + settings_.lockout);
  bool locked = false;
  const std::string account_key = AccountThrottleKey(tenant_id_, username);
  CR_ASSIGN_OR_RETURN(int64_t failures, SessionRepository(store_).CountLoginFailure(tenant_id_, account_key, at));
  if (failures >= settings_.account_failures) {
    CR_RETURN_IF_ERROR(SessionRepository(store_).LockLogin(account_key, until));
    locked = true;
  }
  if (!address.empty()) {
    const std::string address_key = AddressThrottleKey(tenant_id_, address);
    CR_ASSIGN_OR_RETURN(int64_t from_address, SessionRepository(store_).CountLoginFailure(tenant_id_, address_key, at));
    if (from_address >= settings_.address_failures) {
      CR_RETURN_IF_ERROR(SessionRepository(store_).LockLogin(address_key, until));
      locked = true;
    }
  }
  return locked;
}

Status LoginThrottler::RecordSuccess(const std::string& username) {
  return SessionRepository(store_).ClearLoginThrottle(AccountThrottleKey(tenant_id_, username));
}

Status LoginThrottler::Unlock(const std::string& username) {
  return SessionRepository(store_).ClearLoginThrottle(AccountThrottleKey(tenant_id_, username));
}

}  // namespace childrecord
