// The record journal: tenants, Append, the hash chain and the projections written with it.
// SPEC §2 principles 1 and 2: every change is an event with seq, recorded time, actor, type,
// canonical payload, previous hash and SHA-256 hash; projections in the same transaction.
#include <gtest/gtest.h>

#include <thread>

#include "core/canonical_json.h"
#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "features/accounts/accounts_events.h"
#include "features/children/child_repository.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "features/entries/entry_repository.h"
#include "features/people/people_events.h"
#include "features/people/people_repository.h"
#include "record/event_types.h"
#include "store/account_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class JournalTest : public BackendTest {
 protected:
  int64_t Count(const std::string& table, const std::string& tenant_id) {
    return AsInt(RawValue("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", {tenant_id}));
  }
  SqlRow Row(const std::string& sql, const std::vector<SqlValue>& params) {
    auto rows = RawQuery(sql, params);
    EXPECT_TRUE(rows.ok() && rows->size() == 1) << sql;
    return rows.ok() && rows->size() == 1 ? (*rows)[0] : SqlRow{};
  }
};

TEST_P(JournalTest, CreateTenantWritesItsFirstEvent) {
  auto tenant = store().CreateTenant("Northshire County Council");
  ASSERT_TRUE(tenant.ok()) << tenant.error().message;
  EXPECT_TRUE(IsWellFormedId(tenant->id));

  auto head = store().Head(tenant->id);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 1);
  SqlRow row = Row("SELECT seq, type, actor, prev_hash, recorded_at FROM journal WHERE tenant_id = ?", {tenant->id});
  ASSERT_EQ(row.size(), 5u);
  EXPECT_EQ(AsText(row[1]), events::kTenantInitialised);
  EXPECT_EQ(AsText(row[2]), "system");
  EXPECT_EQ(AsText(row[3]), kGenesisHash);
  EXPECT_EQ(AsText(row[4]), "2026-11-24T09:00:00.000000Z");  // the store's clock, UTC

  auto again = store().CreateTenant("Northshire County Council");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);

  auto found = store().FindTenant("Northshire County Council");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, tenant->id);
  auto missing = store().FindTenant("Nowhere");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);

  ASSERT_TRUE(store().CreateTenant("Eastshire").ok());
  auto all = store().ListTenants();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].name, "Eastshire");
}

// Principle 2: seq 1..n contiguous, each event linked to the one before, hash = SHA-256 of the
// canonical header which carries the SHA-256 of the canonical payload.
TEST_P(JournalTest, AppendChainsContiguousHashedEvents_Principle2) {
  auto tenant = store().CreateTenant("Chain Council");
  ASSERT_TRUE(tenant.ok());
  std::vector<JournalEvent> all;
  for (int batch = 0; batch < 3; ++batch) {
    clock().Advance(std::chrono::seconds(90));
    std::vector<NewEvent> events;
    for (int i = 0; i < 3; ++i) {
      events.push_back({events::kTeamCreated, payloads::TeamCreated(NewId(), "Team " + std::to_string(batch * 3 + i))});
    }
    auto written = MustAppend(tenant->id, "admin-user", std::move(events));
    all.insert(all.end(), written.begin(), written.end());
  }
  ASSERT_EQ(all.size(), 9u);

  auto rows = RawQuery(
      "SELECT j.seq, j.recorded_at, j.actor, j.type, j.payload_sha256, j.prev_hash, j.hash, "
      "p.payload FROM journal j JOIN journal_payloads p ON p.tenant_id = j.tenant_id AND "
      "p.seq = j.seq WHERE j.tenant_id = ? ORDER BY j.seq",
      {tenant->id});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 10u);
  std::string prev = kGenesisHash;
  for (size_t i = 0; i < rows->size(); ++i) {
    const SqlRow& r = (*rows)[i];
    EXPECT_EQ(AsInt(r[0]), static_cast<int64_t>(i + 1));
    EXPECT_EQ(AsText(r[5]), prev) << "seq " << i + 1;
    // The stored payload is canonical JSON and its hash is recorded.
    const std::string payload = AsText(r[7]);
    EXPECT_EQ(CanonicalJson(Json::parse(payload)).value(), payload);
    EXPECT_EQ(AsText(r[4]), Sha256Hex(payload));
    JournalEvent e;
    e.tenant_id = tenant->id;
    e.seq = AsInt(r[0]);
    e.recorded_at = *ParseRfc3339(AsText(r[1]));
    e.actor = AsText(r[2]);
    e.type = AsText(r[3]);
    e.payload_sha256 = AsText(r[4]);
    e.prev_hash = AsText(r[5]);
    EXPECT_EQ(ComputeEventHash(e), AsText(r[6])) << "seq " << e.seq;
    prev = AsText(r[6]);
    if (i > 0) {
      // What Append returned is what was stored.
      const JournalEvent& returned = all[i - 1];
      EXPECT_EQ(returned.seq, e.seq);
      EXPECT_EQ(returned.hash, AsText(r[6]));
      EXPECT_EQ(returned.actor, "admin-user");
      EXPECT_EQ(FormatUtc(returned.recorded_at), AsText(r[1]));
    }
  }
  auto head = store().Head(tenant->id);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 10);
  EXPECT_EQ(head->hash, prev);
  EXPECT_TRUE(Verify(*tenant).ok);
}

