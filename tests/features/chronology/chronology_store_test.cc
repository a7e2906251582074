// R20 in the store, on both backends: the chronology is generated from the record by child
// (significant entries, living arrangements, orders, closures, the referral) and merged with the
// items practitioners add or promote, in one order, paged by keyset however long it is; impact notes
// are kept for any item; a promoted entry appears once; verify replays it all.
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/chronology/chronology_events.h"
#include "features/chronology/chronology_repository.h"
#include "features/chronology/chronology_service.h"
#include "features/closure/closure_events.h"
#include "features/entries/entries_events.h"
#include "features/identity/identity_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class ChronologyStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Chronology County Council", 0);
  }

  std::string Entry(const std::string& title, bool significant, TimePoint at) {
    const std::string id = NewId();
    Json p = payloads::EntryRecorded(id, r_.child_id, r_.worker_id, at, title, "What happened, in full.");
    p["significant"] = significant;
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kEntryRecorded, p}});
    return id;
  }

  std::string Add(const std::string& precision, const std::string& value, const std::string& what,
                  const std::string& entry_id = "") {
    const std::string id = NewId();
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kChronologyItemAdded,
                 Json{{"item_id", id},
                      {"child_id", r_.child_id},
                      {"date", {{"precision", precision}, {"value", value}}},
                      {"what_happened", what},
                      {"source", entry_id.empty() ? Json("Mum, at the first visit") : Json(nullptr)},
                      {"impact", nullptr},
                      {"entry_id", entry_id.empty() ? Json(nullptr) : Json(entry_id)}}}});
    return id;
  }

  Page<ChronologyItem> List(const ChronologyFilter& filter = {}, const std::string& cursor = "", int64_t limit = 100) {
    auto page = ChronologyRepository(store()).List(r_.tenant.id, r_.child_id, filter, cursor, limit);
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? *page : Page<ChronologyItem>{};
  }

  SeededRecord r_;
};

TEST_P(ChronologyStoreTest, GeneratedAndAddedItemsInOneOrder_R20) {
  const TimePoint now = clock().Now();  // 24 November 2026
  Entry("Routine phone call", false, now - std::chrono::hours(24 * 10));
  const std::string significant = Entry("Jo told his teacher about the fight", true, now - std::chrono::hours(24 * 5));
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kLivingArrangementRecorded,
               Json{{"child_id", r_.child_id},
                    {"effective_from", "2026-06-01"},
                    {"place_kind", "foster_care"},
                    {"place", "Durham"},
                    {"with_whom", nullptr},
                    {"legal_status", "interim_care_order"},
                    {"order", {{"made_on", "2026-05-30"}, {"court", "Durham Family Court"}}},
                    {"provider_name", nullptr}}}});
  Add("month", "2019-03", "Mum and Jo moved to Durham");
  Add("about", "2017", "Jo's grandfather died");
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildRecordClosed, Json{{"child_id", r_.child_id},
                                                {"closed_on", "2026-11-23"},
                                                {"reason", "Jo is settled"},
                                                {"closing_summary", nullptr}}}});

  const auto page = List();
  std::vector<std::string> what;
  for (const ChronologyItem& i : page.items) what.push_back(i.date_words + ": " + i.what_happened);
  ASSERT_EQ(page.items.size(), 7u) << ::testing::PrintToString(what);
  EXPECT_EQ(what[0], "About 2017: Jo's grandfather died");
  EXPECT_EQ(what[1], "March 2019: Mum and Jo moved to Durham");
  EXPECT_EQ(page.items[2].kind, "order");
  EXPECT_EQ(what[2], "30 May 2026: Interim care order made by Durham Family Court");
  EXPECT_EQ(page.items[3].kind, "living");
  EXPECT_EQ(page.items[4].ref, "entry:" + significant);
  EXPECT_EQ(page.items[5].kind, "record");  // the closure and the referral, both of 23 November 2026
  EXPECT_EQ(page.items[6].kind, "record");
  EXPECT_TRUE(page.next.empty());
  // The routine call is not significant: not in the chronology.
  for (const auto& w : what) EXPECT_EQ(w.find("Routine"), std::string::npos);

  // Newest first is the same list the other way round.
  ChronologyFilter newest;
  newest.newest_first = true;
  const auto reversed = List(newest);
  ASSERT_EQ(reversed.items.size(), 7u);
  for (size_t i = 0; i < 7; ++i) EXPECT_EQ(reversed.items[i].ref, page.items[6 - i].ref);

  // By kind and dates (inclusive).
  ChronologyFilter kinds;
  kinds.kinds = {"added"};
  EXPECT_EQ(List(kinds).items.size(), 2u);
  ChronologyFilter dates;
  dates.from = "2019-03-01";
  dates.to = "2026-05-30";
  const auto ranged = List(dates);
  ASSERT_EQ(ranged.items.size(), 2u);
  EXPECT_EQ(ranged.items[1].kind, "order");
}

