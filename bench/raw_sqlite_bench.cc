// The write baseline of bench/run: raw SQLite inserting entries' rows, one durable transaction
// per row, with the server's settings (WAL, synchronous=FULL), from one connection - what the
// machine allows for writes that are each acknowledged only once on disk. No journal, no hash
// chain, no projections, no HTTP. Prints one line for bench/run to read:
//   raw_sqlite rows_per_s=<n> p50_ms=<n> p99_ms=<n>
//
// Usage: raw_sqlite_bench <database file (created)> <rows> <body bytes>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Steady = std::chrono::steady_clock;

void Check(int rc, sqlite3* db, const char* what) {
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
  std::fprintf(stderr, "raw_sqlite_bench: %s: %s\n", what, sqlite3_errmsg(db));
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: raw_sqlite_bench <database file> <rows> <body bytes>\n");
    return 2;
  }
  const int rows = std::max(1, std::atoi(argv[2]));
  const std::string body(static_cast<size_t>(std::max(1, std::atoi(argv[3]))), 'x');
  std::remove(argv[1]);
  sqlite3* db = nullptr;
  Check(sqlite3_open(argv[1], &db), db, "open");
  Check(sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE entries (tenant_id TEXT, id TEXT, child_id TEXT, kind TEXT, occurred_at TEXT, "
                     "recorded_at TEXT, recorded_by TEXT, title TEXT, body TEXT, PRIMARY KEY (tenant_id, id));"
                     "CREATE INDEX entries_by_child ON entries (tenant_id, child_id, occurred_at);",
                     nullptr, nullptr, nullptr),
        db, "schema");
  sqlite3_stmt* insert = nullptr;
  Check(sqlite3_prepare_v2(db,
                           "INSERT INTO entries VALUES ('t', ?, 'child', 'phone_call', '2026-01-01T09:30:00Z', "
                           "'2026-01-01T10:00:00Z', 'worker', 'Call with school', ?)",
                           -1, &insert, nullptr),
        db, "prepare");
  std::vector<double> millis;
  millis.reserve(rows);
  const auto start = Steady::now();
  for (int i = 0; i < rows; ++i) {
    const auto one = Steady::now();
    const std::string id = "entry-" + std::to_string(i);
    Check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_reset(insert);
    sqlite3_bind_text(insert, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, body.c_str(), -1, SQLITE_STATIC);
    Check(sqlite3_step(insert), db, "insert");
    Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    millis.push_back(std::chrono::duration<double, std::milli>(Steady::now() - one).count());
  }
  const double seconds = std::chrono::duration<double>(Steady::now() - start).count();
  sqlite3_finalize(insert);
  sqlite3_close(db);
  std::sort(millis.begin(), millis.end());
  std::printf("raw_sqlite rows_per_s=%.0f p50_ms=%.2f p99_ms=%.2f\n", rows / seconds, millis[millis.size() / 2],
              millis[std::min(millis.size() - 1, millis.size() * 99 / 100)]);
  return 0;
}
