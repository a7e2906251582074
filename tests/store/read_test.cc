// Reading the child's record: search by name with paging, entries newest first, Unicode names.
// SPEC §6 (collections answer items + next cursor; `/children` GET search).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "features/entries/entry_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class ReadTest : public BackendTest {
 protected:
  // Opens a child's record per name; returns the ids in the same order.
  std::vector<std::string> OpenChildren(const SeededRecord& r, const std::vector<std::string>& names) {
    std::vector<NewEvent> events;
    std::vector<std::string> ids;
    for (const auto& name : names) {
      ids.push_back(NewId());
      events.push_back(
          {events::kChildRecordOpened, payloads::ChildRecordOpened(ids.back(), name, r.team_id, r.worker_id)});
    }
    MustAppend(r.tenant.id, r.worker_id, std::move(events));
    return ids;
  }

  std::vector<std::string> Names(const Page<ChildListItem>& page) {
    std::vector<std::string> names;
    for (const auto& c : page.items) names.push_back(c.full_name);
    return names;
  }

  // Every page of a search, following `next`.
  std::vector<std::string> AllPages(const std::string& tenant_id, const std::string& query, int limit,
                                    int* pages = nullptr) {
    std::vector<std::string> names;
    std::string cursor;
    int count = 0;
    do {
      auto page = ChildRepository(store()).SearchChildren(tenant_id, query, limit, cursor);
      EXPECT_TRUE(page.ok()) << page.error().message;
      if (!page.ok()) break;
      EXPECT_LE(static_cast<int>(page->items.size()), limit);
      for (const auto& n : Names(*page)) names.push_back(n);
      cursor = page->next;
      if (++count > 100) break;
    } while (!cursor.empty());
    if (pages) *pages = count;
    return names;
  }
};

TEST_P(ReadTest, SearchIsCaseInsensitiveSubstringInNameOrder) {
  SeededRecord r = Seed("Search Council", 0);  // Amara Okafor
  OpenChildren(r, {"Ben Carter", "Chloe Bennett", "benjamin Hughes", "Dylan O'Brien", "Ella 100% Smith",
                   "Fay_Underscore"});

  auto all = ChildRepository(store()).SearchChildren(r.tenant.id, "", 50, "");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(Names(*all), (std::vector<std::string>{"Amara Okafor", "Ben Carter", "benjamin Hughes", "Chloe Bennett",
                                                   "Dylan O'Brien", "Ella 100% Smith", "Fay_Underscore"}));
  EXPECT_TRUE(all->next.empty());

  auto ben = ChildRepository(store()).SearchChildren(r.tenant.id, "BEN", 50, "");
  ASSERT_TRUE(ben.ok());
  EXPECT_EQ(Names(*ben), (std::vector<std::string>{"Ben Carter", "benjamin Hughes", "Chloe Bennett"}));

  auto quote = ChildRepository(store()).SearchChildren(r.tenant.id, "o'b", 50, "");
  ASSERT_TRUE(quote.ok());
  EXPECT_EQ(Names(*quote), (std::vector<std::string>{"Dylan O'Brien"}));

  // LIKE wildcards in the query are matched literally.
  auto percent = ChildRepository(store()).SearchChildren(r.tenant.id, "0%", 50, "");
  ASSERT_TRUE(percent.ok());
  EXPECT_EQ(Names(*percent), (std::vector<std::string>{"Ella 100% Smith"}));
  auto underscore = ChildRepository(store()).SearchChildren(r.tenant.id, "y_u", 50, "");
  ASSERT_TRUE(underscore.ok());
  EXPECT_EQ(Names(*underscore), (std::vector<std::string>{"Fay_Underscore"}));
  auto any_one = ChildRepository(store()).SearchChildren(r.tenant.id, "_", 50, "");
  ASSERT_TRUE(any_one.ok());
  EXPECT_EQ(Names(*any_one), (std::vector<std::string>{"Fay_Underscore"}));

  auto none = ChildRepository(store()).SearchChildren(r.tenant.id, "zebedee", 50, "");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->items.empty());
  EXPECT_TRUE(none->next.empty());

  // A list item carries what the children page shows.
  ASSERT_FALSE(all->items.empty());
  const ChildListItem& amara = all->items[0];
  EXPECT_EQ(amara.id, r.child_id);
  EXPECT_EQ(amara.team_name, "Assessment Team North");
  EXPECT_EQ(amara.allocated_worker_name, "Sam Worker");
  EXPECT_EQ(amara.status, "open");
  EXPECT_EQ(amara.last_entry_at, "");
}