TEST_P(JournalTest, TenantsHaveSeparateChains) {
  auto a = store().CreateTenant("Alpha");
  auto b = store().CreateTenant("Beta");
  ASSERT_TRUE(a.ok() && b.ok());
  MustAppend(a->id, "system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "A team")}});
  auto written = MustAppend(b->id, "system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "B team")}});
  ASSERT_EQ(written.size(), 1u);
  EXPECT_EQ(written[0].seq, 2);
  EXPECT_EQ(store().Head(a->id)->seq, 2);
  auto teams = AccountRepository(store()).ListTeams(a->id);
  ASSERT_TRUE(teams.ok());
  ASSERT_EQ(teams->size(), 1u);
  EXPECT_EQ((*teams)[0].name, "A team");
  EXPECT_TRUE(Verify(*a).ok);
  EXPECT_TRUE(Verify(*b).ok);
}

// Loading a history (the demo, a migration from a previous system): each group recorded at its
// own time, in one transaction, chained and projected as Append would (Principle 2).
TEST_P(JournalTest, ImportRecordsEachGroupAtItsOwnTimeAllOrNone_Principle2) {
  auto tenant = store().CreateTenant("Importshire");
  ASSERT_TRUE(tenant.ok());
  const TimePoint start = clock().Now();
  clock().Advance(std::chrono::hours(48));
  std::vector<HistoricAppend> history;
  history.push_back(
      {"system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "First")}}, start + std::chrono::hours(1)});
  history.push_back(
      {"system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Second")}}, start + std::chrono::hours(25)});
  CR_ASSERT_OK(store().Import(tenant->id, std::move(history)));
  EXPECT_EQ(AsText(Row("SELECT recorded_at FROM journal WHERE tenant_id = ? AND seq = 2", {tenant->id})[0]),
            FormatUtc(start + std::chrono::hours(1)));
  EXPECT_EQ(AsText(Row("SELECT recorded_at FROM journal WHERE tenant_id = ? AND seq = 3", {tenant->id})[0]),
            FormatUtc(start + std::chrono::hours(25)));
  EXPECT_EQ(Count("teams", tenant->id), 2);
  EXPECT_TRUE(Verify(*tenant).ok);

  // Out of time order, or later than now: refused before anything is written.
  std::vector<HistoricAppend> backwards;
  backwards.push_back(
      {"system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Late")}}, start + std::chrono::hours(30)});
  backwards.push_back(
      {"system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Early")}}, start + std::chrono::hours(29)});
  Status refused = store().Import(tenant->id, std::move(backwards));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kBadRequest);
  std::vector<HistoricAppend> future;
  future.push_back({"system",
                    {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Tomorrow")}},
                    clock().Now() + std::chrono::hours(1)});
  EXPECT_FALSE(store().Import(tenant->id, std::move(future)).ok());

  // A group the rules refuse undoes the whole load, the groups before it included.
  std::vector<HistoricAppend> broken;
  broken.push_back(
      {"system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Kept?")}}, start + std::chrono::hours(30)});
  broken.push_back({"system", {{events::kEntryRecorded, Json::object()}}, start + std::chrono::hours(31)});
  EXPECT_FALSE(store().Import(tenant->id, std::move(broken)).ok());
  EXPECT_EQ(store().Head(tenant->id)->seq, 3);
  EXPECT_EQ(Count("teams", tenant->id), 2);
  EXPECT_TRUE(Verify(*tenant).ok);
}