TEST_P(ChronologyStoreTest, PagesByKeysetAcrossSourcesSeeEveryItemOnce_R20) {
  const TimePoint now = clock().Now();
  std::set<std::string> expected;
  // Items on the same days from two sources, so pages break inside a day.
  for (int i = 0; i < 12; ++i) {
    expected.insert("entry:" +
                    Entry("Significant " + std::to_string(i), true, now - std::chrono::hours(24 * (i % 4 + 1))));
    expected.insert("item:" + Add("day", FormatIsoDate(LondonDate(now - std::chrono::hours(24 * (i % 4 + 1)))),
                                  "Added " + std::to_string(i)));
  }
  for (bool newest : {false, true}) {
    ChronologyFilter filter;
    filter.newest_first = newest;
    filter.kinds = {"entry", "added"};
    std::set<std::string> seen;
    std::vector<ChronologyItem> all;
    std::string cursor;
    int pages = 0;
    do {
      auto page = List(filter, cursor, 5);
      EXPECT_LE(page.items.size(), 5u);
      for (auto& item : page.items) {
        EXPECT_TRUE(seen.insert(item.ref).second) << item.ref << " twice";
        all.push_back(item);
      }
      cursor = page.next;
      ASSERT_LT(++pages, 20);
    } while (!cursor.empty());
    EXPECT_EQ(seen, expected);
    for (size_t i = 1; i < all.size(); ++i) {
      EXPECT_TRUE(ComesBefore(PositionOf(all[i - 1]), PositionOf(all[i]), newest)) << i;
    }
  }
}

TEST_P(ChronologyStoreTest, APromotedEntryAppearsOnceAndImpactsAreKept_R20) {
  const std::string entry = Entry("Jo moved school", true, clock().Now() - std::chrono::hours(48));
  const std::string item = Add("day", "2026-11-22", "Jo moved school", entry);
  auto page = List();
  int count = 0;
  for (const auto& i : page.items) count += i.entry_id == entry;
  EXPECT_EQ(count, 1);
  ChronologyRepository repo(store());
  EXPECT_TRUE(repo.CheckItem(r_.tenant.id, r_.child_id, "item:" + item).ok());
  EXPECT_TRUE(repo.CheckItem(r_.tenant.id, r_.child_id, "opened:" + r_.child_id).ok());
  EXPECT_EQ(repo.CheckItem(r_.tenant.id, r_.child_id, "item:" + NewId()).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(repo.CheckItem(r_.tenant.id, "another-child", "item:" + item).error().code, ErrorCode::kNotFound);

  for (const char* text : {"Unsettled at first", "Jo has made friends at the new school"}) {
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kChronologyImpactNoted,
                 Json{{"child_id", r_.child_id}, {"source_ref", "opened:" + r_.child_id}, {"impact", text}}}});
  }
  page = List();
  bool found = false;
  for (const auto& i : page.items) {
    if (i.ref != "opened:" + r_.child_id) continue;
    found = true;
    EXPECT_EQ(i.impact, "Jo has made friends at the new school");  // the latest note is shown
    EXPECT_EQ(i.impact_noted_by, "Sam Worker");
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(Verify(r_.tenant).ok);
}

// R25 with R20: what the Case Note Summary's due rule counts as a significant change since a date:
// moves, living arrangements and legal status, orders, significant entries — not what was added by
// hand about the past, nor the record's own opening.
TEST_P(ChronologyStoreTest, SignificantChangesSinceADate_R20_R25) {
  const TimePoint now = clock().Now();  // 24 November 2026
  const std::string before = Entry("An old significant event", true, now - std::chrono::hours(24 * 200));
  const std::string after = Entry("Jo moved school", true, now - std::chrono::hours(24 * 3));
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kLivingArrangementRecorded, Json{{"child_id", r_.child_id},
                                                        {"effective_from", "2026-11-01"},
                                                        {"place_kind", "foster_care"},
                                                        {"place", "Durham"},
                                                        {"with_whom", nullptr},
                                                        {"legal_status", "section_20"},
                                                        {"order", nullptr},
                                                        {"provider_name", nullptr}}}});
  Add("day", "2026-11-20", "Something added by hand");
  RecordAccess access(store(), r_.tenant.id);
  ChronologyService service(store(), r_.tenant.id, access);
  auto changes = service.SignificantChangesSince(r_.child_id, *ParseRfc3339("2026-10-31T12:00:00Z"));
  ASSERT_TRUE(changes.ok()) << changes.error().message;
  std::vector<std::string> refs;
  for (const auto& c : *changes) refs.push_back(c.kind);
  EXPECT_EQ(refs, (std::vector<std::string>{"living", "entry"}));
  EXPECT_EQ((*changes)[1].entry_id, after);
  (void)before;
}

TEST_P(ChronologyStoreTest, AnUnknownCursorIsRefused_R20) {
  auto page = ChronologyRepository(store()).List(r_.tenant.id, r_.child_id, {}, "not-a-cursor", 10);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.error().field, "cursor");
}

CHILDRECORD_INSTANTIATE_BACKENDS(ChronologyStoreTest);

}  // namespace
}  // namespace childrecord::testing
