// R2, R3, R4 and R18 (key changes): the identity, living arrangement and home "as at" a date, from
// cases/as_at.txt.
#include <gtest/gtest.h>

#include "core/time_format.h"
#include "features/identity/identity_rules.h"
#include "features/people/household_rules.h"
#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::CaseLine;
using testing::ReadCaseFile;
using testing::SplitFirst;
using testing::Words;

constexpr char kCases[] = "tests/features/identity/cases/";

const TimePoint kNow = *ParseRfc3339("2026-11-24T12:00:00Z");

// R2, R3, R4: identity, living arrangement and home periods "as at" past dates.
TEST(AsAtR2R3R4, CasesFromFile) {
  const std::string file = "as_at.txt";
  std::vector<Json> identity_history, living_history;
  std::vector<HomePeriod> periods;
  int checks = 0;
  for (const CaseLine& line : ReadCaseFile(file, kCases)) {
    auto [verb, rest] = SplitFirst(line.text);
    if (verb == "case") {
      identity_history.clear();
      living_history.clear();
      periods.clear();
    } else if (verb == "identity" || verb == "living") {
      auto input = ParseJson(rest);
      ASSERT_TRUE(input.ok()) << At(file, line);
      auto payload = verb == "identity" ? BuildIdentityChanged(*input, "child-1", kNow)
                                        : BuildLivingArrangement(*input, "child-1", kNow);
      ASSERT_TRUE(payload.ok()) << At(file, line) << ": " << payload.error().field << ": " << payload.error().message;
      (verb == "identity" ? identity_history : living_history).push_back(*payload);
    } else if (verb == "as_at") {
      auto [date_text, assertion] = SplitFirst(rest);
      auto date = ParseIsoDate(date_text);
      ASSERT_TRUE(date) << At(file, line);
      const auto eq = assertion.find(" =");
      ASSERT_NE(eq, std::string::npos) << At(file, line);
      const std::string field = assertion.substr(0, eq);
      std::string want = assertion.substr(eq + 2);
      want.erase(0, want.find_first_not_of(' '));
      std::string got;
      if (field.rfind("living.", 0) == 0) {
        auto arrangement = LivingArrangementAsAt(living_history, *date);
        const std::string key = field.substr(7);
        if (arrangement && arrangement->contains(key) && (*arrangement)[key].is_string()) {
          got = (*arrangement)[key].get<std::string>();
        }
      } else {
        got = IdentityAsAt(identity_history, *date).Text(field);
      }
      EXPECT_EQ(got, want) << At(file, line);
      ++checks;
    } else if (verb == "move") {
      auto words = Words(rest);
      ASSERT_EQ(words.size(), 3u) << At(file, line);
      auto on = ParseIsoDate(words[1]);
      ASSERT_TRUE(on) << At(file, line);
      auto moved = ApplyHomeMove(periods, words[0], *on, "visit.key_changes[0]");
      if (words[2] == "ok") {
        ASSERT_TRUE(moved.ok()) << At(file, line) << ": " << moved.error().message;
        periods = *moved;
        EXPECT_TRUE(CheckHomePeriods(periods, "home_periods").ok()) << At(file, line);
        // The stored form reads back the same.
        EXPECT_EQ(HomePeriodsToJson(HomePeriodsFromJson(HomePeriodsToJson(periods))), HomePeriodsToJson(periods));
      } else {
        ASSERT_FALSE(moved.ok()) << At(file, line);
        EXPECT_EQ(moved.error().field, "visit.key_changes[0]") << At(file, line);
      }
      ++checks;
    } else if (verb == "lives") {
      auto words = Words(rest);
      ASSERT_EQ(words.size(), 2u) << At(file, line);
      auto on = ParseIsoDate(words[0]);
      ASSERT_TRUE(on) << At(file, line);
      EXPECT_EQ(LivesInHomeOn(periods, *on), words[1] == "yes") << At(file, line);
      ++checks;
    } else {
      ADD_FAILURE() << At(file, line) << " (unknown line)";
    }
  }
  EXPECT_GE(checks, 30);
}

// R2: history with payloads that cannot be read is replayed without them.
TEST(AsAtR2, SkipsUnreadablePayloads) {
  std::vector<Json> history = {Json::parse(R"({"effective_from":"2015-01-01","changes":{"full_name":{"value":"A"}}})"),
                               Json::parse(R"({"changes":{"full_name":{"value":"B"}}})"), Json("nonsense"),
                               Json::parse(R"({"effective_from":"2015-02-30","changes":{"full_name":{"value":"C"}}})")};
  EXPECT_EQ(IdentityAsAt(history, *ParseIsoDate("2026-01-01")).Text("full_name"), "A");
}

}  // namespace
}  // namespace childrecord
