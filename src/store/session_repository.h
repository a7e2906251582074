#pragma once

#include <string>
#include <vector>

#include "core/fields.h"
#include "core/result.h"
#include "record/read_models.h"
#include "store/account_repository.h"
#include "store/store.h"

namespace childrecord {

// A server-side session or API token, found by the SHA-256 of its secret.
struct SessionRow {
  std::string token_hash;
  std::string tenant_id;
  std::string user_id;
  std::string kind;  // "web" or "api"
  std::string csrf_token;
  std::string created_at;
  std::string last_seen_at;
  std::string expires_at;
  bool locked = false;            // "Lock screen" (R45): nothing is shown until the password is given
  bool password_expired = false;  // only the change-password page is open
};

// A session and the account it is signed in as (SessionRepository::FindSessionWithUser).
struct SessionWithUser {
  SessionRow session;
  UserAccount user;
};

// Failed sign-ins under one throttle key (an account name or a client address).
struct LoginThrottle {
  int64_t failures = 0;
  std::string last_failure_at;  // empty when there are none
  std::string locked_until;     // empty when not locked
};

// How the store reads them (session_repository.cc): each column into the field that names it.
const fields::Description<SessionRow>& Describe(const SessionRow*);
const fields::Description<LoginThrottle>& Describe(const LoginThrottle*);

// Web sessions and API tokens, sign-in throttling, and "access with reason" remembered for the
// rest of a web session (R40).
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`, which
// must outlive it; cheap to make.
class SessionRepository {
 public:
  explicit SessionRepository(Store& store) : store_(store) {}

  // Sign-in throttling (R43). `key` names an account or an address. CountLoginFailure adds
  // one failure at `at` and returns the new count (atomic). LockLogin sets locked_until;
  // ClearLoginThrottle forgets the key (successful sign-in, expiry or an administrator's unlock).
  Result<LoginThrottle> FindLoginThrottle(const std::string& key);  // zero failures when none
  Result<int64_t> CountLoginFailure(const std::string& tenant_id, const std::string& key, const std::string& at);
  Status LockLogin(const std::string& key, const std::string& locked_until);
  Status ClearLoginThrottle(const std::string& key);

  Status CreateSession(const SessionRow& session);
  Result<SessionRow> FindSession(const std::string& token_hash);  // kUnauthenticated if none
  // The session with its user's account, in one statement: what authenticating every request
  // reads. kUnauthenticated when there is no such session or no such user.
  Result<SessionWithUser> FindSessionWithUser(const std::string& token_hash);
  Status TouchSession(const std::string& token_hash, const std::string& last_seen_at);
  Status DeleteSession(const std::string& token_hash);
  // Ends every web session and API token of a user (disable, "sign out everywhere", R54).
  // Returns how many ended.
  Result<int64_t> DeleteUserSessions(const std::string& tenant_id, const std::string& user_id);
  Status SetSessionLocked(const std::string& token_hash, bool locked);
  // Clears password_expired on every session of the user (after they chose a new password).
  Status ClearPasswordExpired(const std::string& tenant_id, const std::string& user_id);

  // "Access with reason" remembered for one child for the rest of a web session.
  Status GrantSessionAccess(const std::string& tenant_id, const std::string& session_token_hash,
                            const std::string& child_id, const std::string& reason);
  // The reason given earlier in this session for this child, or "" when none.
  Result<std::string> SessionAccessReason(const std::string& session_token_hash, const std::string& child_id);

 private:
  Store& store_;
};

}  // namespace childrecord
