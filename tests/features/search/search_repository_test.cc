// Full-text search of entries and names (SPEC §3) on both backends: SQLite FTS5 and
// PostgreSQL tsvector. The index is derived from the projected tables (migration 0010), so it
// follows amendments, and it is not a projection: verify is unaffected. Access: R40/R48 - the
// store's scope keeps restricted records from anyone not named, and entries to the caseload.
#include <gtest/gtest.h>

#include <set>

#include "core/ids.h"
#include "features/accounts/accounts_events.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "features/restriction/restriction_events.h"
#include "features/search/search_repository.h"
#include "record/event_types.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using Scope = SearchScope;

class SearchTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    r_ = Seed("Search Borough", 0);  // Amara Okafor, Sam Worker's, team North
  }

  std::string AddEntry(const std::string& child_id, const std::string& title, const std::string& body,
                       int hours_ago = 1) {
    const std::string id = NewId();
    clock().Advance(std::chrono::minutes(1));
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kEntryRecorded, payloads::EntryRecorded(id, child_id, r_.worker_id,
                                                                 clock().Now() - std::chrono::hours(hours_ago),
                                                                 title, body)}});
    return id;
  }

  std::string OpenChild(const std::string& name, const std::string& team_id, const std::string& worker_id) {
    const std::string id = NewId();
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kChildRecordOpened, payloads::ChildRecordOpened(id, name, team_id, worker_id)}});
    return id;
  }

  Scope AllEntries(const std::string& viewer = "") const {
    return Scope{viewer.empty() ? r_.worker_id : viewer, Scope::Entries::kAll, ""};
  }

  Page<SearchHit> Search(const std::string& q, const Scope& scope, int limit = 50, const std::string& cursor = "") {
    auto query = ParseSearchQuery(q);
    EXPECT_TRUE(query.ok()) << q;
    if (!query.ok()) return {};
    auto page = SearchRepository(store()).Search(r_.tenant.id, *query, scope, limit, cursor);
    EXPECT_TRUE(page.ok()) << q << ": " << page.error().message;
    return page.ok() ? *page : Page<SearchHit>{};
  }

  // The entry ids (and "child:<id>" for name hits) of a search, in order.
  std::vector<std::string> Ids(const std::string& q, const Scope& scope) {
    std::vector<std::string> ids;
    for (const SearchHit& h : Search(q, scope).items) ids.push_back(h.entry_id.empty() ? "child:" + h.child_id : h.entry_id);
    return ids;
  }

  SeededRecord r_;
};

TEST_P(SearchTest, FindsWordsInTitleAndBodyAllWordsMustMatch) {
  const std::string a = AddEntry(r_.child_id, "Home visit", "Amara showed me her drawings of the garden.");
  const std::string b = AddEntry(r_.child_id, "School meeting", "Teacher says attendance improved; no visit needed.");
  AddEntry(r_.child_id, "Phone call", "Spoke with grandmother about contact.");

  EXPECT_EQ(Ids("drawings", AllEntries()), std::vector<std::string>{a});
  EXPECT_EQ(Ids("attendance", AllEntries()), std::vector<std::string>{b});
  // Both words, in either field.
  EXPECT_EQ(Ids("visit garden", AllEntries()), std::vector<std::string>{a});
  EXPECT_TRUE(Ids("visit grandmother", AllEntries()).empty());
  // A word finds words beginning with it.
  EXPECT_EQ(Ids("draw", AllEntries()), std::vector<std::string>{a});
  const auto hit = Search("drawings", AllEntries()).items.at(0);
  EXPECT_EQ(hit.child_id, r_.child_id);
  EXPECT_EQ(hit.child_name, "Amara Okafor");
  EXPECT_EQ(hit.title, "Home visit");
  EXPECT_EQ(hit.kind, "visit");
  EXPECT_FALSE(hit.occurred_at.empty());
}

TEST_P(SearchTest, TitleWordsRankAboveBodyWordsThenNewestFirst) {
  const std::string body_old = AddEntry(r_.child_id, "Notes", "Talked about the trampoline at length.", 48);
  const std::string title = AddEntry(r_.child_id, "Trampoline", "Garden safety.", 24);
  const std::string body_new = AddEntry(r_.child_id, "Notes", "Talked about the trampoline at length.", 1);
  EXPECT_EQ(Ids("trampoline", AllEntries()), (std::vector<std::string>{title, body_new, body_old}));
}

