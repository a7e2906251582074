// Sign-in, throttling, sessions and account administration over a real store, on both backends,
// with a FakeClock (SPEC §4; policy R44, R45, R53, R54).
#include <gtest/gtest.h>

#include "core/source_root.h"
#include "features/accounts/account_admin.h"
#include "auth/password.h"
#include "auth/session_service.h"
#include "core/sha256.h"
#include "data/password_data.h"
#include "store/store_fixture.h"
#include "store/account_repository.h"

namespace childrecord::testing {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr char kPassword[] = "a fine long passphrase";

class SignInTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Sign-in Council", 0);
    CR_ASSERT_OK(AccountRepository(store()).SetPasswordHash(r_.tenant.id, r_.worker_id, HashPassword(kPassword).value()));
    settings_.idle_timeout = minutes(15);
    settings_.absolute_timeout = hours(10);
    settings_.password_max_age = hours(24 * 365);
    settings_.throttle = ThrottleSettings{3, 5, minutes(15)};
  }
  SessionService Sessions() { return SessionService(store(), r_.tenant.id, settings_); }

  SeededRecord r_;
  SessionSettings settings_;
};

TEST_P(SignInTest, LockoutPerAccountSameMessageForUnknownUsernamesAndUnlockByTimeOrAdmin) {
  SessionService sessions = Sessions();
  for (int i = 0; i < 2; ++i) {
    auto wrong = sessions.SignIn("sam.worker", "not the right one", "api", "10.0.0.1");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  }
  auto third = sessions.SignIn("sam.worker", "not the right one", "api", "10.0.0.1");
  ASSERT_FALSE(third.ok());
  EXPECT_NE(third.error().message.find("locked"), std::string::npos);
  auto right = sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.2");
  ASSERT_FALSE(right.ok()) << "the right password is refused while locked";
  const std::string locked_message = right.error().message;

  for (int i = 0; i < 3; ++i) (void)sessions.SignIn("nobody.here", "whatever it is", "api", "10.0.0.3");
  auto ghost = sessions.SignIn("nobody.here", "whatever it is", "api", "10.0.0.3");
  ASSERT_FALSE(ghost.ok());
  EXPECT_EQ(ghost.error().message, locked_message) << "a lock does not reveal whether the username exists";

  clock().Advance(minutes(16));
  EXPECT_TRUE(sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.2").ok()) << "the lock ran out";

  for (int i = 0; i < 3; ++i) (void)sessions.SignIn("sam.worker", "not the right one", "api", "10.0.0.4");
  EXPECT_FALSE(sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.4").ok());
  CR_ASSERT_OK(AccountAdmin(store(), r_.tenant.id).Unlock("sam.worker"));
  EXPECT_TRUE(sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.4").ok()) << "an administrator unlocked it";
}

TEST_P(SignInTest, LockoutPerClientAddress) {
  SessionService sessions = Sessions();
  for (int i = 0; i < 5; ++i) (void)sessions.SignIn("guess" + std::to_string(i), "password guess", "api", "10.9.9.9");
  auto blocked = sessions.SignIn("sam.worker", kPassword, "api", "10.9.9.9");
  ASSERT_FALSE(blocked.ok());
  EXPECT_NE(blocked.error().message.find("locked"), std::string::npos);
  EXPECT_TRUE(sessions.SignIn("sam.worker", kPassword, "api", "10.1.1.1").ok()) << "other addresses unaffected";
}

TEST_P(SignInTest, R44IdleAndAbsoluteTimeoutsAndStatusDoesNotTouch) {
  SessionService sessions = Sessions();
  auto issued = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(issued.ok());
  clock().Advance(minutes(10));
  auto times = sessions.Times(issued->token);
  ASSERT_TRUE(times.ok());
  EXPECT_EQ(times->idle_left, minutes(5));
  clock().Advance(minutes(4));
  EXPECT_EQ(sessions.Times(issued->token)->idle_left, minutes(1)) << "reading the status did not extend it";
  EXPECT_TRUE(sessions.Authenticate(issued->token, "web").ok());  // use extends it
  EXPECT_EQ(sessions.Times(issued->token)->idle_left, minutes(15));
  clock().Advance(minutes(15));
  EXPECT_EQ(sessions.Authenticate(issued->token, "web").error().code, ErrorCode::kUnauthenticated);

  auto busy = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(busy.ok());
  for (int i = 0; i < 49; ++i) {
    clock().Advance(minutes(12));
    ASSERT_TRUE(sessions.Authenticate(busy->token, "web").ok()) << i;
  }
  clock().Advance(minutes(12));  // 10 h after sign-in
  EXPECT_FALSE(sessions.Authenticate(busy->token, "web").ok()) << "the absolute timeout ends a busy session";
}

TEST_P(SignInTest, R45LockScreenNeedsThePassword) {
  SessionService sessions = Sessions();
  auto issued = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(issued.ok());
  auto who = sessions.Authenticate(issued->token, "web");
  CR_ASSERT_OK(sessions.Lock(*who));
  EXPECT_TRUE(sessions.Authenticate(issued->token, "web")->locked);
  EXPECT_EQ(sessions.Unlock(*who, "wrong password here", "10.0.0.1").error().code, ErrorCode::kValidation);
  CR_ASSERT_OK(sessions.Unlock(*who, kPassword, "10.0.0.1"));
  EXPECT_FALSE(sessions.Authenticate(issued->token, "web")->locked);
  // Guessing at the lock screen locks the account out and ends the session.
  CR_ASSERT_OK(sessions.Lock(*who));
  for (int i = 0; i < 3; ++i) (void)sessions.Unlock(*who, "wrong password here", "10.0.0.1");
  EXPECT_FALSE(sessions.Authenticate(issued->token, "web").ok());
}

TEST_P(SignInTest, R44PasswordAgeAndAdminResetForceAChange) {
  settings_.password_max_age = hours(24);
  SessionService sessions = Sessions();
  EXPECT_FALSE(sessions.SignIn("sam.worker", kPassword, "web", "")->password_expired);
  clock().Advance(hours(25));
  auto old = sessions.SignIn("sam.worker", kPassword, "web", "");
  ASSERT_TRUE(old.ok());
  EXPECT_TRUE(old->password_expired);
  EXPECT_TRUE(sessions.Authenticate(old->token, "web")->password_expired);
  EXPECT_EQ(sessions.SignIn("sam.worker", kPassword, "api", "").error().code, ErrorCode::kForbidden);

  auto who = sessions.Authenticate(old->token, "web");
  EXPECT_EQ(ChangeOwnPassword(store(), sessions, *who, "wrong current pass", "another fine passphrase", "")
                .error()
                .field,
            "current_password");
  EXPECT_EQ(ChangeOwnPassword(store(), sessions, *who, kPassword, "short", "").error().field, "new_password");
  CR_ASSERT_OK(ChangeOwnPassword(store(), sessions, *who, kPassword, "another fine passphrase", ""));
  EXPECT_FALSE(sessions.Authenticate(old->token, "web")->password_expired) << "this session carries on";

  settings_.password_max_age = seconds(0);  // off
  SessionService no_expiry = Sessions();
  clock().Advance(hours(24 * 1000));
  EXPECT_FALSE(no_expiry.SignIn("sam.worker", "another fine passphrase", "web", "")->password_expired);
  CR_ASSERT_OK(AccountAdmin(store(), r_.tenant.id).ResetPassword(r_.worker_id, "reset by the admin now", true));
  EXPECT_TRUE(no_expiry.SignIn("sam.worker", "reset by the admin now", "web", "")->password_expired);
}

TEST_P(SignInTest, R54DisableAndEndSessionsCutOffAtOnce) {
  SessionService sessions = Sessions();
  AccountAdmin admin(store(), r_.tenant.id);
  auto web = sessions.SignIn("sam.worker", kPassword, "web", "");
  auto api = sessions.SignIn("sam.worker", kPassword, "api", "");
  ASSERT_TRUE(web.ok() && api.ok());
  EXPECT_EQ(*admin.EndSessions(r_.worker_id), 2);
  EXPECT_FALSE(sessions.Authenticate(web->token, "web").ok());
  EXPECT_FALSE(sessions.Authenticate(api->token, "api").ok());

  api = sessions.SignIn("sam.worker", kPassword, "api", "");
  CR_ASSERT_OK(admin.Disable("an-admin", r_.worker_id));
  EXPECT_FALSE(sessions.Authenticate(api->token, "api").ok());
  EXPECT_FALSE(sessions.SignIn("sam.worker", kPassword, "api", "").ok());
  EXPECT_EQ(admin.Disable("an-admin", r_.worker_id).error().code, ErrorCode::kConflict);
  EXPECT_EQ(admin.Disable(r_.worker_id, r_.worker_id).error().code, ErrorCode::kValidation);
  CR_ASSERT_OK(admin.Enable("an-admin", r_.worker_id));
  EXPECT_TRUE(sessions.SignIn("sam.worker", kPassword, "api", "").ok());

  CR_ASSERT_OK(admin.SetRole("an-admin", r_.worker_id, "team_manager"));
  EXPECT_EQ(admin.SetRole("an-admin", r_.worker_id, "wizard").error().field, "role");
  CR_ASSERT_OK(admin.SetTeam("an-admin", r_.worker_id, "Brand New Team"));
  CR_ASSERT_OK(admin.SetTeam("an-admin", r_.worker_id, ""));
  EXPECT_EQ(admin.RecordTraining("an-admin", r_.worker_id, "2099-01-01").error().field, "completed_on");
  EXPECT_EQ(admin.RecordTraining("an-admin", r_.worker_id, "2026-02-30").error().field, "completed_on");
  EXPECT_TRUE(Verify(r_.tenant).ok) << "the journaled account changes replay";
}

TEST_P(SignInTest, R53TrainingOverdueAfterTwelveMonths) {
  AccountAdmin admin(store(), r_.tenant.id);
  EXPECT_TRUE(TrainingOverdue(*AccountRepository(store()).FindUser(r_.tenant.id, r_.worker_id), clock().Now())) << "never recorded";
  CR_ASSERT_OK(admin.RecordTraining("an-admin", r_.worker_id, "2026-01-10"));
  const UserAccount user = *AccountRepository(store()).FindUser(r_.tenant.id, r_.worker_id);
  EXPECT_FALSE(TrainingOverdue(user, clock().Now()));
  clock().Advance(hours(24 * 365));
  EXPECT_TRUE(TrainingOverdue(user, clock().Now()));
}

CHILDRECORD_INSTANTIATE_BACKENDS(SignInTest);

// The shipped list of common passwords (data/passwords/common.txt) replaces the built-in one.
TEST(PasswordRulesTest, ShippedCommonPasswordListIsUsed) {
  auto list = ReadCommonPasswords(std::string(SourceRoot()) + "/data");
  ASSERT_TRUE(list.ok()) << list.error().message;
  EXPECT_GT((*list)->size(), 10000u);
  InstallCommonPasswords(*list);
  EXPECT_EQ(CheckPasswordRules("Liverpool2024!").error().field, "password");
  EXPECT_EQ(CheckPasswordRules("QWERTYUIOP123").error().field, "password");
  EXPECT_EQ(CheckPasswordRules("short one").error().field, "password");
  CR_EXPECT_OK(CheckPasswordRules("kind words for every child"));
  CR_EXPECT_OK(CheckPasswordRules(std::string(64, 'x') + " and more"));
  EXPECT_FALSE(CheckPasswordRules(std::string(257, 'y')).ok());
  EXPECT_EQ(ParseCommonPasswords("# comment\r\nAbc\n\nxyz\r\n").size(), 2u);
  InstallCommonPasswords(nullptr);
}

}  // namespace
}  // namespace childrecord::testing
