// Accounts, credentials and sessions (operational tables beside the journal).
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/time_format.h"
#include "record/event_types.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class AccountsTest : public BackendTest {};

TEST_P(AccountsTest, PasswordHashesAndSessions) {
  SeededRecord r = Seed("Accounts Council", 0);
  const std::string& t = r.tenant.id;
  EXPECT_EQ(store().PasswordHash(t, r.worker_id).error().code, ErrorCode::kNotFound);
  CR_ASSERT_OK(store().SetPasswordHash(t, r.worker_id, "$argon2id$first"));
  EXPECT_EQ(*store().PasswordHash(t, r.worker_id), "$argon2id$first");
  CR_ASSERT_OK(store().SetPasswordHash(t, r.worker_id, "$argon2id$second"));
  EXPECT_EQ(*store().PasswordHash(t, r.worker_id), "$argon2id$second");
  // Credentials are not part of the record: verify is unaffected.
  EXPECT_TRUE(Verify(r.tenant).ok);

  auto users = store().ListUsers(t);
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 1u);
  EXPECT_EQ((*users)[0].username, "sam.worker");
  EXPECT_EQ(store().FindUser(t, r.worker_id)->full_name, "Sam Worker");
  EXPECT_EQ(store().FindUser(t, NewId()).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store().FindUserByUsername(t, "nobody").error().code, ErrorCode::kNotFound);

  const std::string now = FormatUtc(clock().Now());
  SessionRow session{"hash-of-token", t, r.worker_id, "web", "csrf123", now, now, "2026-11-24T19:00:00.000000Z"};
  CR_ASSERT_OK(store().CreateSession(session));
  auto found = store().FindSession("hash-of-token");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->user_id, r.worker_id);
  EXPECT_EQ(found->csrf_token, "csrf123");
  EXPECT_EQ(found->expires_at, "2026-11-24T19:00:00.000000Z");
  EXPECT_EQ(store().CreateSession(session).error().code, ErrorCode::kConflict);

  CR_ASSERT_OK(store().TouchSession("hash-of-token", "2026-11-24T09:05:00.000000Z"));
  EXPECT_EQ(store().FindSession("hash-of-token")->last_seen_at, "2026-11-24T09:05:00.000000Z");
  CR_ASSERT_OK(store().DeleteSession("hash-of-token"));
  EXPECT_EQ(store().FindSession("hash-of-token").error().code, ErrorCode::kUnauthenticated);
  CR_EXPECT_OK(store().Ping());
}

CHILDRECORD_INSTANTIATE_BACKENDS(AccountsTest);

}  // namespace
}  // namespace childrecord::testing
