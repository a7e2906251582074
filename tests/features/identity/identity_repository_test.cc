// R2 identity history and R4/R8 living arrangements in the store, on both backends: the dated
// history is kept, the children row shows the identity in force today (a back-dated correction
// recorded later never overwrites a later change), the children search finds a new name, and
// verify replays it all from the journal.
#include "features/identity/identity_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/identity/identity_events.h"
#include "features/identity/identity_rules.h"
#include "features/people/household_rules.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class IdentityStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Identity County Council", 0);  // Amara Okafor, born 2015-03-14
  }

  void Change(const Json& input) {
    auto payload = BuildIdentityChanged(input, r_.child_id, clock().Now());
    ASSERT_TRUE(payload.ok()) << payload.error().message;
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kIdentityChanged, *payload}});
  }

  void Live(const Json& input) {
    auto payload = BuildLivingArrangement(input, r_.child_id, clock().Now());
    ASSERT_TRUE(payload.ok()) << payload.error().message;
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kLivingArrangementRecorded, *payload}});
  }

  ChildIdentityRow Row() {
    auto row = IdentityRepository(store()).ChildIdentity(r_.tenant.id, r_.child_id);
    EXPECT_TRUE(row.ok());
    return row.ok() ? *row : ChildIdentityRow{};
  }

  std::vector<Json> Payloads() {
    std::vector<Json> out;
    auto history = IdentityRepository(store()).IdentityHistory(r_.tenant.id, r_.child_id);
    EXPECT_TRUE(history.ok());
    for (const auto& h : *history) {
      out.push_back(Json{{"effective_from", h.effective_from}, {"changes", Json::parse(h.changes)}});
    }
    return out;
  }

  SeededRecord r_;
};

Date D(const char* iso) { return *ParseIsoDate(iso); }

