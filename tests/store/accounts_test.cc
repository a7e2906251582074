// Accounts, credentials and sessions (operational tables beside the journal).
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/accounts/accounts_events.h"
#include "store/account_repository.h"
#include "store/session_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class AccountsTest : public BackendTest {};

TEST_P(AccountsTest, PasswordHashesAndSessions) {
  SeededRecord r = Seed("Accounts Council", 0);
  const std::string& t = r.tenant.id;
  EXPECT_EQ(AccountRepository(store()).PasswordHash(t, r.worker_id).error().code, ErrorCode::kNotFound);
  CR_ASSERT_OK(AccountRepository(store()).SetPasswordHash(t, r.worker_id, "$argon2id$first"));
  EXPECT_EQ(*AccountRepository(store()).PasswordHash(t, r.worker_id), "$argon2id$first");
  CR_ASSERT_OK(AccountRepository(store()).SetPasswordHash(t, r.worker_id, "$argon2id$second"));
  EXPECT_EQ(*AccountRepository(store()).PasswordHash(t, r.worker_id), "$argon2id$second");
  // Credentials are not part of the record: verify is unaffected.
  EXPECT_TRUE(Verify(r.tenant).ok);

  auto users = AccountRepository(store()).ListUsers(t);
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 1u);
  EXPECT_EQ((*users)[0].username, "sam.worker");
  EXPECT_EQ(AccountRepository(store()).FindUser(t, r.worker_id)->full_name, "Sam Worker");
  EXPECT_EQ(AccountRepository(store()).FindUser(t, NewId()).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(AccountRepository(store()).FindUserByUsername(t, "nobody").error().code, ErrorCode::kNotFound);

  const std::string now = FormatUtc(clock().Now());
  SessionRow session{"hash-of-token", t, r.worker_id, "web", "csrf123", now, now, "2026-11-24T19:00:00.000000Z"};
  CR_ASSERT_OK(SessionRepository(store()).CreateSession(session));
  auto found = SessionRepository(store()).FindSession("hash-of-token");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->user_id, r.worker_id);
  EXPECT_EQ(found->csrf_token, "csrf123");
  EXPECT_EQ(found->expires_at, "2026-11-24T19:00:00.000000Z");
  EXPECT_EQ(SessionRepository(store()).CreateSession(session).error().code, ErrorCode::kConflict);
  // What every request's authentication reads, in one statement: the session and its user.
  auto with_user = SessionRepository(store()).FindSessionWithUser("hash-of-token");
  ASSERT_TRUE(with_user.ok()) << with_user.error().message;
  EXPECT_EQ(with_user->session.csrf_token, "csrf123");
  EXPECT_EQ(with_user->session.kind, "web");
  EXPECT_EQ(with_user->user.id, r.worker_id);
  EXPECT_EQ(with_user->user.full_name, "Sam Worker");
  EXPECT_TRUE(with_user->user.active);
  EXPECT_EQ(SessionRepository(store()).FindSessionWithUser("no-such-token").error().code, ErrorCode::kUnauthenticated);

  CR_ASSERT_OK(SessionRepository(store()).TouchSession("hash-of-token", "2026-11-24T09:05:00.000000Z"));
  EXPECT_EQ(SessionRepository(store()).FindSession("hash-of-token")->last_seen_at, "2026-11-24T09:05:00.000000Z");
  CR_ASSERT_OK(SessionRepository(store()).DeleteSession("hash-of-token"));
  EXPECT_EQ(SessionRepository(store()).FindSession("hash-of-token").error().code, ErrorCode::kUnauthenticated);
  CR_EXPECT_OK(store().Ping());
}