TEST_P(JournalTest, EachProjectedEventTypeWritesItsRow) {
  SeededRecord r = Seed("Projection Borough", 1);
  const std::string& t = r.tenant.id;

  SqlRow team = Row("SELECT name, created_at FROM teams WHERE tenant_id = ? AND id = ?", {t, r.team_id});
  ASSERT_EQ(team.size(), 2u);
  EXPECT_EQ(AsText(team[0]), "Assessment Team North");
  EXPECT_EQ(AsText(team[1]), "2026-11-24T09:00:00.000000Z");

  auto user = AccountRepository(store()).FindUserByUsername(t, "sam.worker");
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->id, r.worker_id);
  EXPECT_EQ(user->full_name, "Sam Worker");
  EXPECT_EQ(user->role, "practitioner");
  EXPECT_EQ(user->team_id, r.team_id);
  EXPECT_TRUE(user->active);

  auto child = ChildRepository(store()).GetChild(t, r.child_id);
  ASSERT_TRUE(child.ok()) << child.error().message;
  EXPECT_EQ(child->summary.full_name, "Amara Okafor");
  EXPECT_EQ(child->summary.date_of_birth, "2015-03-14");
  EXPECT_EQ(child->summary.status, "open");
  EXPECT_EQ(child->summary.team_name, "Assessment Team North");
  EXPECT_EQ(child->summary.allocated_worker_name, "Sam Worker");
  EXPECT_EQ(child->summary.local_child_id, "CR100004");  // the opening event is seq 4
  EXPECT_EQ(child->referral_source, "school");
  EXPECT_EQ(child->referral_received_on, "2026-11-23");
  EXPECT_EQ(child->referral_reason, "Worries about neglect");
  EXPECT_EQ(AsText(RawValue("SELECT name_key FROM children WHERE tenant_id = ? AND id = ?", {t, r.child_id})),
            "amara okafor");

  // R3: who lives in the home, and who holds parental responsibility.
  auto people = PeopleRepository(store()).ListChildPeople(t, r.child_id);
  ASSERT_TRUE(people.ok());
  ASSERT_EQ(people->size(), 1u);
  EXPECT_EQ((*people)[0].full_name, "Grace Okafor");
  EXPECT_EQ((*people)[0].relationship, "mother");
  EXPECT_EQ((*people)[0].phone, "07700 900123");
  EXPECT_EQ((*people)[0].email, "grace@example.org");
  EXPECT_EQ((*people)[0].address, "");
  EXPECT_TRUE((*people)[0].lives_in_home);
  EXPECT_TRUE((*people)[0].parental_responsibility);
  EXPECT_TRUE(IsNull(RawValue("SELECT address FROM people WHERE tenant_id = ? AND id = ?", {t, r.person_id})));

  ASSERT_EQ(r.entry_ids.size(), 1u);
  auto entry = EntryRepository(store()).GetEntry(t, r.entry_ids[0]);
  ASSERT_TRUE(entry.ok());
  EXPECT_EQ(entry->child_id, r.child_id);
  EXPECT_EQ(entry->kind, "visit");
  EXPECT_EQ(entry->title, "Home visit 1");
  EXPECT_EQ(entry->recorded_by_name, "Sam Worker");  // R26: who completed the record
  EXPECT_EQ(entry->practitioner_name, "Sam Worker");
  EXPECT_EQ(entry->recorded_at, "2026-11-24T10:00:00.000000Z");
  EXPECT_EQ(entry->occurred_at, "2026-11-24T09:30:00.000000Z");
  EXPECT_FALSE(entry->late);
  EXPECT_FALSE(entry->significant);

  EXPECT_TRUE(Verify(r.tenant).ok);
}

