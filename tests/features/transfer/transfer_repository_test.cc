// R17 in the store, on both backends: the written records of transfers to an adoption agency are
// projected from the journal, listed newest first, read one at a time, and verify replays them.
#include <gtest/gtest.h>

#include "features/transfer/transfer_events.h"
#include "features/transfer/transfer_repository.h"
#include "features/transfer/transfer_rules.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class TransferStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Transfer County Council", 0);
  }

  void Transfer(const std::string& id, const Json& input) {
    auto payload = BuildRecordTransferred(input, r_.child_id, id, clock().Now());
    ASSERT_TRUE(payload.ok()) << payload.error().message;
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kChildRecordTransferred, *payload}});
  }

  SeededRecord r_;
};

TEST_P(TransferStoreTest, TransfersAreListedNewestFirstAndVerify_R17) {
  Transfer("transfer-1", {{"agency", "Northern Adoption Agency"},
                          {"sent_on", "2026-01-10"},
                          {"method", "courier"},
                          {"parts", {"entries", "identity"}},
                          {"entries_from", "2025-06-01"},
                          {"entries_to", "2025-12-31"},
                          {"reason", "Adoption is the plan"}});
  clock().Advance(std::chrono::hours(1));
  Transfer("transfer-2", {{"agency", "Southern Adoption Agency"},
                          {"agency_contact", "Jo Smith"},
                          {"sent_on", "2026-01-11"},
                          {"method", "secure_email"},
                          {"parts", {"overview"}},
                          {"reason", "Adoption is the plan: a second agency"}});
  auto list = TransferRepository(store()).List(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, "transfer-2");
  EXPECT_EQ((*list)[0].agency_contact, "Jo Smith");
  EXPECT_EQ((*list)[1].id, "transfer-1");
  EXPECT_EQ((*list)[1].parts, R"(["identity","entries"])");
  EXPECT_EQ((*list)[1].entries_from, "2025-06-01");
  EXPECT_EQ((*list)[1].entries_to, "2025-12-31");
  EXPECT_TRUE((*list)[1].agency_contact.empty());
  EXPECT_EQ((*list)[1].recorded_by, r_.worker_id);

  auto one = TransferRepository(store()).Get(r_.tenant.id, "transfer-1");
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->agency, "Northern Adoption Agency");
  EXPECT_EQ(one->method, "courier");
  EXPECT_EQ(TransferRepository(store()).Get(r_.tenant.id, "no-such").error().code, ErrorCode::kNotFound);

  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

CHILDRECORD_INSTANTIATE_BACKENDS(TransferStoreTest);

}  // namespace
}  // namespace childrecord::testing
