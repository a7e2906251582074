// R40: the previous worker's read access, decided from the facts and their instant alone (pure):
// reads for 30 days after their allocation ended, never writes, and never a record restricted to
// others.
#include <gtest/gtest.h>

#include "auth/access_policy.h"
#include "core/time_format.h"

namespace childrecord {
namespace {

const TimePoint kEnded = *ParseRfc3339("2026-12-04T10:00:00Z");

UserAccount Sam() {
  UserAccount u;
  u.id = "sam";
  u.role = "practitioner";
  u.team_id = "team-b";
  return u;
}

ChildAccessFacts FactsOnDay(int day) {
  ChildAccessFacts facts{"child-1", "team-a", "ada", false, {}};
  facts.previous_workers.push_back({"sam", kEnded});
  facts.as_of = kEnded + std::chrono::hours(24 * day);
  return facts;
}

TEST(PreviousWorkerAccess, ReadsUntilDay30AndNotAfter_R40) {
  for (int day : {0, 1, 29, 30}) {
    EXPECT_TRUE(IsRecentPreviousWorker(Sam(), FactsOnDay(day))) << "day " << day;
    EXPECT_EQ(DecideRecordAccess(Sam(), AccessAction::kReadEntries, FactsOnDay(day), false), AccessDecision::kAllowed)
        << "day " << day;
  }
  ChildAccessFacts late = FactsOnDay(30);
  late.as_of += std::chrono::seconds(1);
  EXPECT_FALSE(IsRecentPreviousWorker(Sam(), late)) << "a second past 30 days";
  EXPECT_EQ(DecideRecordAccess(Sam(), AccessAction::kReadOverview, FactsOnDay(31), false),
            AccessDecision::kReasonRequired);
}

TEST(PreviousWorkerAccess, NeverWrites_R40) {
  for (AccessAction write : {AccessAction::kRecordEntry, AccessAction::kRecordDecision, AccessAction::kRestrictRecord}) {
    EXPECT_NE(DecideRecordAccess(Sam(), write, FactsOnDay(1), false), AccessDecision::kAllowed)
        << AccessActionName(write);
  }
}

TEST(PreviousWorkerAccess, OnlyThatWorkerAndNotARecordRestrictedToOthers_R40) {
  UserAccount other = Sam();
  other.id = "someone-else";
  EXPECT_FALSE(IsRecentPreviousWorker(other, FactsOnDay(1)));
  ChildAccessFacts restricted = FactsOnDay(1);
  restricted.restricted = true;
  restricted.named_user_ids = {"ada"};
  EXPECT_EQ(DecideRecordAccess(Sam(), AccessAction::kReadEntries, restricted, false), AccessDecision::kHidden);
}

}  // namespace
}  // namespace childrecord