TEST_P(ReadTest, SearchOnlySeesItsOwnTenant) {
  SeededRecord a = Seed("Tenant A", 0);
  SeededRecord b = Seed("Tenant B", 0);
  OpenChildren(b, {"Only In B"});
  auto in_a = ChildRepository(store()).SearchChildren(a.tenant.id, "only", 50, "");
  ASSERT_TRUE(in_a.ok());
  EXPECT_TRUE(in_a->items.empty());
  auto child_of_b = ChildRepository(store()).GetChild(a.tenant.id, b.child_id);
  ASSERT_FALSE(child_of_b.ok());
  EXPECT_EQ(child_of_b.error().code, ErrorCode::kNotFound);
}

TEST_P(ReadTest, SearchPagesWithCursors) {
  SeededRecord r = Seed("Paging Council", 0);
  std::vector<std::string> names;
  for (int i = 0; i < 23; ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "Child %02d Smith", i);
    names.push_back(buf);
  }
  // Two children with the same name: the cursor must tell them apart (ties broken by id).
  names.push_back("Child 05 Smith");
  OpenChildren(r, names);

  int pages = 0;
  std::vector<std::string> paged = AllPages(r.tenant.id, "smith", 5, &pages);
  std::vector<std::string> expected = names;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(paged, expected);
  EXPECT_EQ(pages, 5);  // 24 children, 5 a page

  // Exactly a page's worth leaves no next cursor.
  auto exact = ChildRepository(store()).SearchChildren(r.tenant.id, "smith", 24, "");
  ASSERT_TRUE(exact.ok());
  EXPECT_EQ(exact->items.size(), 24u);
  EXPECT_TRUE(exact->next.empty());

  // Every size of page gives the same sequence.
  for (int limit : {1, 2, 7, 23, 100}) EXPECT_EQ(AllPages(r.tenant.id, "smith", limit), expected) << limit;
}

TEST_P(ReadTest, BadCursorIsBadRequest) {
  SeededRecord r = Seed("Cursor Council", 3);
  for (const std::string cursor : {"not-a-cursor", "abc", "ZZ", "41424344", "%%", "4142\x1f"}) {
    auto children = ChildRepository(store()).SearchChildren(r.tenant.id, "", 10, cursor);
    ASSERT_FALSE(children.ok()) << cursor;
    EXPECT_EQ(children.error().code, ErrorCode::kBadRequest);
    EXPECT_EQ(children.error().field, "cursor");
    auto entries = EntryRepository(store()).ListEntries(r.tenant.id, r.child_id, 10, cursor);
    ASSERT_FALSE(entries.ok()) << cursor;
    EXPECT_EQ(entries.error().code, ErrorCode::kBadRequest);
  }
}

TEST_P(ReadTest, PageSizeBelowOneIsBadRequest) {
  SeededRecord r = Seed("Limit Council", 2);
  for (int limit : {0, -1}) {
    auto children = ChildRepository(store()).SearchChildren(r.tenant.id, "", limit, "");
    ASSERT_FALSE(children.ok()) << limit;
    EXPECT_EQ(children.error().code, ErrorCode::kBadRequest);
    auto entries = EntryRepository(store()).ListEntries(r.tenant.id, r.child_id, limit, "");
    ASSERT_FALSE(entries.ok()) << limit;
    EXPECT_EQ(entries.error().code, ErrorCode::kBadRequest);
  }
}

