// R44 automatic log out and sign-in lockout at their boundaries, on a FakeClock over a real store
// (both backends): the idle timeout, the absolute timeout and the end of a lockout, each checked
// just before and exactly at the instant it takes effect, and that reading the session's status
// (what the idle warning polls) does not extend the session. The settings are those the
// integration tests give the real binary (tests/integration/accounts.test.mjs), which checks only
// that the flags are read and the endpoints answer: nothing here waits in real time.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "auth/password.h"
#include "auth/session_service.h"
#include "store/account_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using std::chrono::microseconds;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr char kPassword[] = "worker passphrase of good length";
constexpr microseconds kTick{1};  // the clock's resolution: "just before" is one tick before

class SessionTimeoutsTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Timeouts Council", 0);
    CR_ASSERT_OK(
        AccountRepository(store()).SetPasswordHash(r_.tenant.id, r_.worker_id, HashPassword(kPassword).value()));
  }
  SessionService Sessions(const SessionSettings& settings) { return SessionService(store(), r_.tenant.id, settings); }

  SeededRecord r_;
};

bool Mentions(const Error& error, const std::string& words) { return error.message.find(words) != std::string::npos; }

TEST_P(SessionTimeoutsTest, R44LockoutEndsByItselfWhenTheLockPeriodPasses) {
  SessionSettings settings;
  settings.throttle = ThrottleSettings{/*account_failures=*/2, /*address_failures=*/20, /*lockout=*/seconds(2)};
  SessionService sessions = Sessions(settings);
  for (int i = 0; i < 2; ++i) {
    auto wrong = sessions.SignIn("sam.worker", "wrong password attempt", "api", "10.0.0.1");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  }
  auto locked = sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.1");
  ASSERT_FALSE(locked.ok()) << "the right password is refused while locked";
  EXPECT_EQ(locked.error().code, ErrorCode::kUnauthenticated);
  EXPECT_TRUE(Mentions(locked.error(), "locked")) << locked.error().message;

  clock().Advance(seconds(2) - kTick);
  auto just_before = sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.1");
  ASSERT_FALSE(just_before.ok()) << "still locked one tick before the lock ends";
  EXPECT_TRUE(Mentions(just_before.error(), "locked")) << just_before.error().message;

  clock().Advance(kTick);
  auto at_end = sessions.SignIn("sam.worker", kPassword, "api", "10.0.0.1");
  CR_ASSERT_OK(at_end);
  EXPECT_FALSE(at_end->token.empty()) << "an API token is issued once the lock has run out";
}

TEST_P(SessionTimeoutsTest, R44IdleTimeoutSignsOutAndReadingTheStatusDoesNotExtendTheSession) {
  SessionSettings settings;
  settings.idle_timeout = seconds(3);
  SessionService sessions = Sessions(settings);
  auto issued = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(issued.ok());

  auto first = sessions.Times(issued->token);
  ASSERT_TRUE(first.ok()) << "signed in";
  EXPECT_EQ(first->idle_left, seconds(3));

  clock().Advance(milliseconds(1500));
  auto second = sessions.Times(issued->token);
  ASSERT_TRUE(second.ok());
  EXPECT_LT(second->idle_left, first->idle_left) << "polling does not extend the session";

  clock().Advance(milliseconds(1500) - kTick);  // one tick before the idle timeout
  auto just_before = sessions.Times(issued->token);
  ASSERT_TRUE(just_before.ok()) << "still signed in one tick before the idle timeout";
  EXPECT_EQ(just_before->idle_left, seconds(0));

  clock().Advance(kTick);  // the idle timeout: three seconds after sign-in, the status reads did not count
  auto page = sessions.Authenticate(issued->token, "web");
  ASSERT_FALSE(page.ok()) << "the idle timeout signs out";
  EXPECT_EQ(page.error().code, ErrorCode::kUnauthenticated);
  EXPECT_TRUE(Mentions(page.error(), "timed out")) << page.error().message;
  auto status_after = sessions.Times(issued->token);
  ASSERT_FALSE(status_after.ok()) << "the status answers that the session has ended";
  EXPECT_EQ(status_after.error().code, ErrorCode::kUnauthenticated);
}

TEST_P(SessionTimeoutsTest, R44IdleTimeoutCountsFromTheLastPageViewed) {
  SessionSettings settings;
  settings.idle_timeout = seconds(3);
  SessionService sessions = Sessions(settings);
  auto issued = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(issued.ok());

  clock().Advance(seconds(3) - kTick);
  CR_ASSERT_OK(sessions.Authenticate(issued->token, "web"));  // a page viewed one tick before the timeout
  clock().Advance(seconds(3) - kTick);
  CR_ASSERT_OK(sessions.Times(issued->token));  // one tick before the timeout counted from that page
  clock().Advance(kTick);
  EXPECT_EQ(sessions.Authenticate(issued->token, "web").error().code, ErrorCode::kUnauthenticated);
}

// A page view writes the session's last-seen time only when a sixtieth of the idle timeout has
// passed since it was written (a page view is otherwise not a write). The timeout may then end a
// session up to that much early, never late.
TEST_P(SessionTimeoutsTest, R44PageViewsCloseToEachOtherWriteTheLastSeenTimeOnce) {
  SessionSettings settings;
  settings.idle_timeout = seconds(60);  // written at most once a second
  SessionService sessions = Sessions(settings);
  auto issued = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(issued.ok());

  clock().Advance(seconds(1));
  CR_ASSERT_OK(sessions.Authenticate(issued->token, "web"));  // a second after: written
  clock().Advance(milliseconds(500));
  CR_ASSERT_OK(sessions.Authenticate(issued->token, "web"));         // half a second after that: not written
  EXPECT_EQ(sessions.Times(issued->token)->idle_left, seconds(59));  // counted from the write
  clock().Advance(seconds(59) + milliseconds(500));
  EXPECT_EQ(sessions.Authenticate(issued->token, "web").error().code, ErrorCode::kUnauthenticated);
}

TEST_P(SessionTimeoutsTest, R44AbsoluteTimeoutEndsASessionThatIsInConstantUse) {
  SessionSettings settings;
  settings.idle_timeout = seconds(10);
  settings.absolute_timeout = seconds(3);
  SessionService sessions = Sessions(settings);
  auto issued = sessions.SignIn("sam.worker", kPassword, "web", "10.0.0.1");
  ASSERT_TRUE(issued.ok());
  EXPECT_EQ(sessions.Times(issued->token)->absolute_left, seconds(3));

  for (int i = 0; i < 2; ++i) {
    clock().Advance(seconds(1));
    CR_ASSERT_OK(sessions.Authenticate(issued->token, "web"));  // in use every second
  }
  clock().Advance(seconds(1) - kTick);
  CR_ASSERT_OK(sessions.Authenticate(issued->token, "web"));  // one tick before the absolute timeout

  clock().Advance(kTick);  // three seconds after sign-in
  auto page = sessions.Authenticate(issued->token, "web");
  ASSERT_FALSE(page.ok()) << "the absolute timeout ends a session in constant use";
  EXPECT_EQ(page.error().code, ErrorCode::kUnauthenticated);
  EXPECT_TRUE(Mentions(page.error(), "timed out")) << page.error().message;
}

CHILDRECORD_INSTANTIATE_BACKENDS(SessionTimeoutsTest);

}  // namespace
}  // namespace childrecord::testing
