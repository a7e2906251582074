// Access log benchmark (SPEC §4 "every read is logged"; docs/performance.md), on SQLite with the
// server's durability (WAL, synchronous=FULL): every read of a record appends a hash-chained row
// that must be durable before the data is returned. Compares, in the same run and on the same disk:
//
//  - the store's AppendAccessLog from 1, 8 and 32 threads at once (as the server's workers call
//    it): rows/s and p99 latency; concurrent rows are committed together (group commit,
//    store/access_log_writer.h), so more threads should give more rows per fsync;
//  - raw SQLite inserting rows of the same size one per transaction, one thread: one fsync per
//    row, what a per-read transaction can reach at best.
//
// Usage: access_log_bench [rows]   (default 2000 per run). Prints figures; asserts nothing.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/ids.h"
#include "core/time_format.h"
#include "store/store.h"

using namespace childrecord;
using Steady = std::chrono::steady_clock;

namespace {

double Seconds(Steady::time_point start) { return std::chrono::duration<double>(Steady::now() - start).count(); }

void Fail(const std::string& what) {
  std::fprintf(stderr, "access_log_bench: %s\n", what.c_str());
  std::exit(1);
}

struct Run {
  double rows_per_s;
  double p99_ms;
};

Run ThroughStore(Store& store, const std::string& tenant_id, int rows, int threads) {
  std::vector<std::vector<double>> latencies(static_cast<size_t>(threads));
  const std::string child = NewId(), user = NewId();
  auto start = Steady::now();
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (int i = t; i < rows; i += threads) {
        auto one = Steady::now();
        auto written = store.AppendAccessLog(
            tenant_id, NewAccessLogEntry{user, child, "child.read", "overview", "192.0.2.1", "", "allowed"});
        if (!written.ok()) Fail(written.error().message);
        latencies[static_cast<size_t>(t)].push_back(Seconds(one) * 1000);
      }
    });
  }
  for (auto& w : workers) w.join();
  const double seconds = Seconds(start);
  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  return Run{rows / seconds, all.empty() ? 0 : all[std::min(all.size() - 1, all.size() * 99 / 100)]};
}

double RawSqlite(const std::filesystem::path& file, int rows) {
  sqlite3* raw = nullptr;
  sqlite3_open(file.string().c_str(), &raw);
  sqlite3_exec(raw,
               "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
               "CREATE TABLE access_log (tenant_id TEXT, seq INTEGER, recorded_at TEXT, user_id TEXT, child_id "
               "TEXT, action TEXT, detail TEXT, address TEXT, reason TEXT, outcome TEXT, prev_hash TEXT, hash TEXT, "
               "PRIMARY KEY (tenant_id, seq));",
               nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(raw,
                     "INSERT INTO access_log VALUES ('t', ?, ?, ?, ?, 'child.read', 'overview', '192.0.2.1', '', "
                     "'allowed', ?, ?)",
                     -1, &insert, nullptr);
  const std::string child = NewId(), user = NewId(), hash(64, 'a');
  auto start = Steady::now();
  for (int i = 0; i < rows; ++i) {
    const std::string now = FormatUtc(SystemClock::Instance().Now());
    sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, i + 1);
    sqlite3_bind_text(insert, 2, now.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, user.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 4, child.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 5, hash.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 6, hash.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(insert) != SQLITE_DONE) Fail(sqlite3_errmsg(raw));
    sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
  }
  const double seconds = Seconds(start);
  sqlite3_finalize(insert);
  sqlite3_close(raw);
  return rows / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const int rows = argc > 1 ? std::atoi(argv[1]) : 2000;
  const auto dir = std::filesystem::temp_directory_path() / ("access-log-bench-" + RandomHex(4));
  std::filesystem::create_directories(dir);
  auto store = Store::Open("sqlite://" + (dir / "store.db").string(), SystemClock::Instance(), 8);
  if (!store.ok()) Fail(store.error().message);
  auto tenant = (*store)->CreateTenant("Bench");
  if (!tenant.ok()) Fail(tenant.error().message);

  const double raw = RawSqlite(dir / "raw.db", rows);
  std::printf("access_log raw SQLite, one row per transaction: %.0f rows/s (the baseline)\n", raw);
  for (int threads : {1, 8, 32}) {
    const Run run = ThroughStore(**store, tenant->id, rows, threads);
    std::printf("access_log store, %2d threads: %.0f rows/s (%.2fx the baseline), p99 %.1f ms\n", threads,
                run.rows_per_s, run.rows_per_s / raw, run.p99_ms);
  }
  std::filesystem::remove_all(dir);
  return 0;
}