TEST_P(ReadTest, EntriesNewestFirstAcrossPages) {
  SeededRecord r = Seed("Entries Council", 0);
  // Entries recorded out of order of when things happened, with two at the same instant.
  const TimePoint base = *ParseRfc3339("2026-11-20T10:00:00Z");
  std::vector<std::pair<int, std::string>> offsets_hours{{5, ""}, {1, ""}, {9, ""}, {3, ""}, {3, ""},
                                                         {7, ""}, {0, ""}, {8, ""}, {2, ""}};
  for (auto& [hours, id] : offsets_hours) {
    id = NewId();
    MustAppend(r.tenant.id, r.worker_id,
               {{events::kEntryRecorded, payloads::EntryRecorded(id, r.child_id, r.worker_id,
                                                                 base + std::chrono::hours(hours),
                                                                 "At +" + std::to_string(hours) + "h", "Notes")}});
  }
  // Another child's entries never appear.
  const std::string other = OpenChildren(r, {"Other Child"})[0];
  MustAppend(r.tenant.id, r.worker_id,
             {{events::kEntryRecorded, payloads::EntryRecorded(NewId(), other, r.worker_id, base, "Other", "x")}});

  std::vector<EntryView> seen;
  std::string cursor;
  int pages = 0;
  do {
    auto page = EntryRepository(store()).ListEntries(r.tenant.id, r.child_id, 2, cursor);
    ASSERT_TRUE(page.ok()) << page.error().message;
    seen.insert(seen.end(), page->items.begin(), page->items.end());
    cursor = page->next;
    ASSERT_LT(++pages, 20);
  } while (!cursor.empty());
  ASSERT_EQ(seen.size(), offsets_hours.size());
  EXPECT_EQ(pages, 5);
  for (size_t i = 1; i < seen.size(); ++i) {
    EXPECT_GE(seen[i - 1].occurred_at, seen[i].occurred_at) << i;
    if (seen[i - 1].occurred_at == seen[i].occurred_at) {
      EXPECT_GT(seen[i - 1].id, seen[i].id);
    }
  }
  EXPECT_EQ(seen.front().title, "At +9h");
  EXPECT_EQ(seen.back().title, "At +0h");
  std::set<std::string> ids;
  for (const auto& e : seen) ids.insert(e.id);
  EXPECT_EQ(ids.size(), seen.size());  // nothing repeated across pages
  for (const auto& e : seen) EXPECT_EQ(e.child_id, r.child_id);

  // The child's list item knows when the latest thing happened.
  auto child = ChildRepository(store()).GetChild(r.tenant.id, r.child_id);
  ASSERT_TRUE(child.ok());
  EXPECT_EQ(child->summary.last_entry_at, FormatUtc(base + std::chrono::hours(9)));

  auto missing = EntryRepository(store()).GetEntry(r.tenant.id, NewId());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(ReadTest, UnicodeNamesRoundTripAndAreFound) {
  SeededRecord r = Seed("Unicode Council", 0);
  const std::vector<std::string> names{"Zoë Ní Bhriain", "Siân Llŷr", "Łukasz Wójcik", "Dương Văn Minh",
                                       "Aïcha Benali", "Ὀδυσσεύς Παππάς", "李小龍", "Mia 😀 Jones"};
  auto ids = OpenChildren(r, names);
  for (size_t i = 0; i < ids.size(); ++i) {
    auto child = ChildRepository(store()).GetChild(r.tenant.id, ids[i]);
    ASSERT_TRUE(child.ok());
    EXPECT_EQ(child->summary.full_name, names[i]);
  }
  auto by_accent = ChildRepository(store()).SearchChildren(r.tenant.id, "zoë", 50, "");
  ASSERT_TRUE(by_accent.ok());
  EXPECT_EQ(Names(*by_accent), (std::vector<std::string>{"Zoë Ní Bhriain"}));
  // Case-insensitive on the ASCII letters of a name with accents.
  auto mixed = ChildRepository(store()).SearchChildren(r.tenant.id, "SIân LL", 50, "");
  ASSERT_TRUE(mixed.ok());
  EXPECT_EQ(Names(*mixed), (std::vector<std::string>{"Siân Llŷr"}));
  for (const std::string q : {"ŵ", "wójcik", "văn", "李小", "😀", "Παππάς"}) {
    auto found = ChildRepository(store()).SearchChildren(r.tenant.id, q, 50, "");
    ASSERT_TRUE(found.ok()) << q;
    EXPECT_EQ(found->items.size(), q == "ŵ" ? 0u : 1u) << q;
  }
  // Paging through multi-byte names gives every child once.
  EXPECT_EQ(AllPages(r.tenant.id, "", 3).size(), names.size() + 1);
  EXPECT_TRUE(Verify(r.tenant).ok);
}

CHILDRECORD_INSTANTIATE_BACKENDS(ReadTest);

}  // namespace
}  // namespace childrecord::testing