TEST_P(IdentityStoreTest, HistoryIsKeptAndTheRowShowsTheIdentityInForce_R2) {
  Change({{"effective_from", "2015-03-14"},
          {"reason", "Birth certificate seen"},
          {"changes",
           {{"full_name",
             {{"value", "Amara Okafor"},
              {"evidence", "birth certificate seen"},
              {"evidenced_by", "Sam Worker"},
              {"evidenced_on", "2026-11-20"}}},
            {"nhs_number", {{"value", "943 476 5919"}}},
            {"upn", {{"value", "B801200005001"}}}}}});
  clock().Advance(std::chrono::hours(1));
  Change({{"effective_from", "2024-06-01"},
          {"reason", "Adoption order made"},
          {"changes", {{"full_name", {{"value", "Amara Bell"}}}, {"other_names", {{"value", {"Amara Okafor"}}}}}}});

  ChildIdentityRow row = Row();
  EXPECT_EQ(row.full_name, "Amara Bell");
  EXPECT_EQ(row.opened_full_name, "Amara Okafor");
  EXPECT_EQ(row.nhs_number, "9434765919");
  EXPECT_EQ(row.upn, "B801200005001");
  EXPECT_EQ(row.other_names, R"(["Amara Okafor"])");
  EXPECT_FALSE(row.local_child_id.empty());

  auto history = IdentityRepository(store()).IdentityHistory(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].effective_from, "2015-03-14");
  EXPECT_EQ((*history)[0].reason, "Birth certificate seen");
  EXPECT_EQ((*history)[0].recorded_by_name, "Sam Worker");
  EXPECT_EQ((*history)[1].reason, "Adoption order made");

  // As at a date before the adoption: the old name; after it: the new one.
  EXPECT_EQ(IdentityAsAt(Payloads(), D("2020-01-01")).Text("full_name"), "Amara Okafor");
  EXPECT_EQ(IdentityAsAt(Payloads(), D("2024-06-01")).Text("full_name"), "Amara Bell");

  // The children search finds the new name and no longer the old surname.
  auto found = ChildRepository(store()).SearchChildren(r_.tenant.id, "bell", 10, "", "");
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->items.size(), 1u);
  EXPECT_EQ(found->items[0].full_name, "Amara Bell");
  EXPECT_TRUE(ChildRepository(store()).SearchChildren(r_.tenant.id, "okafor", 10, "", "")->items.empty());

  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(IdentityStoreTest, BackDatedCorrectionDoesNotOverwriteALaterChange_R2) {
  Change({{"effective_from", "2024-06-01"}, {"changes", {{"full_name", {{"value", "Amara Bell"}}}}}});
  clock().Advance(std::chrono::hours(1));
  // Recorded later, but true from an earlier date: a spelling correction of the birth name.
  Change({{"effective_from", "2015-03-14"},
          {"reason", "Spelling corrected"},
          {"changes", {{"full_name", {{"value", "Amarah Okafor"}}}, {"date_of_birth", {{"value", "2015-03-15"}}}}}});

  ChildIdentityRow row = Row();
  EXPECT_EQ(row.full_name, "Amara Bell") << "the later change stays in force";
  EXPECT_EQ(row.date_of_birth, "2015-03-15") << "a detail the later change did not touch is corrected";
  EXPECT_EQ(IdentityAsAt(Payloads(), D("2020-01-01")).Text("full_name"), "Amarah Okafor");
  EXPECT_EQ(IdentityAsAt(Payloads(), D("2025-01-01")).Text("full_name"), "Amara Bell");

  // The same date twice: the later recorded wins, in the row as in IdentityAsAt.
  clock().Advance(std::chrono::hours(1));
  Change({{"effective_from", "2024-06-01"}, {"changes", {{"full_name", {{"value", "Amara Belle"}}}}}});
  EXPECT_EQ(Row().full_name, "Amara Belle");
  EXPECT_EQ(IdentityAsAt(Payloads(), D("2026-01-01")).Text("full_name"), "Amara Belle");

  // A cleared NHS number clears the row's column.
  Change({{"effective_from", "2025-01-01"}, {"changes", {{"nhs_number", {{"value", "9434765919"}}}}}});
  EXPECT_EQ(Row().nhs_number, "9434765919");
  Change({{"effective_from", "2025-02-01"}, {"changes", {{"nhs_number", {{"value", nullptr}}}}}});
  EXPECT_EQ(Row().nhs_number, "");

  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(IdentityStoreTest, VerifyCatchesATamperedCurrentName_R2) {
  Change({{"effective_from", "2024-06-01"}, {"changes", {{"full_name", {{"value", "Amara Bell"}}}}}});
  auto changed = RawQuery("UPDATE children SET full_name = ? WHERE tenant_id = ? AND id = ? RETURNING id",
                          {std::string("Someone Else"), r_.tenant.id, r_.child_id});
  ASSERT_TRUE(changed.ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, ::testing::HasSubstr("full_name"));
}

TEST_P(IdentityStoreTest, LivingArrangementsAreKeptWithTheirOrders_R4_R8) {
  Live({{"effective_from", "2020-01-01"}, {"place_kind", "home"}, {"legal_status", "no_order"}});
  clock().Advance(std::chrono::hours(1));
  Live({{"effective_from", "2025-05-02"},
        {"place_kind", "foster_care"},
        {"place", "Mr and Mrs Patel, Headingley"},
        {"with_whom", "Priya and Raj Patel"},
        {"legal_status", "interim_care_order"},
        {"order",
         {{"made_on", "2025-05-01"},
          {"court", "Family Court at Leeds"},
          {"document_id", "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e"}}},
        {"provider_name", "Brighter Futures Fostering"}});
  auto rows = IdentityRepository(store()).LivingArrangements(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].place_kind, "home");
  EXPECT_EQ((*rows)[0].place, "");
  EXPECT_EQ((*rows)[1].legal_status, "interim_care_order");
  EXPECT_EQ((*rows)[1].order_court, "Family Court at Leeds");
  EXPECT_EQ((*rows)[1].order_made_on, "2025-05-01");
  EXPECT_EQ((*rows)[1].order_document_id, "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");
  EXPECT_EQ((*rows)[1].provider_name, "Brighter Futures Fostering");
  EXPECT_EQ((*rows)[1].recorded_by_name, "Sam Worker");
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

CHILDRECORD_INSTANTIATE_BACKENDS(IdentityStoreTest);

}  // namespace
}  // namespace childrecord::testing
