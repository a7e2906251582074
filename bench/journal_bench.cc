// Journal benchmarks (SPEC §5), on SQLite with the server's durability (WAL, synchronous=FULL):
//
//  1. Recording entries through the store (validated payload, canonical JSON, SHA-256 chain,
//     projection row, one durable transaction each) against raw SQLite inserts of the same
//     rows with the same durability (one transaction each) — the price of the journal.
//     Then the same from 8 and 32 threads at once, as the server's workers write: concurrent
//     writes are committed together (group commit, store/journal_writer.h).
//  2. `verify` (recompute the chain, replay projections, compare tables) against plain SHA-256
//     of the same payload bytes — how far verify is from hashing speed.
//
// Usage: journal_bench [entries]   (default 2000). Prints figures; asserts nothing.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "features/accounts/accounts_events.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "record/commands.h"
#include "record/event_types.h"
#include "store/store.h"
#include "store/verify.h"

using namespace childrecord;
using Steady = std::chrono::steady_clock;

namespace {

double Seconds(Steady::time_point start) { return std::chrono::duration<double>(Steady::now() - start).count(); }

std::string NoteText(int i) {
  return "Visit " + std::to_string(i) +
         ". Amelia showed me her room and the drawings she made at school this week. She said she likes it when "
         "Nana Sue picks her up. Mum said the new routine is helping. We agreed to meet again next Tuesday.";
}

void Fail(const std::string& what) {
  std::fprintf(stderr, "journal_bench: %s\n", what.c_str());
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
  const auto dir = std::filesystem::temp_directory_path() / ("journal-bench-" + RandomHex(4));
  std::filesystem::create_directories(dir);

  // --- 1a. Through the store ---------------------------------------------------------------
  auto store = Store::Open("sqlite://" + (dir / "store.db").string(), SystemClock::Instance(), 2);
  if (!store.ok()) Fail(store.error().message);
  auto tenant = (*store)->CreateTenant("Bench");
  if (!tenant.ok()) Fail(tenant.error().message);
  const std::string team = NewId(), child = NewId(), worker = NewId();
  auto setup = (*store)->Append(
      tenant->id, "system",
      {{events::kTeamCreated, Json{{"team_id", team}, {"name", "Team"}}},
       {events::kUserAdded,
        Json{{"user_id", worker}, {"username", "w"}, {"full_name", "W"}, {"role", "practitioner"}, {"team_id", team}}},
       {events::kChildRecordOpened,
        Json{{"child_id", child},
             {"full_name", "Amelia Jones"},
             {"team_id", team},
             {"referral", {{"received_on", "2026-01-01"}, {"source", "School"}, {"reason", "Worry"}}}}}});
  if (!setup.ok()) Fail(setup.error().message);
  const std::string now = FormatUtc(SystemClock::Instance().Now());
  auto start = Steady::now();
  for (int i = 0; i < n; ++i) {
    Json input{{"kind", "visit"}, {"occurred_at", now}, {"title", "Home visit"}, {"body", NoteText(i)}};
    auto payload = BuildEntryRecorded(input, child, NewId(), worker, SystemClock::Instance().Now());
    if (!payload.ok()) Fail(payload.error().message);
    auto written = (*store)->Append(tenant->id, worker, {{events::kEntryRecorded, *payload}});
    if (!written.ok()) Fail(written.error().message);
  }
  const double store_s = Seconds(start);

  // --- 1a'. Through the store from many threads ---------------------------------------------
  std::vector<std::pair<int, double>> concurrent;
  for (int threads : {8, 32}) {
    start = Steady::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        for (int i = t; i < n; i += threads) {
          Json input{{"kind", "visit"}, {"occurred_at", now}, {"title", "Home visit"}, {"body", NoteText(i)}};
          auto payload = BuildEntryRecorded(input, child, NewId(), worker, SystemClock::Instance().Now());
          if (!payload.ok()) Fail(payload.error().message);
          auto written = (*store)->Append(tenant->id, worker, {{events::kEntryRecorded, *payload}});
          if (!written.ok()) Fail(written.error().message);
        }
      });
    }
    for (auto& w : workers) w.join();
    concurrent.emplace_back(threads, Seconds(start));
  }

  // --- 1b. Raw SQLite, same rows, same durability --------------------------------------------
  sqlite3* raw = nullptr;
  sqlite3_open((dir / "raw.db").string().c_str(), &raw);
  sqlite3_exec(raw,
               "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
               "CREATE TABLE entries (id TEXT PRIMARY KEY, child_id TEXT, kind TEXT, occurred_at TEXT, "
               "recorded_at TEXT, recorded_by TEXT, practitioner_id TEXT, title TEXT, body TEXT, late INTEGER, "
               "significant INTEGER);"
               "CREATE INDEX entries_by_child ON entries (child_id, occurred_at);",
               nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(raw, "INSERT INTO entries VALUES (?, ?, 'visit', ?, ?, ?, ?, 'Home visit', ?, 0, 0)", -1, &insert,
                     nullptr);
  start = Steady::now();
  for (int i = 0; i < n; ++i) {
    const std::string id = NewId(), body = NoteText(i);
    sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_reset(insert);
    sqlite3_bind_text(insert, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, child.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, now.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 4, now.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 5, worker.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 6, worker.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 7, body.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(insert) != SQLITE_DONE) Fail(sqlite3_errmsg(raw));
    sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
  }
  const double raw_s = Seconds(start);
  sqlite3_finalize(insert);
  sqlite3_close(raw);

  // --- 2. verify against hashing the same bytes ---------------------------------------------
  start = Steady::now();
  auto report = VerifyTenant(**store, *tenant, std::nullopt);
  const double verify_s = Seconds(start);
  if (!report.ok() || !report->ok) Fail("verify failed");
  // The baseline hashes texts the size of each event's payload plus its header.
  std::vector<std::string> texts;
  for (int64_t i = 0; i < report->events; ++i) texts.push_back(NoteText(static_cast<int>(i)) + std::string(400, ' '));
  start = Steady::now();
  size_t sink = 0;
  for (const auto& text : texts) sink += Sha256Hex(text).size();
  const double hash_s = Seconds(start);
  if (sink == 0) Fail("no hashes");

  std::printf("record_entry_store: %.2f ms per entry (%.2fx raw SQLite inserts of the same rows, same durability: "
              "%.2f ms)\n",
              store_s * 1000 / n, store_s / raw_s, raw_s * 1000 / n);
  for (const auto& [threads, seconds] : concurrent) {
    std::printf("record_entry_store, %d threads: %.0f entries/s (%.2fx raw SQLite one at a time: %.0f/s)\n", threads,
                n / seconds, raw_s / seconds, n / raw_s);
  }
  std::printf("verify: %.0f events/s (%lld events; %.1fx the time of SHA-256 over the same payload bytes)\n",
              report->events / verify_s, static_cast<long long>(report->events), verify_s / hash_s);
  std::filesystem::remove_all(dir);
  return 0;
}