// R26: where someone else records an event, the record shows who completed it.
TEST_P(JournalTest, EntryRecordsWhoCompletedItAndTheOffsetIsNormalisedToUtc) {
  SeededRecord r = Seed("R26 Council", 0);
  const std::string admin_id = NewId();
  MustAppend(r.tenant.id, "system",
             {{events::kUserAdded, payloads::UserAdded(admin_id, "pat.admin", "Pat Admin", "records_officer", "")}});
  Json payload =
      payloads::EntryRecorded(NewId(), r.child_id, r.worker_id, clock().Now(), "Phone call", "Spoke to Grace");
  payload["occurred_at"] = "2026-11-24T08:15:00+01:00";
  payload["significant"] = true;
  auto written = MustAppend(r.tenant.id, admin_id, {{events::kEntryRecorded, payload}});
  ASSERT_EQ(written.size(), 1u);
  auto entry = EntryRepository(store()).GetEntry(r.tenant.id, payload["entry_id"].get<std::string>());
  ASSERT_TRUE(entry.ok());
  EXPECT_EQ(entry->recorded_by_name, "Pat Admin");
  EXPECT_EQ(entry->practitioner_name, "Sam Worker");
  EXPECT_EQ(entry->occurred_at, "2026-11-24T07:15:00.000000Z");
  EXPECT_TRUE(entry->significant);
  EXPECT_TRUE(Verify(r.tenant).ok);
}

// R28: recorded within 24 hours, or marked late with when it was entered.
TEST_P(JournalTest, LateEntryIsMarkedLate_R28) {
  SeededRecord r = Seed("R28 Council", 0);
  struct Case {
    std::chrono::seconds age;
    bool late;
  };
  for (Case c :
       {Case{std::chrono::hours(1), false}, Case{std::chrono::hours(24), false},
        Case{std::chrono::hours(24) + std::chrono::seconds(1), true}, Case{std::chrono::hours(24 * 9), true}}) {
    const std::string id = NewId();
    MustAppend(r.tenant.id, r.worker_id,
               {{events::kEntryRecorded,
                 payloads::EntryRecorded(id, r.child_id, r.worker_id, clock().Now() - c.age, "Visit", "Visit notes")}});
    auto entry = EntryRepository(store()).GetEntry(r.tenant.id, id);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->late, c.late) << "recorded " << c.age.count() << "s after the visit";
    EXPECT_EQ(entry->recorded_at, FormatUtc(clock().Now()));  // the date and time it was entered
  }
  EXPECT_TRUE(Verify(r.tenant).ok);
}

// Append is all-or-nothing: an invalid event anywhere in the batch writes nothing at all.
// Events prepared beforehand (PrepareEvents: the canonical payload and its SHA-256, worked out
// off the writer's thread) are stored and chained exactly as unprepared ones: verify recomputes
// every hash from the stored payload. One without a canonical form is left for the append to
// refuse.
TEST_P(JournalTest, PreparedEventsAreStoredAndChainedAsUnpreparedOnes_Principle2) {
  auto tenant = store().CreateTenant("Preparedshire");
  ASSERT_TRUE(tenant.ok());
  const TimePoint start = clock().Now();
  clock().Advance(std::chrono::hours(2));
  std::vector<HistoricAppend> history;
  history.push_back({"system",
                     {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Prepared")},
                      {events::kTeamCreated, payloads::TeamCreated(NewId(), "Left as it was")}},
                     start + std::chrono::hours(1)});
  std::vector<NewEvent> first = {history[0].events[0]};
  PrepareEvents(first);
  ASSERT_FALSE(first[0].canonical.empty());
  EXPECT_EQ(first[0].canonical, *CanonicalJson(first[0].payload));
  EXPECT_EQ(first[0].payload_sha256, Sha256Hex(first[0].canonical));
  history[0].events[0] = first[0];
  CR_ASSERT_OK(store().Import(tenant->id, std::move(history)));
  EXPECT_EQ(AsText(Row("SELECT payload_sha256 FROM journal WHERE tenant_id = ? AND seq = 2", {tenant->id})[0]),
            first[0].payload_sha256);
  EXPECT_EQ(Count("teams", tenant->id), 2);
  EXPECT_TRUE(Verify(*tenant).ok);

  Json with_float = payloads::TeamCreated(NewId(), "Floaty");
  with_float["ratio"] = 0.5;  // not canonical JSON
  std::vector<NewEvent> unpreparable = {{events::kTeamCreated, with_float}};
  PrepareEvents(unpreparable);
  EXPECT_TRUE(unpreparable[0].canonical.empty());
  EXPECT_FALSE(store().Append(tenant->id, "system", unpreparable).ok());
  EXPECT_EQ(store().Head(tenant->id)->seq, 3);
}

