// R40 in the store, on both backends: child.allocated moves the record's worker and keeps its
// history; the worker it moved from may read (never write) the record for 30 days after, decided
// from the projected allocations and the clock on each access; the team's workers with their
// caseloads and the team's unallocated records are read by index; verify replays it all.
#include <gtest/gtest.h>

#include "auth/access_policy.h"
#include "core/ids.h"
#include "features/accounts/accounts_events.h"
#include "features/allocation/allocation_events.h"
#include "features/allocation/allocation_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class AllocationStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Allocation County Council", 0);
    ada_ = NewId();
    MustAppend(r_.tenant.id, "system",
               {{events::kUserAdded, payloads::UserAdded(ada_, "ada.worker", "Ada Worker", "practitioner", r_.team_id)}});
    manager_ = NewId();
    MustAppend(r_.tenant.id, "system",
               {{events::kUserAdded,
                 payloads::UserAdded(manager_, "tina.manager", "Tina Manager", "team_manager", r_.team_id)}});
  }

  void Allocate(const std::string& to, const std::string& from) {
    MustAppend(r_.tenant.id, manager_,
               {{events::kChildAllocated, Json{{"child_id", r_.child_id},
                                               {"worker_id", to.empty() ? Json(nullptr) : Json(to)},
                                               {"previous_worker_id", from.empty() ? Json(nullptr) : Json(from)},
                                               {"reason", "Sam is moving to another team"}}}});
  }

  UserAccount User(const std::string& id) {
    UserAccount u;
    u.id = id;
    u.role = "practitioner";
    u.team_id = "another-team";  // not on the record's caseload through the team
    return u;
  }

  AccessDecision Decide(const std::string& user_id, AccessAction action) {
    auto facts = store().GetChildAccess(r_.tenant.id, r_.child_id);
    EXPECT_TRUE(facts.ok());
    return DecideRecordAccess(User(user_id), action, *facts, false);
  }

  SeededRecord r_;
  std::string ada_, manager_;
};

TEST_P(AllocationStoreTest, ReallocatingMovesTheWorkerAndKeepsTheHistory_R40) {
  Allocate(ada_, r_.worker_id);
  auto facts = store().GetChildAccess(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(facts.ok());
  EXPECT_EQ(facts->allocated_worker_id, ada_);
  auto history = AllocationRepository(store()).History(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(history.ok()) << history.error().message;
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ((*history)[0].worker_name, "Ada Worker");
  EXPECT_EQ((*history)[0].previous_worker_name, "Sam Worker");
  EXPECT_EQ((*history)[0].allocated_by_name, "Tina Manager");
  EXPECT_EQ((*history)[0].reason, "Sam is moving to another team");

  clock().Advance(std::chrono::hours(1));
  Allocate("", ada_);
  facts = store().GetChildAccess(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(facts.ok());
  EXPECT_TRUE(facts->allocated_worker_id.empty());
  history = AllocationRepository(store()).History(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_TRUE((*history)[0].worker_id.empty());  // newest first
  EXPECT_EQ((*history)[1].worker_id, ada_);

  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(AllocationStoreTest, ThePreviousWorkerReadsFor30DaysAndNeverWrites_R40) {
  // Sam's team is another one here, so only the allocation puts the record on their caseload.
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadEntries), AccessDecision::kAllowed);  // allocated
  Allocate(ada_, r_.worker_id);
  clock().Advance(std::chrono::hours(24 * 29));
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadOverview), AccessDecision::kAllowed) << "day 29";
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadPeople), AccessDecision::kAllowed) << "day 29";
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadEntries), AccessDecision::kAllowed) << "day 29";
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kRecordEntry), AccessDecision::kReasonRequired)
      << "a previous worker reads, never writes, without a reason";
  EXPECT_EQ(Decide("someone-else", AccessAction::kReadEntries), AccessDecision::kReasonRequired);
  clock().Advance(std::chrono::hours(24));
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadEntries), AccessDecision::kAllowed) << "day 30";
  clock().Advance(std::chrono::hours(24));
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadOverview), AccessDecision::kReasonRequired) << "day 31";
  EXPECT_EQ(Decide(r_.worker_id, AccessAction::kReadEntries), AccessDecision::kReasonRequired) << "day 31";
  // The new worker holds the record throughout.
  EXPECT_EQ(Decide(ada_, AccessAction::kRecordEntry), AccessDecision::kAllowed);
}

TEST_P(AllocationStoreTest, TheTeamsWorkersWithCaseloadsAndItsUnallocatedRecords_R40) {
  auto workers = AllocationRepository(store()).TeamWorkers(r_.tenant.id, r_.team_id);
  ASSERT_TRUE(workers.ok()) << workers.error().message;
  ASSERT_EQ(workers->size(), 2u);  // the practitioners only, by name
  EXPECT_EQ((*workers)[0].full_name, "Ada Worker");
  EXPECT_EQ((*workers)[0].caseload, 0);
  EXPECT_EQ((*workers)[1].full_name, "Sam Worker");
  EXPECT_EQ((*workers)[1].caseload, 1);

  auto none = AllocationRepository(store()).Unallocated(r_.tenant.id, r_.team_id, 50);
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_TRUE(none->items.empty());
  Allocate("", r_.worker_id);
  auto one = AllocationRepository(store()).Unallocated(r_.tenant.id, r_.team_id, 50);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->items.size(), 1u);
  EXPECT_EQ(one->items[0].full_name, "Amara Okafor");
  EXPECT_TRUE(one->next.empty()) << "the whole list fits one page";
  // A page at a time: a page of none ends after the last row; a cursor not given out is refused.
  auto after = AllocationRepository(store()).Unallocated(r_.tenant.id, r_.team_id, 50,
                                                         one->items[0].name_key + "|" + one->items[0].id);
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_TRUE(after->items.empty());
  EXPECT_FALSE(AllocationRepository(store()).Unallocated(r_.tenant.id, r_.team_id, 50, "nonsense").ok());
  workers = AllocationRepository(store()).TeamWorkers(r_.tenant.id, r_.team_id);
  ASSERT_TRUE(workers.ok());
  EXPECT_EQ((*workers)[1].caseload, 0);
}

CHILDRECORD_INSTANTIATE_BACKENDS(AllocationStoreTest);

}  // namespace
}  // namespace childrecord::testing
