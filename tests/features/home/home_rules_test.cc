// R40 and SPEC §4: the home page's time windows are London's day and the last seven days, and it
// counts in words; each role has its own home page.
#include "features/home/home_rules.h"

#include <gtest/gtest.h>

#include "core/time_format.h"

namespace childrecord {
namespace {

TimePoint At(const char* rfc3339) { return *ParseRfc3339(rfc3339); }

TEST(HomeRules, TodayStartsAtMidnightOnLondonsClockInSummer_R40) {
  // 00:30 BST on 2 June is still 1 June in UTC: "today" began at 23:00 UTC.
  const HomeWindows w = HomeWindowsAt(At("2026-06-01T23:30:00Z"));
  EXPECT_EQ(w.today_start, FormatUtc(At("2026-06-01T23:00:00Z")));
  EXPECT_EQ(w.week_start, FormatUtc(At("2026-05-25T23:30:00Z")));
}

TEST(HomeRules, TodayStartsAtMidnightUtcInWinter_R40) {
  const HomeWindows w = HomeWindowsAt(At("2026-12-04T10:15:00Z"));
  EXPECT_EQ(w.today_start, FormatUtc(At("2026-12-04T00:00:00Z")));
  EXPECT_EQ(w.week_start, FormatUtc(At("2026-11-27T10:15:00Z")));
}

TEST(HomeRules, CountsAreInWords) {
  EXPECT_EQ(CountOf(1, "child", "children"), "1 child");
  EXPECT_EQ(CountOf(0, "child", "children"), "0 children");
  EXPECT_EQ(CountOf(15, "open record", "open records"), "15 open records");
}

TEST(HomeRules, EachRoleHasItsHomePage_SPEC4) {
  EXPECT_EQ(HomeKindFor("practitioner"), HomeKind::kPractitioner);
  EXPECT_EQ(HomeKindFor("team_manager"), HomeKind::kTeamManager);
  EXPECT_EQ(HomeKindFor("first_contact"), HomeKind::kFirstContact);
  EXPECT_EQ(HomeKindFor("edt"), HomeKind::kEdt);
  EXPECT_EQ(HomeKindFor("senior_manager"), HomeKind::kSeniorManager);
  for (const char* role : {"records_officer", "data_protection", "auditor"}) {
    EXPECT_EQ(HomeKindFor(role), HomeKind::kAudit) << role;
  }
  EXPECT_EQ(HomeKindFor("admin"), HomeKind::kAdmin);
  EXPECT_EQ(HomeKindFor("someone_new"), HomeKind::kOther);
}

}  // namespace
}  // namespace childrecord
