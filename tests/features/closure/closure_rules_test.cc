// R1: "One record per child, created when a referral is accepted; active until involvement ends;
// a closed record stays readable and is never deleted." R20: a closing summary where appropriate.
// The rules of closing a record and reopening it on a new referral.
#include "features/closure/closure_rules.h"

#include <gtest/gtest.h>

#include "core/time_format.h"

namespace childrecord {
namespace {

// Every date here is derived from this one instant (a Tuesday, London in winter time).
const TimePoint kNow = *ParseRfc3339("2026-11-24T12:00:00Z");
const RecordState kOpen{"open", "2026-03-02", ""};
const RecordState kClosed{"closed", "2026-03-02", "2026-10-01"};

Json Closing() {
  return Json{{"closed_on", "2026-11-20"},
              {"reason", " Needs met: Early Help carries on "},
              {"closing_summary", "School attendance is good."}};
}

Json Referral(const std::string& received_on) {
  return Json{{"referral", {{"received_on", received_on}, {"source", "School nurse"}, {"reason", "Weight loss"}}}};
}

TEST(CloseRecordR1R20, BuildsTheClosureWithItsSummary) {
  auto payload = BuildRecordClosed(Closing(), "child-1", kOpen, kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["child_id"], "child-1");
  EXPECT_EQ((*payload)["closed_on"], "2026-11-20");
  EXPECT_EQ((*payload)["reason"], "Needs met: Early Help carries on");
  EXPECT_EQ((*payload)["closing_summary"], "School attendance is good.");
  // R20: a closed record holds its closing summary, so a closure without one is refused, named.
  Json no_summary = Closing();
  no_summary.erase("closing_summary");
  auto without = BuildRecordClosed(no_summary, "child-1", kOpen, kNow);
  ASSERT_FALSE(without.ok());
  EXPECT_EQ(without.error().field, "closing_summary");
  no_summary["closing_summary"] = "   ";
  EXPECT_FALSE(BuildRecordClosed(no_summary, "child-1", kOpen, kNow).ok()) << "blank is not a summary";
}

TEST(CloseRecordR1, RefusesWhatCannotBeTrue) {
  struct Case {
    const char* field;
    Json value;
    const char* expected_field;
  };
  for (const Case& c : {Case{"closed_on", "2026-11-25", "closed_on"},  // tomorrow
                        Case{"closed_on", "2026-03-01", "closed_on"},  // before the referral
                        Case{"closed_on", "2026-02-30", "closed_on"},  // no such day
                        Case{"reason", "  ", "reason"}}) {
    Json input = Closing();
    input[c.field] = c.value;
    auto payload = BuildRecordClosed(input, "child-1", kOpen, kNow);
    ASSERT_FALSE(payload.ok()) << c.field << " " << c.value;
    EXPECT_EQ(payload.error().code, ErrorCode::kValidation);
    EXPECT_EQ(payload.error().field, c.expected_field);
  }
}

TEST(CloseRecordR1, AClosedRecordIsClosedOnce) {
  auto payload = BuildRecordClosed(Closing(), "child-1", kClosed, kNow);
  ASSERT_FALSE(payload.ok());
  EXPECT_EQ(payload.error().code, ErrorCode::kConflict);
  EXPECT_NE(payload.error().message.find("1 October 2026"), std::string::npos) << payload.error().message;
}

TEST(ReopenRecordR1, ANewReferralReopensAClosedRecord) {
  auto payload = BuildRecordReopened(Referral("2026-11-23"), "child-1", kClosed, kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["referral"]["received_on"], "2026-11-23");
  EXPECT_EQ((*payload)["referral"]["source"], "School nurse");
}

TEST(ReopenRecordR1, RefusesAnOpenRecordAndImpossibleDates) {
  auto open = BuildRecordReopened(Referral("2026-11-23"), "child-1", kOpen, kNow);
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().code, ErrorCode::kConflict) << "one record per child: a referral on an open one is an entry";
  for (const char* day : {"2026-09-30", "2026-11-25"}) {  // before the closure; tomorrow
    auto refused = BuildRecordReopened(Referral(day), "child-1", kClosed, kNow);
    ASSERT_FALSE(refused.ok()) << day;
    EXPECT_EQ(refused.error().field, "referral.received_on") << day;
  }
  auto missing = BuildRecordReopened(Json::object(), "child-1", kClosed, kNow);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "referral");
}

// Every problem of the input at once, in the order of the form, not only the first.
TEST(CloseRecordR1, ReportsEveryFieldErrorAtOnce) {
  auto payload = BuildRecordClosed(Json{{"closed_on", "2026-11-25"}, {"reason", ""}}, "child-1", kOpen, kNow);
  ASSERT_FALSE(payload.ok());
  std::vector<std::string> fields;
  for (const Error& e : payload.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"closed_on", "reason", "closing_summary"}));
}

TEST(ReopenRecordR1, ReportsEveryFieldErrorAtOnce) {
  auto payload = BuildRecordReopened(Json{{"referral", Json::object()}}, "child-1", kClosed, kNow);
  ASSERT_FALSE(payload.ok());
  std::vector<std::string> fields;
  for (const Error& e : payload.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"referral.received_on", "referral.source", "referral.reason"}));
}

}  // namespace
}  // namespace childrecord
