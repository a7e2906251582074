// England's working days (core/working_days.h): the timescales of R20 (an assessment within 45
// working days of the referral) and R24 (a child in care's first review within 20 working days)
// count them. Cases: cases/working_days.txt, with the council's data file.
#include "core/working_days.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/source_root.h"
#include "record/case_file.h"
#include "record/repository_calendar.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::RepositoryCalendar;
using testing::SplitFirst;

Date Day(const std::string& text) {
  auto day = ParseIsoDate(text);
  EXPECT_TRUE(day.has_value()) << text;
  return day.value_or(Date{});
}

TEST(WorkingDaysTest, R20R24CasesFromWorkingDaysTxt) {
  const WorkingDayCalendar& calendar = RepositoryCalendar();
  ASSERT_GE(calendar.LastListedYear(), 2028);
  const std::string file = "working_days.txt";
  auto lines = ReadCaseFile(file, "tests/core/cases/");
  int count = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.rfind("= ", 0) == 0) << At(file, expect);
    const std::string expected = expect.text.substr(2);
    auto [verb, rest] = SplitFirst(line.text);
    auto [first, second] = SplitFirst(rest);
    ++count;
    if (verb == "working") {
      EXPECT_EQ(calendar.IsWorkingDay(Day(rest)) ? "yes" : "no", expected) << At(file, line);
    } else if (verb == "add") {
      EXPECT_EQ(FormatIsoDate(calendar.AddWorkingDays(Day(first), std::stoi(second))), expected) << At(file, line);
    } else if (verb == "between") {
      EXPECT_EQ(std::to_string(calendar.WorkingDaysBetween(Day(first), Day(second))), expected) << At(file, line);
    } else {
      ADD_FAILURE() << At(file, line) << " unknown verb '" << verb << "'";
    }
  }
  EXPECT_GE(count, 15);
}

TEST(WorkingDaysTest, EveryBadLineOfTheFileIsNamedAtOnce) {
  auto parsed =
      ParseWorkingDayCalendar("# header\n2026-12-25\tChristmas Day\n25/12/2026\tChristmas\n\n2026-02-30\tNo such day\n",
                              "bank-holidays-england.tsv");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("line 3"), std::string::npos) << parsed.error().message;
  EXPECT_NE(parsed.error().message.find("line 5"), std::string::npos) << parsed.error().message;
}

TEST(WorkingDaysTest, CrlfAndAByteOrderMarkAreAccepted) {
  auto parsed = ParseWorkingDayCalendar("\xEF\xBB\xBF# from a spreadsheet\r\n2026-12-25\tChristmas Day\r\n", "f.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_FALSE(parsed->IsWorkingDay(Day("2026-12-25")));
}

}  // namespace
}  // namespace childrecord