// SPEC §4 and R44: login throttling rows (per account name and address), ending every session of a
// user (R54 lost laptop), lock screen state (R45), must-change passwords (R44).
TEST_P(AccountsTest, ThrottleSessionsAndCredentials) {
  SeededRecord r = Seed("Throttle Council", 0);
  const std::string& t = r.tenant.id;
  EXPECT_EQ(SessionRepository(store()).FindLoginThrottle("account:x:sam")->failures, 0);
  EXPECT_EQ(*SessionRepository(store()).CountLoginFailure(t, "account:x:sam", "2026-11-24T09:00:00.000000Z"), 1);
  EXPECT_EQ(*SessionRepository(store()).CountLoginFailure(t, "account:x:sam", "2026-11-24T09:01:00.000000Z"), 2);
  CR_ASSERT_OK(SessionRepository(store()).LockLogin("account:x:sam", "2026-11-24T09:16:00.000000Z"));
  auto row = SessionRepository(store()).FindLoginThrottle("account:x:sam");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->failures, 2);
  EXPECT_EQ(row->last_failure_at, "2026-11-24T09:01:00.000000Z");
  EXPECT_EQ(row->locked_until, "2026-11-24T09:16:00.000000Z");
  EXPECT_EQ(SessionRepository(store()).FindLoginThrottle("address:x:127.0.0.1")->failures, 0);
  CR_ASSERT_OK(SessionRepository(store()).ClearLoginThrottle("account:x:sam"));
  EXPECT_EQ(SessionRepository(store()).FindLoginThrottle("account:x:sam")->failures, 0);

  CR_ASSERT_OK(AccountRepository(store()).SetPasswordHash(t, r.worker_id, "$argon2id$reset", /*must_change=*/true));
  EXPECT_TRUE(AccountRepository(store()).Credential(t, r.worker_id)->must_change);
  CR_ASSERT_OK(AccountRepository(store()).SetPasswordHash(t, r.worker_id, "$argon2id$chosen"));
  EXPECT_FALSE(AccountRepository(store()).Credential(t, r.worker_id)->must_change);

  const std::string now = FormatUtc(clock().Now());
  for (const char* hash : {"h1", "h2", "h3"}) {
    SessionRow s{hash, t, r.worker_id, "web", "c", now, now, "2099-01-01T00:00:00.000000Z", false, true};
    CR_ASSERT_OK(SessionRepository(store()).CreateSession(s));
  }
  EXPECT_TRUE(SessionRepository(store()).FindSession("h1")->password_expired);
  CR_ASSERT_OK(SessionRepository(store()).ClearPasswordExpired(t, r.worker_id));
  EXPECT_FALSE(SessionRepository(store()).FindSession("h2")->password_expired);
  CR_ASSERT_OK(SessionRepository(store()).SetSessionLocked("h1", true));
  EXPECT_TRUE(SessionRepository(store()).FindSession("h1")->locked);
  EXPECT_FALSE(SessionRepository(store()).FindSession("h2")->locked);
  EXPECT_EQ(*SessionRepository(store()).DeleteUserSessions(t, r.worker_id), 3);
  EXPECT_EQ(SessionRepository(store()).FindSession("h3").error().code, ErrorCode::kUnauthenticated);
}

// Account changes are journaled and projected; verify replays them (SPEC §2 principle 2).
TEST_P(AccountsTest, JournaledAccountChangesVerify) {
  SeededRecord r = Seed("Journal Accounts Council", 0);
  const std::string& t = r.tenant.id;
  const Json id{{"user_id", r.worker_id}};
  auto appended =
      store().Append(t, "admin",
                     {{events::kUserDisabled, id},
                      {events::kUserRoleChanged, Json{{"user_id", r.worker_id}, {"role", "team_manager"}}},
                      {events::kUserTrainingRecorded, Json{{"user_id", r.worker_id}, {"completed_on", "2026-01-05"}}}});
  ASSERT_TRUE(appended.ok()) << appended.error().message;
  auto user = AccountRepository(store()).FindUser(t, r.worker_id);
  ASSERT_TRUE(user.ok());
  EXPECT_FALSE(user->active);
  EXPECT_EQ(user->role, "team_manager");
  EXPECT_EQ(user->training_completed_on, "2026-01-05");
  ASSERT_TRUE(store()
                  .Append(t, "admin",
                          {{events::kUserEnabled, id},
                           {events::kUserTeamChanged, Json{{"user_id", r.worker_id}, {"team_id", nullptr}}}})
                  .ok());
  EXPECT_TRUE(AccountRepository(store()).FindUser(t, r.worker_id)->active);
  EXPECT_EQ(AccountRepository(store()).FindUser(t, r.worker_id)->team_id, "");
  EXPECT_TRUE(Verify(r.tenant).ok);
}

CHILDRECORD_INSTANTIATE_BACKENDS(AccountsTest);

}  // namespace
}  // namespace childrecord::testing