// The rank counts how often a word occurs (SQLite: entry_rank, BM25 without each word's rarity,
// which bm25 counts from every match of the word).
TEST_P(SearchTest, AnEntryNamingTheWordMoreOftenRanksHigher) {
  const std::string once = AddEntry(r_.child_id, "Notes", "Talked about the garden, the weather and the dog.", 2);
  const std::string thrice = AddEntry(r_.child_id, "Notes", "The garden: garden games, then the garden gate.", 48);
  EXPECT_EQ(Ids("garden", AllEntries()), (std::vector<std::string>{thrice, once}));
}

TEST_P(SearchTest, AmendedTextIsFoundAndTheOldTextNoLonger) {
  // R29/R30: the current version is searched; earlier versions stay in entry_versions only.
  const std::string id = AddEntry(r_.child_id, "Home visit", "Mum mentioned the bicycle.");
  EXPECT_EQ(Ids("bicycle", AllEntries()), std::vector<std::string>{id});
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kEntryAmended, Json{{"entry_id", id},
                                           {"version", 2},
                                           {"title", "Home visit (corrected)"},
                                           {"body", "Mum mentioned the scooter."},
                                           {"reason", "Wrong word"}}}});
  EXPECT_TRUE(Ids("bicycle", AllEntries()).empty());
  EXPECT_EQ(Ids("scooter", AllEntries()), std::vector<std::string>{id});
  EXPECT_EQ(Ids("corrected", AllEntries()), std::vector<std::string>{id});
  // The index is derived, not projected: the journal still verifies.
  EXPECT_TRUE(Verify(r_.tenant).ok);
}

TEST_P(SearchTest, DiacriticsAndCaseAreFoldedBothWays) {
  const std::string zoe = OpenChild("Zoë Ní Bhriain", r_.team_id, r_.worker_id);
  const std::string e1 = AddEntry(zoe, "Visit to Siobhán", "Saw Zoë and her brother Łukasz at the café.");
  const std::string e2 = AddEntry(r_.child_id, "CAFE trip", "Plain letters: zoe siobhan.");
  std::set<std::string> zoe_hits;
  for (const auto& id : Ids("zoe", AllEntries())) zoe_hits.insert(id);
  EXPECT_EQ(zoe_hits, (std::set<std::string>{"child:" + zoe, e1, e2}));
  std::set<std::string> accented;
  for (const auto& id : Ids("SIOBHÁN", AllEntries())) accented.insert(id);
  EXPECT_EQ(accented, (std::set<std::string>{e1, e2}));
  EXPECT_EQ(Ids("łukasz", AllEntries()), std::vector<std::string>{e1});
  std::set<std::string> cafe;
  for (const auto& id : Ids("café", AllEntries())) cafe.insert(id);
  EXPECT_EQ(cafe, (std::set<std::string>{e1, e2}));
  EXPECT_EQ(Ids("bhriain", AllEntries()), std::vector<std::string>{"child:" + zoe});
  // Names are found by name, names first.
  EXPECT_EQ(Ids("Ni", AllEntries()).at(0), "child:" + zoe);
}

// A plain word of one to three letters is found whole in entries, whose index keeps no lists of
// words by their first letters (search_rules.h EntryTerms); names still by their beginning.
TEST_P(SearchTest, AShortWordIsFoundWholeInEntriesAndAsABeginningInNames) {
  const std::string mum = AddEntry(r_.child_id, "Visit", "Mum made tea.");
  const std::string mummy = AddEntry(r_.child_id, "Visit", "Mummy was out; Mumbles the cat slept.");
  const std::string mumtaz = OpenChild("Mumtaz Begum", r_.team_id, r_.worker_id);
  EXPECT_EQ(Ids("mum", AllEntries()), (std::vector<std::string>{"child:" + mumtaz, mum}));
  EXPECT_EQ(Ids("mumb", AllEntries()), std::vector<std::string>{mummy});
  EXPECT_EQ(Ids("\"mum\"", AllEntries()), std::vector<std::string>{mum});
}

