#include "core/time_format.h"

#include <date/date.h>
#include <gtest/gtest.h>

#include <random>

namespace childrecord {
namespace {

TEST(TimeFormat, Rfc3339RoundTripsWithOffsets) {
  auto t = ParseRfc3339("2026-06-01T10:00:00+01:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatUtc(*t), "2026-06-01T09:00:00.000000Z");
  EXPECT_EQ(FormatLondonRfc3339(*t), "2026-06-01T10:00:00+01:00");
  EXPECT_EQ(FormatUtc(*ParseRfc3339("2026-01-05T08:30:00.25Z")), "2026-01-05T08:30:00.250000Z");
}

// FormatUtc writes by hand what date::format("%FT%TZ") writes (docs/journal-format.md: every
// event's hash covers its time in this spelling, so one different digit would break the chain).
TEST(TimeFormat, FormatUtcSpellsAsDateFormat_Principle2) {
  std::mt19937_64 random(20261204);
  std::vector<TimePoint> instants = {
      TimePoint{}, TimePoint{} - std::chrono::microseconds(1), *ParseRfc3339("1999-12-31T23:59:59.999999Z"),
      *ParseRfc3339("2024-02-29T12:00:00.5Z"), *ParseRfc3339("9999-12-31T23:59:59.999999Z")};
  for (int i = 0; i < 20000; ++i) {
    // From about 1900 to 2200, to the microsecond.
    const int64_t span = int64_t{300} * 366 * 86400 * 1000000;
    instants.push_back(TimePoint{std::chrono::microseconds(static_cast<int64_t>(random() % span) - span / 4)});
  }
  for (TimePoint t : instants) EXPECT_EQ(FormatUtc(t), date::format("%FT%TZ", t));
}

TEST(TimeFormat, RejectsMalformedInstants) {
  for (const char* bad : {"", "2026-06-01", "2026-06-01T10:00:00", "2026-02-30T10:00:00Z", "2026-06-01T25:00:00Z",
                          "2026-06-01T10:00:00+1:00", "2026-06-01T10:00:00Zjunk"}) {
    EXPECT_FALSE(ParseRfc3339(bad)) << bad;
  }
}

TEST(TimeFormat, UkDatesUseLondonTime) {
  EXPECT_EQ(FormatUkDate(*ParseIsoDate("2026-11-24")), "24 November 2026");
  // 23:30 UTC on 30 June is already 1 July in London (BST).
  EXPECT_EQ(FormatUkDate(*ParseRfc3339("2026-06-30T23:30:00Z")), "1 July 2026");
  EXPECT_EQ(FormatUkDateTime(*ParseRfc3339("2026-11-24T19:05:00Z")), "24 November 2026 at 7:05pm");
}

TEST(TimeFormat, IsoDatesRejectImpossibleDays) {
  EXPECT_FALSE(ParseIsoDate("2026-02-29"));
  EXPECT_TRUE(ParseIsoDate("2028-02-29"));
  EXPECT_FALSE(ParseIsoDate("24/11/2026"));
}

}  // namespace
}  // namespace childrecord

namespace childrecord {
namespace {

TEST(TimeFormat, LondonWallClockToUtc) {
  EXPECT_EQ(FormatUtc(*LondonLocalToUtc(*ParseIsoDate("2026-06-01"), 10, 30)), "2026-06-01T09:30:00.000000Z");
  EXPECT_EQ(FormatUtc(*LondonLocalToUtc(*ParseIsoDate("2026-11-24"), 10, 30)), "2026-11-24T10:30:00.000000Z");
  // 01:30 on 25 October 2026 happens twice; the earlier (BST) is taken.
  EXPECT_EQ(FormatUtc(*LondonLocalToUtc(*ParseIsoDate("2026-10-25"), 1, 30)), "2026-10-25T00:30:00.000000Z");
  EXPECT_FALSE(LondonLocalToUtc(*ParseIsoDate("2026-06-01"), 24, 0));
}

}  // namespace
}  // namespace childrecord