TEST_P(JournalTest, InvalidPayloadWritesNothing_Principle2) {
  SeededRecord r = Seed("Atomic Council", 1);
  const std::string& t = r.tenant.id;
  auto head_before = store().Head(t);
  ASSERT_TRUE(head_before.ok());
  const int64_t journal_before = Count("journal", t);
  const int64_t payloads_before = Count("journal_payloads", t);
  const int64_t children_before = Count("children", t);

  const std::string new_child = NewId();
  Json no_title = payloads::EntryRecorded(NewId(), new_child, r.worker_id, clock().Now(), "x", "y");
  no_title.erase("title");
  Json bad_time = payloads::EntryRecorded(NewId(), new_child, r.worker_id, clock().Now(), "x", "y");
  bad_time["occurred_at"] = "yesterday";
  Json wrong_type = payloads::ChildRecordOpened(NewId(), "Ben", r.team_id, r.worker_id);
  wrong_type["full_name"] = 42;
  Json with_float = payloads::TeamCreated(NewId(), "Floaty");
  with_float["ratio"] = 0.5;  // not canonical JSON

  const std::vector<std::vector<NewEvent>> batches = {
      {{events::kChildRecordOpened, payloads::ChildRecordOpened(new_child, "Ben Carter", r.team_id, r.worker_id)},
       {events::kEntryRecorded, no_title}},
      {{events::kChildRecordOpened, payloads::ChildRecordOpened(new_child, "Ben Carter", r.team_id, r.worker_id)},
       {events::kEntryRecorded, bad_time}},
      {{events::kChildRecordOpened, wrong_type}},
      {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Fine")}, {events::kTeamCreated, with_float}},
      {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Fine")}, {"child.unknown_event", Json::object()}},
      {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Fine")}, {events::kTeamCreated, Json::array()}},
      // A projection the database refuses: a second child with the id of the first.
      {{events::kTeamCreated, payloads::TeamCreated(NewId(), "Fine")},
       {events::kChildRecordOpened, payloads::ChildRecordOpened(r.child_id, "Dup", r.team_id, r.worker_id)}},
      // A child in a team that does not exist (foreign key).
      {{events::kChildRecordOpened, payloads::ChildRecordOpened(new_child, "Ben Carter", NewId(), r.worker_id)}},
  };
  for (size_t i = 0; i < batches.size(); ++i) {
    auto written = store().Append(t, r.worker_id, batches[i]);
    EXPECT_FALSE(written.ok()) << "batch " << i << " was accepted";
  }
  auto head_after = store().Head(t);
  ASSERT_TRUE(head_after.ok());
  EXPECT_EQ(head_after->seq, head_before->seq);
  EXPECT_EQ(head_after->hash, head_before->hash);
  EXPECT_EQ(Count("journal", t), journal_before);
  EXPECT_EQ(Count("journal_payloads", t), payloads_before);
  EXPECT_EQ(Count("children", t), children_before);
  EXPECT_EQ(Count("teams", t), 1);
  EXPECT_EQ(Count("entries", t), 1);
  EXPECT_TRUE(Verify(r.tenant).ok);

  // The store is still usable and the chain continues from where it was.
  auto next = MustAppend(t, r.worker_id, {{events::kTeamCreated, payloads::TeamCreated(NewId(), "After")}});
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].seq, head_before->seq + 1);
  EXPECT_EQ(next[0].prev_hash, head_before->hash);
}

TEST_P(JournalTest, AppendToUnknownTenantIsNotFound) {
  auto written = store().Append(NewId(), "system", {{events::kTeamCreated, payloads::TeamCreated(NewId(), "X")}});
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code, ErrorCode::kNotFound);
}

