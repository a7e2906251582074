// R40 and SPEC §4 in the store, on both backends: the home page's lists read what the record
// holds: a practitioner's open records with the latest home visit, the late entries they wrote
// this week (R28) and their team's, the records opened since a time and each team's counts.
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/entries/entries_events.h"
#include "features/home/home_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class HomeStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Home County Council", 0);
  }

  TimePoint Record(const std::string& kind, std::chrono::hours ago) {
    const TimePoint occurred = clock().Now() - ago;
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kEntryRecorded, payloads::EntryRecorded(NewId(), r_.child_id, r_.worker_id, occurred, "A note",
                                                                 "What happened", kind)}});
    return occurred;
  }

  SeededRecord r_;
};

TEST_P(HomeStoreTest, APractitionersChildrenWithTheLatestHomeVisit_R40) {
  HomeRepository home(store());
  auto before = home.AllocatedTo(r_.tenant.id, r_.worker_id, r_.worker_id, 20);
  ASSERT_TRUE(before.ok()) << before.error().message;
  ASSERT_EQ(before->size(), 1u);
  EXPECT_TRUE((*before)[0].last_visit_at.empty());  // "No visit recorded"

  clock().Advance(std::chrono::hours(100));
  const TimePoint visit = Record("visit", std::chrono::hours(30));
  Record("phone_call", std::chrono::hours(2));  // later, but not a visit
  auto after = home.AllocatedTo(r_.tenant.id, r_.worker_id, r_.worker_id, 20);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].id, r_.child_id);
  EXPECT_EQ(ParseRfc3339((*after)[0].last_visit_at), visit);
  EXPECT_EQ(*home.CountAllocatedTo(r_.tenant.id, r_.worker_id), 1);
  EXPECT_EQ(*home.CountAllocatedTo(r_.tenant.id, "someone-else"), 0);
}

TEST_P(HomeStoreTest, LateEntriesOfTheWeekByTheirAuthorAndTheirTeam_R28) {
  clock().Advance(std::chrono::hours(100));
  Record("visit", std::chrono::hours(30));      // written up 30 hours later: late
  Record("phone_call", std::chrono::hours(2));  // on time
  HomeRepository home(store());
  const std::string week_ago = FormatUtc(clock().Now() - std::chrono::days(7));
  auto mine = home.LateBy(r_.tenant.id, r_.worker_id, week_ago, r_.worker_id, 20);
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].kind, "visit");
  EXPECT_EQ((*mine)[0].child_id, r_.child_id);
  auto team = home.LateInTeam(r_.tenant.id, r_.team_id, week_ago, r_.worker_id, 20);
  ASSERT_TRUE(team.ok()) << team.error().message;
  EXPECT_EQ(team->size(), 1u);
  // Recorded before the window: not this week's.
  auto later =
      home.LateBy(r_.tenant.id, r_.worker_id, FormatUtc(clock().Now() + std::chrono::hours(1)), r_.worker_id, 20);
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->empty());
}

TEST_P(HomeStoreTest, RecordsOpenedSinceATimeAndEachTeamsCounts_R40) {
  HomeRepository home(store());
  auto today = home.OpenedSince(r_.tenant.id, FormatUtc(clock().Now() - std::chrono::hours(1)), "", 20);
  ASSERT_TRUE(today.ok()) << today.error().message;
  ASSERT_EQ(today->size(), 1u);
  EXPECT_EQ((*today)[0].id, r_.child_id);
  auto none = home.OpenedSince(r_.tenant.id, FormatUtc(clock().Now() + std::chrono::hours(1)), "", 20);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());

  auto teams = home.TeamCounts(r_.tenant.id, r_.team_id);
  ASSERT_TRUE(teams.ok()) << teams.error().message;
  ASSERT_EQ(teams->size(), 1u);
  EXPECT_EQ((*teams)[0].open_records, 1);
  EXPECT_EQ((*teams)[0].unallocated, 0);
  auto locked = home.LockedAccounts(r_.tenant.id, FormatUtc(clock().Now()));
  ASSERT_TRUE(locked.ok()) << locked.error().message;
  EXPECT_EQ(*locked, 0);
}

CHILDRECORD_INSTANTIATE_BACKENDS(HomeStoreTest);

}  // namespace
}  // namespace childrecord::testing