TEST_P(SearchTest, PhrasesMatchWordsTogetherInOrder) {
  const std::string together = AddEntry(r_.child_id, "Visit", "We talked about the new school uniform.");
  const std::string apart = AddEntry(r_.child_id, "Visit", "The uniform is new; school starts Monday.");
  EXPECT_EQ(Ids("\"school uniform\"", AllEntries()), std::vector<std::string>{together});
  EXPECT_EQ(Ids("school uniform", AllEntries()).size(), 2u);
  (void)apart;
  const std::string obrien = AddEntry(r_.child_id, "Call", "Spoke to Mr O'Brien about well-being.");
  EXPECT_EQ(Ids("o'brien", AllEntries()), std::vector<std::string>{obrien});
  EXPECT_EQ(Ids("well-being", AllEntries()), std::vector<std::string>{obrien});
}

TEST_P(SearchTest, HostileQuerySyntaxIsOnlyWords) {
  const std::string id = AddEntry(r_.child_id, "Visit", "We met near school, then went home.");
  for (const std::string q : {"NEAR(school home, 2)", "\"school", "school\"\"", "school AND", "OR school",
                              "NOT school", "school*", "^school", "title:school", "school:*", "school & home",
                              "school | !home", "school <-> home", "'school'", "(school", "school)", "{school}",
                              "school -home", "+school", "school\\", "school%", "school_", "sch'ool"}) {
    auto query = ParseSearchQuery(q);
    ASSERT_TRUE(query.ok()) << q;
    auto page = SearchRepository(store()).Search(r_.tenant.id, *query, AllEntries(), 50, "");
    ASSERT_TRUE(page.ok()) << q << ": " << page.error().message;
  }
  EXPECT_EQ(Ids("NEAR(school home)", AllEntries()), std::vector<std::string>{id});
}

TEST_P(SearchTest, RestrictedRecordsAreFoundOnlyByThoseNamed) {
  // R48 (SPEC §4 restricted records): not even the name of a restricted record reaches anyone
  // not named on it.
  const std::string named = NewId();
  const std::string secret = OpenChild("Hidden Quillfeather", r_.team_id, r_.worker_id);
  const std::string entry = AddEntry(secret, "Quillfeather visit", "Private matter.");
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildAccessRestricted, Json{{"child_id", secret},
                                                    {"restricted", true},
                                                    {"named_user_ids", Json::array({named})},
                                                    {"reason", "A member of staff's relative"}}}});
  EXPECT_TRUE(Ids("quillfeather", AllEntries()).empty());  // the allocated worker is not named
  EXPECT_TRUE(Ids("quillfeather", Scope{r_.worker_id, Scope::Entries::kCaseload, r_.team_id}).empty());
  EXPECT_TRUE(Ids("quillfeather", Scope{"", Scope::Entries::kAll, ""}).empty());
  EXPECT_EQ(Ids("quillfeather", Scope{named, Scope::Entries::kCaseload, ""}),
            (std::vector<std::string>{"child:" + secret, entry}));
}

