// Chronology benchmark (R20; docs/chronology.md): a child with a chronology of 5,000 events (half
// entries marked significant, half items added by hand, on the same days) in a temporary SQLite
// store of the demo's shape, then:
//
//  - a page of 100, oldest first and newest first, from the start and from a cursor in the middle
//    (keyset reads by child through the indexes, so a page costs what a page of a short one does);
//    the baseline is a page of the child's entries alone by the same index, with no merging;
//  - the court's PDF of all of it (features/chronology/chronology_pdf.h), read a page at a time and
//    written page by page: its time, size, pages of paper and the process's peak memory.
//
// Usage: chronology_bench [events]   (default 5000). Prints figures; asserts nothing.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_generator.h"
#include "features/chronology/chronology_events.h"
#include "features/chronology/chronology_pdf.h"
#include "features/chronology/chronology_repository.h"
#include "features/entries/entries_events.h"
#include "store/account_repository.h"
#include "store/store.h"

using namespace childrecord;
using Steady = std::chrono::steady_clock;

namespace {

void Fail(const std::string& what) {
  std::fprintf(stderr, "chronology_bench: %s\n", what.c_str());
  std::exit(1);
}

template <typename F>
double MillisPerCall(F&& call) {
  int calls = 0;
  double elapsed = 0;
  const auto start = Steady::now();
  do {
    call();
    ++calls;
    elapsed = std::chrono::duration<double, std::milli>(Steady::now() - start).count();
  } while (elapsed < 500 && calls < 200);
  return elapsed / calls;
}

long PeakRssKib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const int events = argc > 1 ? std::stoi(argv[1]) : 5000;
  const auto dir = std::filesystem::temp_directory_path() / ("chronology-bench-" + RandomHex(4));
  std::filesystem::create_directories(dir);
  const TimePoint end = SystemClock::Instance().Now();
  DemoOptions options;
  options.children = 1;
  options.seed = 5;
  FakeClock clock(DemoHistoryStart(options, end));
  auto store = Store::Open("sqlite://" + (dir / "chronology.db").string(), clock, 2);
  if (!store.ok()) Fail(store.error().message);
  auto tenant = (*store)->CreateTenant("Bench County");
  if (!tenant.ok()) Fail(tenant.error().message);
  auto demo = GenerateDemo(**store, clock, *tenant, options, end);
  if (!demo.ok()) Fail(demo.error().message);
  std::string child_id, worker_id;
  {
    auto db = (*store)->pool().Acquire();
    if (!db.ok()) Fail(db.error().message);
    auto rows = (*db)->Query("SELECT id, allocated_worker_id FROM children WHERE tenant_id = ? LIMIT 1", {tenant->id});
    if (!rows.ok() || rows->empty()) Fail("the demo made no child");
    child_id = AsText((*rows)[0][0]);
    worker_id = AsText((*rows)[0][1]);
  }

  // 5,000 events dated over ten years, taking turns: a significant entry and an item added by hand
  // (loaded after the demo's history, as a migration from an earlier system would load them).
  const auto made = Steady::now();
  std::vector<HistoricAppend> history;
  const TimePoint first = end - std::chrono::hours(24 * 3650);
  for (int i = 0; i < events; ++i) {
    const TimePoint at = first + std::chrono::hours(24 * 3650) * i / events;
    if (i % 2 == 0) {
      history.push_back({worker_id,
                         {{events::kEntryRecorded, Json{{"entry_id", NewId()},
                                                        {"child_id", child_id},
                                                        {"kind", "case_note"},
                                                        {"occurred_at", FormatUtc(at)},
                                                        {"practitioner_id", worker_id},
                                                        {"title", "A significant event, number " + std::to_string(i)},
                                                        {"body", "What happened, in the practitioner's words."},
                                                        {"significant", true}}}},
                         end + std::chrono::milliseconds(100) * i});
    } else {
      history.push_back({worker_id,
                         {{events::kChronologyItemAdded,
                           Json{{"item_id", NewId()},
                                {"child_id", child_id},
                                {"date", {{"precision", "day"}, {"value", FormatIsoDate(LondonDate(at))}}},
                                {"what_happened", "Something the family told us, number " + std::to_string(i)},
                                {"source", "Mum, at a home visit"},
                                {"impact", "What it meant for the child, good or bad, in a sentence or two."},
                                {"entry_id", nullptr}}}},
                         end + std::chrono::milliseconds(100) * i});
    }
  }
  clock.Set(end + std::chrono::hours(1));
  if (Status imported = (*store)->Import(tenant->id, std::move(history)); !imported.ok())
    Fail(imported.error().message);
  std::printf("chronology of %d events written in %.1f s\n", events,
              std::chrono::duration<double>(Steady::now() - made).count());

  ChronologyRepository repository(**store);
  auto page = [&](bool newest, const std::string& cursor) {
    ChronologyFilter filter;
    filter.newest_first = newest;
    auto got = repository.List(tenant->id, child_id, filter, cursor, 100);
    if (!got.ok()) Fail(got.error().message);
    return *got;
  };
  // A cursor in the middle: the next of the 25th page.
  std::string middle;
  for (int i = 0; i < 25; ++i) middle = page(false, middle).next;
  const double baseline = MillisPerCall([&] {
    auto pooled = (*store)->pool().Acquire();
    if (!pooled.ok()) Fail(pooled.error().message);
    auto rows = (*pooled)->Query(
        "SELECT e.id, e.title, e.occurred_at FROM entries e WHERE e.tenant_id = ? AND "
        "e.child_id = ? ORDER BY e.occurred_at, e.id LIMIT 100",
        {tenant->id, child_id});
    if (!rows.ok()) Fail(rows.error().message);
  });
  std::printf("%-36s %10s %10s %8s\n", "page of 100", "ms", "entries ms", "ratio");
  for (const auto& [label, newest, cursor] :
       {std::tuple<const char*, bool, std::string>{"oldest first, first page", false, ""},
        {"newest first, first page", true, ""},
        {"oldest first, from the middle", false, middle}}) {
    const double ms = MillisPerCall([&] { page(newest, cursor); });
    std::printf("%-36s %10.2f %10.2f %8.2f\n", label, ms, baseline, ms / baseline);
  }

  // The court's PDF, as ChronologyService::CourtPdf builds it: a page of items at a time.
  const long rss_before = PeakRssKib();
  const auto pdf_start = Steady::now();
  ChronologyPdf pdf({"Bench Child", "14 March 2015", FormatUkDate(end)});
  int64_t rows = 0;
  std::string cursor;
  do {
    auto p = page(false, cursor);
    for (const ChronologyItem& item : p.items) {
      pdf.AddRow(++rows, item.date_words,
                 item.what_happened + (item.impact.empty() ? "" : "\nImpact on the child: " + item.impact),
                 item.source);
    }
    cursor = p.next;
  } while (!cursor.empty());
  auto head = (*store)->Head(tenant->id);
  if (!head.ok()) Fail(head.error().message);
  const std::string bytes = pdf.Finish(rows, head->seq, head->hash);
  const double seconds = std::chrono::duration<double>(Steady::now() - pdf_start).count();
  std::printf("PDF of %lld rows: %.2f s, %.1f MB, %.0f rows/s; peak memory %ld MiB (before the PDF %ld MiB)\n",
              static_cast<long long>(rows), seconds, bytes.size() / 1e6, rows / seconds, PeakRssKib() / 1024,
              rss_before / 1024);
  std::filesystem::remove_all(dir);
  return 0;
}
