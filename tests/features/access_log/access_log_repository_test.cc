// The access log as the audit views list it (SPEC §2 principle 5, §4): by user, child, dates and
// stated reason, newest first, in pages. Every test runs on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/access_log/access_log_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class AccessLogRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Access Log County Council", 1);
  }

  AccessLogEntry MustLog(const std::string& action, const std::string& reason = "",
                         const std::string& user = "") {
    auto e = store().AppendAccessLog(r_.tenant.id, NewAccessLogEntry{user.empty() ? r_.worker_id : user,
                                                                      r_.child_id, action, "", "192.0.2.1", reason,
                                                                      "allowed"});
    EXPECT_TRUE(e.ok()) << e.error().message;
    return e.ok() ? *e : AccessLogEntry{};
  }

  SeededRecord r_;
};

TEST_P(AccessLogRepositoryTest, ListsByUserChildDatesAndReasonNewestFirstInPages_Principle5) {
  const std::string other = NewId();
  MustLog("child.read", "", other);
  clock().Advance(std::chrono::hours(48));
  MustLog("child.read", "Covering the duty desk");
  MustLog("child.people");
  AccessLogRepository log(store());
  auto all = log.List(r_.tenant.id, {}, 2, "");
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->items.size(), 2u);
  EXPECT_EQ(all->items[0].entry.seq, 3);
  EXPECT_EQ(all->items[0].child_name, "Amara Okafor");
  ASSERT_FALSE(all->next.empty());
  auto rest = log.List(r_.tenant.id, {}, 2, all->next);
  ASSERT_TRUE(rest.ok());
  ASSERT_EQ(rest->items.size(), 1u);
  EXPECT_EQ(rest->items[0].entry.seq, 1);
  EXPECT_TRUE(rest->next.empty());

  AccessLogFilter by_user;
  by_user.user_id = other;
  EXPECT_EQ(log.List(r_.tenant.id, by_user, 50, "")->items.size(), 1u);
  AccessLogFilter reasons;
  reasons.with_reason_only = true;
  auto with_reason = log.List(r_.tenant.id, reasons, 50, "");
  ASSERT_EQ(with_reason->items.size(), 1u);
  EXPECT_EQ(with_reason->items[0].entry.reason, "Covering the duty desk");
  AccessLogFilter recent;
  recent.from = FormatUtc(TestEpoch() + std::chrono::hours(24));
  EXPECT_EQ(log.List(r_.tenant.id, recent, 50, "")->items.size(), 2u);
  AccessLogFilter early;
  early.before = FormatUtc(TestEpoch() + std::chrono::hours(24));
  EXPECT_EQ(log.List(r_.tenant.id, early, 50, "")->items.size(), 1u);
  AccessLogFilter team;
  team.team_id = NewId();
  EXPECT_EQ(log.List(r_.tenant.id, team, 50, "")->items.size(), 0u);
  auto bad = log.List(r_.tenant.id, {}, 50, "not-a-cursor");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kBadRequest);
}

CHILDRECORD_INSTANTIATE_BACKENDS(AccessLogRepositoryTest);

}  // namespace
}  // namespace childrecord::testing