TEST_P(SearchTest, CaseloadScopeShowsOtherTeamsNamesButNotTheirEntries) {
  // R40/R48: a practitioner reads entries on their caseload; other teams' records are listed by
  // name (the service marks them reason_required) and their entries are not searched.
  const std::string other_team = NewId();
  const std::string other_worker = NewId();
  MustAppend(r_.tenant.id, "system",
             {{events::kTeamCreated, payloads::TeamCreated(other_team, "Children in Care South")},
              {events::kUserAdded,
               payloads::UserAdded(other_worker, "kai.south", "Kai South", "practitioner", other_team)}});
  const std::string theirs = OpenChild("Ruby Marchbank", other_team, other_worker);
  const std::string their_entry = AddEntry(theirs, "Marchbank review", "Placement stable.");
  const std::string mine = AddEntry(r_.child_id, "Marchbank mentioned", "Amara's friend Ruby Marchbank.");
  // Allocated to me in another team: on my caseload.
  const std::string allocated = OpenChild("Theo Marchbank", other_team, r_.worker_id);
  const std::string allocated_entry = AddEntry(allocated, "Marchbank sibling", "Theo is Ruby's brother.");

  const Scope caseload{r_.worker_id, Scope::Entries::kCaseload, r_.team_id};
  std::set<std::string> ids;
  for (const auto& id : Ids("marchbank", caseload)) ids.insert(id);
  EXPECT_EQ(ids, (std::set<std::string>{"child:" + theirs, "child:" + allocated, mine, allocated_entry}));
  EXPECT_EQ(ids.count(their_entry), 0u);
  // With no entries in scope (a role that reads entries only with a reason): names only.
  EXPECT_EQ(Ids("marchbank", Scope{r_.worker_id, Scope::Entries::kNone, r_.team_id}).size(), 2u);
  // With every record's entries in scope.
  EXPECT_EQ(Ids("marchbank", AllEntries()).size(), 5u);
  // Another tenant's records are never found.
  auto other = store().CreateTenant("Other Borough");
  ASSERT_TRUE(other.ok());
  auto query = ParseSearchQuery("marchbank");
  auto page = SearchRepository(store()).Search(other->id, *query, AllEntries(), 50, "");
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->items.empty());
}

TEST_P(SearchTest, PagesFollowEachOtherWithoutGapsOrRepeats) {
  std::set<std::string> expected;
  for (int i = 0; i < 3; ++i) expected.insert("child:" + OpenChild("Pebble Child " + std::to_string(i), r_.team_id, ""));
  for (int i = 0; i < 8; ++i) expected.insert(AddEntry(r_.child_id, "Pebble " + std::to_string(i), "Pebble words.", i));
  std::vector<std::string> seen;
  std::string cursor;
  int pages = 0;
  do {
    auto page = Search("pebble", AllEntries(), 3, cursor);
    EXPECT_LE(page.items.size(), 3u);
    for (const auto& h : page.items) seen.push_back(h.entry_id.empty() ? "child:" + h.child_id : h.entry_id);
    cursor = page.next;
  } while (!cursor.empty() && ++pages < 20);
  EXPECT_EQ(seen.size(), expected.size());
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()), expected);
  EXPECT_EQ(seen.front().rfind("child:", 0), 0u);  // names first
  auto query = ParseSearchQuery("pebble");
  EXPECT_EQ(SearchRepository(store()).Search(r_.tenant.id, *query, AllEntries(), 3, "zz").error().code, ErrorCode::kBadRequest);
}

TEST_P(SearchTest, EntriesWrittenBeforeTheIndexExistedAreFound) {
  // Migration 0010 backfills: drop the index's rows and rebuild as the migration does.
  const std::string id = AddEntry(r_.child_id, "Old entry", "Written before search existed: marigold.");
  if (postgres()) {
    // Generated columns are computed by PostgreSQL itself for every row, old ones included.
    EXPECT_EQ(Ids("marigold", AllEntries()), std::vector<std::string>{id});
    return;
  }
  CR_ASSERT_OK(RawExec("INSERT INTO entry_search(entry_search) VALUES ('delete-all');"));
  EXPECT_TRUE(Ids("marigold", AllEntries()).empty());
  CR_ASSERT_OK(RawExec("INSERT INTO entry_search(entry_search) VALUES ('rebuild');"));
  EXPECT_EQ(Ids("marigold", AllEntries()), std::vector<std::string>{id});
  CR_ASSERT_OK(RawExec("INSERT INTO entry_search(entry_search) VALUES ('integrity-check');"));
}

TEST_P(SearchTest, JournalStaysAppendOnlyAndVerifies) {
  AddEntry(r_.child_id, "Visit", "Words.");
  EXPECT_FALSE(RawExec("UPDATE journal SET actor = 'x'").ok());
  EXPECT_FALSE(RawExec("DELETE FROM journal_payloads").ok());
  EXPECT_TRUE(Verify(r_.tenant).ok);
}

CHILDRECORD_INSTANTIATE_BACKENDS(SearchTest);

}  // namespace
}  // namespace childrecord::testing
