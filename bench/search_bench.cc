// Full-text search benchmark (SPEC §3 full-text search; SPEC §5: ratios to a baseline measured in
// the same run, never asserted). On SQLite, over the demo authority (`childrecord demo`: 300
// children, about 4,000 entries) and a 10x one: SearchRepository::Search (features/search; FTS5,
// access filter, ranking, a page of 20) for a few typical queries, against the full-scan baseline a
// search would otherwise be - a LIKE over every entry's title and body, newest 20 first.
//
// Usage: search_bench [children]   (default 300; the second run has ten times as many).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/ids.h"
#include "demo/demo_generator.h"
#include "features/search/search_repository.h"
#include "features/search/search_rules.h"
#include "store/store.h"
#include "store/account_repository.h"

using namespace childrecord;
using Steady = std::chrono::steady_clock;

namespace {

void Fail(const std::string& what) {
  std::fprintf(stderr, "search_bench: %s\n", what.c_str());
  std::exit(1);
}

// Microseconds per call of `run`, over enough calls to take about a quarter of a second.
template <typename F>
double MicrosPerCall(F&& run) {
  run();  // warm the cache
  int calls = 0;
  const auto start = Steady::now();
  double elapsed = 0;
  do {
    run();
    ++calls;
    elapsed = std::chrono::duration<double, std::micro>(Steady::now() - start).count();
  } while (elapsed < 250000 && calls < 10000);
  return elapsed / calls;
}

void RunSize(int children, const std::filesystem::path& dir) {
  const TimePoint end = SystemClock::Instance().Now();
  DemoOptions options;
  options.children = children;
  options.seed = 11;
  FakeClock clock(DemoHistoryStart(options, end));
  auto store = Store::Open("sqlite://" + (dir / ("search-" + std::to_string(children) + ".db")).string(), clock, 2);
  if (!store.ok()) Fail(store.error().message);
  auto tenant = (*store)->CreateTenant("Bench County");
  if (!tenant.ok()) Fail(tenant.error().message);
  const auto made_start = Steady::now();
  auto summary = GenerateDemo(**store, clock, *tenant, options, end);
  if (!summary.ok()) Fail(summary.error().message);
  std::printf("\n%d children, %d entries (made in %.1f s)\n", summary->children, summary->entries,
              std::chrono::duration<double>(Steady::now() - made_start).count());

  auto users = AccountRepository(*(*store)).ListUsers(tenant->id);
  if (!users.ok()) Fail(users.error().message);
  UserAccount practitioner;
  for (const auto& u : *users) {
    if (u.role == "practitioner") {
      practitioner = u;
      break;
    }
  }
  const SearchScope everything{practitioner.id, SearchScope::Entries::kAll, ""};
  const SearchScope caseload{practitioner.id, SearchScope::Entries::kCaseload, practitioner.team_id};
  SearchRepository repository(**store);

  std::printf("%-22s %-9s %12s %12s %8s\n", "query", "scope", "search us", "LIKE us", "ratio");
  for (const std::string q : {"school", "visit mum", "\"home visit\"", "sleep", "contact plan review"}) {
    auto query = ParseSearchQuery(q);
    if (!query.ok()) Fail(query.error().message);
    // The baseline: every entry read and matched on the first word, newest first.
    const std::string like = "%" + query->terms.front().words.front() + "%";
    const double baseline = MicrosPerCall([&] {
      auto db = (*store)->pool().Acquire();
      if (!db.ok()) Fail(db.error().message);
      auto rows = (*db)->Query("SELECT e.id FROM entries e WHERE e.tenant_id = ? AND (lower(e.title) LIKE ? OR "
                               "lower(e.body) LIKE ?) ORDER BY e.occurred_at DESC LIMIT 20",
                               {tenant->id, like, like});
      if (!rows.ok()) Fail(rows.error().message);
    });
    for (const auto& [label, scope] : {std::pair{"all", &everything}, std::pair{"caseload", &caseload}}) {
      const double search = MicrosPerCall([&] {
        auto page = repository.Search(tenant->id, *query, *scope, 20, "");
        if (!page.ok()) Fail(page.error().message);
      });
      std::printf("%-22s %-9s %12.0f %12.0f %8.2f\n", q.c_str(), label, search, baseline, search / baseline);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int children = argc > 1 ? std::atoi(argv[1]) : 300;
  const auto dir = std::filesystem::temp_directory_path() / ("search-bench-" + RandomHex(4));
  std::filesystem::create_directories(dir);
  std::printf("Full-text search per query as a ratio to a full-scan LIKE over the same entries (lower is faster)\n");
  RunSize(children, dir);
  RunSize(children * 10, dir);
  std::filesystem::remove_all(dir);
  return 0;
}
