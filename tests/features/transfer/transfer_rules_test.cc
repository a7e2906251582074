// R17: "When adoption is the plan: transfer of a copy of all or part of the record to another
// adoption agency, with a written record of the transfer." Table tests of the written record.
#include "features/transfer/transfer_rules.h"

#include <gtest/gtest.h>

#include "core/time_format.h"

namespace childrecord {
namespace {

const TimePoint kNow = *ParseRfc3339("2026-11-24T12:00:00Z");

Json Good() {
  return Json{{"agency", " Northern Adoption Agency "},
              {"agency_contact", "Jo Smith"},
              {"sent_on", "2026-11-23"},
              {"method", "secure_email"},
              {"parts", {"entries", "identity"}},
              {"entries_from", "2026-01-01"},
              {"reason", "Adoption is the plan: the child is to be placed through Northern Adoption Agency"}};
}

TEST(RecordTransferR17, BuildsTheWrittenRecord) {
  auto payload = BuildRecordTransferred(Good(), "child-1", "transfer-1", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["transfer_id"], "transfer-1");
  EXPECT_EQ((*payload)["child_id"], "child-1");
  EXPECT_EQ((*payload)["agency"], "Northern Adoption Agency");
  EXPECT_EQ((*payload)["agency_contact"], "Jo Smith");
  EXPECT_EQ((*payload)["sent_on"], "2026-11-23");
  EXPECT_EQ((*payload)["method"], "secure_email");
  // Parts come out in the record's order whatever order they were chosen in.
  EXPECT_EQ((*payload)["parts"], Json({"identity", "entries"}));
  EXPECT_EQ((*payload)["entries_from"], "2026-01-01");
  EXPECT_TRUE((*payload)["entries_to"].is_null());
}

TEST(RecordTransferR17, OptionalFieldsAreNull) {
  Json input = Good();
  input.erase("agency_contact");
  input.erase("entries_from");
  input["parts"] = {"overview"};
  auto payload = BuildRecordTransferred(input, "child-1", "transfer-1", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_TRUE((*payload)["agency_contact"].is_null());
  EXPECT_TRUE((*payload)["entries_from"].is_null());
}

struct BadCase {
  const char* what;
  Json change;  // merged over Good(); a null member is removed
  const char* field;
};

TEST(RecordTransferR17, BadInputNamesTheField) {
  const std::vector<BadCase> cases = {
      {"agency missing", {{"agency", nullptr}}, "agency"},
      {"agency blank", {{"agency", "  "}}, "agency"},
      {"sent_on missing", {{"sent_on", nullptr}}, "sent_on"},
      {"sent_on not a date", {{"sent_on", "2026-02-30"}}, "sent_on"},
      {"sent_on in the future", {{"sent_on", "2026-11-26"}}, "sent_on"},
      {"method missing", {{"method", nullptr}}, "method"},
      {"method unknown", {{"method", "fax"}}, "method"},
      {"parts missing", {{"parts", nullptr}}, "parts"},
      {"parts empty", {{"parts", Json::array()}}, "parts"},
      {"parts not a list", {{"parts", "identity"}}, "parts"},
      {"part unknown", {{"parts", {"identity", "health"}}}, "parts[1]"},
      {"part duplicated", {{"parts", {"entries", "identity", "entries"}}}, "parts[2]"},
      {"part not text", {{"parts", {1}}}, "parts[0]"},
      {"entries_from not a date", {{"entries_from", "01/01/2026"}}, "entries_from"},
      {"entries_to before entries_from", {{"entries_to", "2025-12-31"}}, "entries_to"},
      {"entry dates without entries", {{"parts", {"identity"}}}, "entries_from"},
      {"entries_to without entries",
       {{"parts", {"identity"}}, {"entries_from", nullptr}, {"entries_to", "2026-02-01"}},
       "entries_to"},
      {"reason missing", {{"reason", nullptr}}, "reason"},
      {"reason blank", {{"reason", ""}}, "reason"},
  };
  for (const BadCase& c : cases) {
    Json input = Good();
    for (const auto& [key, value] : c.change.items()) {
      if (value.is_null()) {
        input.erase(key);
      } else {
        input[key] = value;
      }
    }
    auto payload = BuildRecordTransferred(input, "child-1", "transfer-1", kNow);
    ASSERT_FALSE(payload.ok()) << c.what;
    EXPECT_EQ(payload.error().field, c.field) << c.what << ": " << payload.error().message;
    EXPECT_FALSE(payload.error().message.empty()) << c.what;
  }
}

TEST(RecordTransferR17, ReportsEveryFieldErrorAtOnce) {
  Json input = Good();
  input.erase("agency");
  input["sent_on"] = "2026-11-26";  // in the future
  input["parts"] = Json::array();
  input["reason"] = "";
  auto payload = BuildRecordTransferred(input, "child-1", "transfer-1", kNow);
  ASSERT_FALSE(payload.ok());
  std::vector<std::string> fields;
  for (const Error& e : payload.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"agency", "sent_on", "parts", "reason"}));
}

TEST(RecordTransferR17, EveryPartAndMethodHasALabel) {
  for (const auto& part : TransferParts()) EXPECT_NE(TransferPartLabel(part), part);
  for (const auto& method : TransferMethods()) EXPECT_NE(TransferMethodLabel(method), method);
}

// R17: the copy holds what was on the record when it was sent: an entry written up after the
// day the copy was sent is not in it, however early it happened; the dates given still bound it.
TEST(TransferCopyR17, EntriesRecordedAfterTheTransfersDateAreNotInTheCopy) {
  const Date sent_on = *ParseIsoDate("2026-11-20");
  const TimePoint transfer_recorded = kNow;  // recorded four days after it was sent
  const auto at = [](const char* t) { return *ParseRfc3339(t); };
  EXPECT_TRUE(EntryWasSent(at("2026-11-19T10:00:00Z"), at("2026-11-20T16:00:00Z"), sent_on, transfer_recorded,
                           std::nullopt, std::nullopt));
  EXPECT_FALSE(EntryWasSent(at("2026-11-19T10:00:00Z"), at("2026-11-21T09:00:00Z"), sent_on, transfer_recorded,
                            std::nullopt, std::nullopt))
      << "written up the day after the copy was sent";
  EXPECT_FALSE(EntryWasSent(at("2026-11-10T10:00:00Z"), at("2026-11-24T13:00:00Z"), *ParseIsoDate("2026-11-25"),
                            transfer_recorded, std::nullopt, std::nullopt))
      << "written up after the transfer was recorded";
  EXPECT_FALSE(EntryWasSent(at("2026-01-01T10:00:00Z"), at("2026-01-01T11:00:00Z"), sent_on, transfer_recorded,
                            *ParseIsoDate("2026-02-01"), std::nullopt))
      << "before the first date sent";
  // London's day: 23:30 UTC on 20 November in summer time would be the 21st; in November it is the 20th.
  EXPECT_TRUE(EntryWasSent(at("2026-11-19T10:00:00Z"), at("2026-11-20T23:30:00Z"), sent_on, transfer_recorded,
                           std::nullopt, *ParseIsoDate("2026-11-19")));
}

}  // namespace
}  // namespace childrecord
