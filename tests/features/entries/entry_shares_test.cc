// R32 on both backends: brothers' and sisters' records come from the child_people links (children
// sharing a person linked as a parent); an entry shared with chosen siblings (entry.recorded's
// shared_with, projected into entry_shares) is listed on those records and on no other, and verify
// replays entry_shares from the journal, so a row added or removed by hand is caught.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/ids.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "features/entries/entry_repository.h"
#include "features/entries/entry_share_repository.h"
#include "features/people/people_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using ::testing::HasSubstr;

class EntrySharesTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Sibling County Council", 0);  // a child ("A") with a mother
    b_ = NewId();
    c_ = NewId();
    stranger_ = NewId();
    const std::string grandad = NewId();
    MustAppend(
        r_.tenant.id, r_.worker_id,
        {{events::kChildRecordOpened, payloads::ChildRecordOpened(b_, "Bea Sibling", r_.team_id, r_.worker_id)},
         {events::kChildRecordOpened, payloads::ChildRecordOpened(c_, "Cal Sibling", r_.team_id, r_.worker_id)},
         {events::kChildRecordOpened, payloads::ChildRecordOpened(stranger_, "Dee Stranger", r_.team_id, r_.worker_id)},
         {events::kPersonAdded, payloads::PersonAdded(grandad, "Grandad Jones")},
         // B and C share A's mother; the stranger shares only a grandparent (not a parent).
         {events::kChildPersonLinked, payloads::ChildPersonLinked(NewId(), b_, r_.person_id, "mother", true, true)},
         {events::kChildPersonLinked, payloads::ChildPersonLinked(NewId(), c_, r_.person_id, "mother", false, true)},
         {events::kChildPersonLinked,
          payloads::ChildPersonLinked(NewId(), r_.child_id, grandad, "grandfather", false, false)},
         {events::kChildPersonLinked,
          payloads::ChildPersonLinked(NewId(), stranger_, grandad, "grandfather", false, false)}});
    entry_ = NewId();
    Json payload = payloads::EntryRecorded(entry_, r_.child_id, r_.worker_id, clock().Now() - std::chrono::hours(1),
                                           "Family meeting", "All three came with Mum.", "meeting");
    payload["shared_with"] = Json::array({b_});
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kEntryRecorded, payload}});
  }

  std::vector<std::string> ListedOn(const std::string& child_id) {
    auto page = EntryRepository(store()).ListEntries(r_.tenant.id, child_id, 50, "");
    EXPECT_TRUE(page.ok()) << page.error().message;
    std::vector<std::string> ids;
    if (page.ok()) {
      for (const auto& e : page->items) ids.push_back(e.id);
    }
    return ids;
  }

  SeededRecord r_;
  std::string b_, c_, stranger_, entry_;
};

TEST_P(EntrySharesTest, SiblingRecordsAreChildrenSharingAParent_R32) {
  auto siblings = EntryShareRepository(store()).SiblingRecords(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(siblings.ok()) << siblings.error().message;
  ASSERT_EQ(siblings->size(), 2u);
  EXPECT_EQ((*siblings)[0].child_id, b_);
  EXPECT_EQ((*siblings)[0].full_name, "Bea Sibling");
  EXPECT_EQ((*siblings)[1].child_id, c_);
  auto of_stranger = EntryShareRepository(store()).SiblingRecords(r_.tenant.id, stranger_);
  ASSERT_TRUE(of_stranger.ok());
  EXPECT_TRUE(of_stranger->empty()) << "a shared grandparent does not make brothers and sisters";
}

TEST_P(EntrySharesTest, SharedEntryIsOnTheChosenSiblingAndNoOther_R32) {
  EXPECT_THAT(ListedOn(r_.child_id), ::testing::ElementsAre(entry_));
  EXPECT_THAT(ListedOn(b_), ::testing::ElementsAre(entry_));
  EXPECT_TRUE(ListedOn(c_).empty());
  EXPECT_TRUE(ListedOn(stranger_).empty());

  auto on_b = EntryRepository(store()).ListEntries(r_.tenant.id, b_, 50, "");
  ASSERT_TRUE(on_b.ok());
  EXPECT_EQ(on_b->items[0].child_id, r_.child_id) << "one entry, never copied";
  EXPECT_EQ(on_b->items[0].shared_from_child_id, r_.child_id);
  auto on_a = EntryRepository(store()).ListEntries(r_.tenant.id, r_.child_id, 50, "");
  ASSERT_TRUE(on_a.ok());
  EXPECT_TRUE(on_a->items[0].shared_from_child_id.empty());

  auto with = EntryShareRepository(store()).EntrySharedWith(r_.tenant.id, entry_);
  ASSERT_TRUE(with.ok());
  ASSERT_EQ(with->size(), 1u);
  EXPECT_EQ((*with)[0].child_id, b_);
  EXPECT_EQ((*with)[0].full_name, "Bea Sibling");
  EXPECT_TRUE(*EntryShareRepository(store()).EntrySharedWithRecord(r_.tenant.id, entry_, b_));
  EXPECT_FALSE(*EntryShareRepository(store()).EntrySharedWithRecord(r_.tenant.id, entry_, c_));
}

TEST_P(EntrySharesTest, VerifyReplaysEntryShares_R32_Principle2) {
  VerifyReport good = Verify(r_.tenant);
  EXPECT_TRUE(good.ok) << good.problem;

  // Someone with database access quietly puts the entry on another sibling's record.
  ASSERT_TRUE(RawQuery("INSERT INTO entry_shares (tenant_id, id, entry_id, child_id, shared_at) VALUES (?, ?, ?, ?, ?)",
                       {r_.tenant.id, entry_ + "/" + c_, entry_, c_, std::string("2026-01-01T00:00:00Z")})
                  .ok());
  EXPECT_EQ(ListedOn(c_).size(), 1u);
  VerifyReport added = Verify(r_.tenant);
  EXPECT_FALSE(added.ok);
  EXPECT_THAT(added.problem, HasSubstr("entry_shares"));

  ASSERT_TRUE(RawQuery("DELETE FROM entry_shares WHERE tenant_id = ?", {r_.tenant.id}).ok());
  VerifyReport removed = Verify(r_.tenant);
  EXPECT_FALSE(removed.ok);
  EXPECT_THAT(removed.problem, HasSubstr("entry_shares"));
}

CHILDRECORD_INSTANTIATE_BACKENDS(EntrySharesTest);

}  // namespace
}  // namespace childrecord::testing
