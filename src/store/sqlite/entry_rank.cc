#include "store/sqlite/entry_rank.h"

#include <vector>

namespace childrecord {
namespace {

// BM25's usual constants (the values FTS5's bm25 uses).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

void EntryRank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int weights,
               sqlite3_value** weight_values) {
  const int columns = api->xColumnCount(fts);
  const int phrases = api->xPhraseCount(fts);
  sqlite3_int64 rows = 0;
  if (api->xRowCount(fts, &rows) != SQLITE_OK || rows <= 0) rows = 1;
  int instances = 0;
  if (api->xInstCount(fts, &instances) != SQLITE_OK) {
    sqlite3_result_error(ctx, "entry_rank: cannot read the match's positions", -1);
    return;
  }
  std::vector<int> frequency(static_cast<size_t>(phrases) * columns, 0);  // [phrase][column]
  for (int i = 0; i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK) continue;
    if (phrase >= 0 && phrase < phrases && column >= 0 && column < columns) ++frequency[phrase * columns + column];
  }
  double score = 0;
  for (int column = 0; column < columns; ++column) {
    const double weight = column < weights ? sqlite3_value_double(weight_values[column]) : 1.0;
    sqlite3_int64 total = 0;
    int length = 0;
    if (api->xColumnTotalSize(fts, column, &total) != SQLITE_OK) total = 0;
    if (api->xColumnSize(fts, column, &length) != SQLITE_OK) length = 0;
    const double average = total > 0 ? static_cast<double>(total) / static_cast<double>(rows) : 1.0;
    for (int phrase = 0; phrase < phrases; ++phrase) {
      const double tf = frequency[phrase * columns + column];
      if (tf == 0) continue;
      score += weight * tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * length / average));
    }
  }
  sqlite3_result_double(ctx, -score);
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterEntryRank(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr || api->iVersion < 2) return Error::Internal("SQLite was built without FTS5");
  if (api->xCreateFunction(api, "entry_rank", nullptr, &EntryRank, nullptr) != SQLITE_OK) {
    return Error::Internal("Cannot register the search's ranking function");
  }
  return Status::Ok();
}

}  // namespace childrecord
