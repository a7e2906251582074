#include "record/commands.h"

#include <gtest/gtest.h>

#include "core/time_format.h"

namespace childrecord {
namespace {

const TimePoint kNow = *ParseRfc3339("2026-11-24T12:00:00Z");

Json Referral() {
  return Json{{"full_name", "  Amelia Jones "},
              {"date_of_birth", "2015-03-27"},
              {"team_id", "team-1"},
              {"referral", {{"received_on", "2026-11-20"}, {"source", "School"}, {"reason", "Worried about Amelia"}}}};
}

// R1: a record opens when a referral is accepted; the referral is part of it.
TEST(OpenRecordR1, BuildsThePayloadTrimmed) {
  auto payload = BuildRecordOpened(Referral(), "child-1", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["full_name"], "Amelia Jones");
  EXPECT_EQ((*payload)["referral"]["source"], "School");
  EXPECT_TRUE((*payload)["allocated_worker_id"].is_null());
}

TEST(OpenRecordR1, NamesTheFieldToFix) {
  struct Case {
    std::function<void(Json&)> change;
    std::string field;
  };
  std::vector<Case> cases = {
      {[](Json& j) { j.erase("full_name"); }, "full_name"},
      {[](Json& j) { j["full_name"] = "   "; }, "full_name"},
      {[](Json& j) { j["full_name"] = 7; }, "full_name"},
      {[](Json& j) { j["date_of_birth"] = "2015-02-30"; }, "date_of_birth"},
      {[](Json& j) { j["date_of_birth"] = "2027-01-01"; }, "date_of_birth"},
      {[](Json& j) { j.erase("team_id"); }, "team_id"},
      {[](Json& j) { j.erase("referral"); }, "referral"},
      {[](Json& j) { j["referral"]["received_on"] = "yesterday"; }, "referral.received_on"},
      {[](Json& j) { j["referral"]["received_on"] = "2026-12-01"; }, "referral.received_on"},
      {[](Json& j) { j["referral"].erase("reason"); }, "referral.reason"},
  };
  for (const auto& c : cases) {
    Json input = Referral();
    c.change(input);
    auto result = BuildRecordOpened(input, "child-1", kNow);
    ASSERT_FALSE(result.ok()) << c.field;
    EXPECT_EQ(result.error().code, ErrorCode::kValidation);
    EXPECT_EQ(result.error().field, c.field);
    EXPECT_FALSE(result.error().message.empty());
  }
}

Json Entry() {
  return Json{{"kind", "visit"}, {"occurred_at", "2026-11-24T09:30:00Z"}, {"title", "Home visit"},
              {"body", "Amelia showed me her drawings."}};
}

// R15/R21: entries say what happened and when; R26: who was involved is kept.
TEST(RecordEntryR21, BuildsThePayload) {
  auto payload = BuildEntryRecorded(Entry(), "child-1", "entry-1", "worker-1", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["occurred_at"], "2026-11-24T09:30:00.000000Z");
  EXPECT_EQ((*payload)["practitioner_id"], "worker-1");
  EXPECT_EQ((*payload)["significant"], false);
}

TEST(RecordEntryR21, RefusesFutureTimesUnknownKindsAndBlankText) {
  auto with = [](const char* key, Json value) {
    Json j = Entry();
    j[key] = std::move(value);
    return j;
  };
  EXPECT_EQ(BuildEntryRecorded(with("occurred_at", "2026-11-25T09:00:00Z"), "c", "e", "w", kNow).error().field,
            "occurred_at");
  EXPECT_EQ(BuildEntryRecorded(with("occurred_at", "24/11/2026"), "c", "e", "w", kNow).error().field, "occurred_at");
  EXPECT_EQ(BuildEntryRecorded(with("kind", "gossip"), "c", "e", "w", kNow).error().field, "kind");
  EXPECT_EQ(BuildEntryRecorded(with("body", ""), "c", "e", "w", kNow).error().field, "body");
  EXPECT_EQ(BuildEntryRecorded(with("significant", "yes"), "c", "e", "w", kNow).error().field, "significant");
}

// R16: what comes from an adoption, foster carer or children's home record is added to the child's
// record as an entry of its own kind, so it stays distinguishable from first-hand recording.
TEST(RecordEntryR16, InformationFromAnotherRecordIsItsOwnKindOfEntry) {
  Json input = Entry();
  input["kind"] = "information_from_another_record";
  input["title"] = "From the foster carers' daily log";
  auto payload = BuildEntryRecorded(input, "child-1", "entry-1", "worker-1", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["kind"], "information_from_another_record");
  EXPECT_EQ(EntryKindLabel("information_from_another_record"), "Information from another record");
}

TEST(RecordEntry, KindLabelsReadNaturally) {
  EXPECT_EQ(EntryKindLabel("phone_call"), "Phone call");
  EXPECT_EQ(EntryKindLabel("childs_contribution"), "Child's contribution");
}

}  // namespace
}  // namespace childrecord