// Several writers at once on the same tenant: the chain stays contiguous and verifies.
TEST_P(JournalTest, ConcurrentAppendsKeepTheChainContiguous_Principle2) {
  SeededRecord r = Seed("Busy Council", 0);
  constexpr int kThreads = 6;
  constexpr int kPerThread = 15;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  std::vector<std::string> errors(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        std::vector<NewEvent> batch;
        batch.push_back({events::kEntryRecorded,
                         payloads::EntryRecorded(NewId(), r.child_id, r.worker_id, clock().Now(),
                                                 "Note " + std::to_string(t) + "." + std::to_string(i), "Body")});
        if (i % 3 == 0) batch.push_back({events::kPersonAdded, payloads::PersonAdded(NewId(), "Neighbour")});
        auto written = store().Append(r.tenant.id, r.worker_id, std::move(batch));
        if (!written.ok()) {
          ++failures;
          errors[t] = written.error().message;
        }
        clock().Advance(std::chrono::milliseconds(1));
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0) << errors[0] << errors[1] << errors[2];

  const int64_t expected = 6 + kThreads * kPerThread + kThreads * ((kPerThread + 2) / 3);
  auto head = store().Head(r.tenant.id);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, expected);
  auto seqs = RawQuery("SELECT seq FROM journal WHERE tenant_id = ? ORDER BY seq", {r.tenant.id});
  ASSERT_TRUE(seqs.ok());
  ASSERT_EQ(static_cast<int64_t>(seqs->size()), expected);
  for (size_t i = 0; i < seqs->size(); ++i) EXPECT_EQ(AsInt((*seqs)[i][0]), static_cast<int64_t>(i + 1));
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM entries WHERE tenant_id = ?", {r.tenant.id})), kThreads * kPerThread);
  VerifyReport report = Verify(r.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.events, expected);
}

// Concurrent writes are committed together (group commit): a write refused among them is undone
// alone, its events nowhere in the chain or the tables, and every other write stands.
TEST_P(JournalTest, ARefusedWriteAmongConcurrentOnesIsUndoneAlone_Principle2) {
  SeededRecord r = Seed("Group Commit Council", 0);
  const int64_t before = store().Head(r.tenant.id)->seq;
  constexpr int kThreads = 8;
  constexpr int kPerThread = 12;
  std::vector<std::thread> threads;
  std::atomic<int> refused{0}, unexpected{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        const bool bad = (t + i) % 4 == 0;
        Json entry = payloads::EntryRecorded(NewId(), r.child_id, r.worker_id, clock().Now(),
                                             "Note " + std::to_string(t) + "." + std::to_string(i), "Body");
        if (bad) entry.erase("title");  // the projection refuses an entry without a title
        auto written = store().Append(
            r.tenant.id, r.worker_id,
            {{events::kPersonAdded, payloads::PersonAdded(NewId(), "Neighbour")}, {events::kEntryRecorded, entry}});
        if (bad && !written.ok()) ++refused;
        if (bad == written.ok()) ++unexpected;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(unexpected.load(), 0);
  const int good = kThreads * kPerThread - refused.load();
  EXPECT_EQ(store().Head(r.tenant.id)->seq, before + 2 * good) << "two events for every write that stood";
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM entries WHERE tenant_id = ?", {r.tenant.id})), good);
  EXPECT_EQ(
      AsInt(RawValue("SELECT COUNT(*) FROM people WHERE tenant_id = ? AND full_name = 'Neighbour'", {r.tenant.id})),
      good)
      << "a refused write's first event is undone with it";
  VerifyReport report = Verify(r.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

CHILDRECORD_INSTANTIATE_BACKENDS(JournalTest);

}  // namespace
}  // namespace childrecord::testing
