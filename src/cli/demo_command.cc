// `childrecord demo`: a synthetic authority to try the system with.
#include <algorithm>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "core/time_format.h"
#include "demo/demo_generator.h"
#include "store/db_url.h"

namespace childrecord::cli {
namespace {

// The history loads in large transactions (Store::Import), each changing pages all over every
// table and index (most keys are random ids). A SQLite connection keeps 2 MB of pages by default,
// which suits the server's many connections and their reads (docs/performance.md), but an import
// with so few then writes changed pages to the WAL before its commit, reads them back for the
// next change and reads the same index pages again in each transaction. The demo's connections
// keep up to this much instead; the pool hands the last one back first, so one connection holds
// it. Only the `demo` command's own process: the server's connections keep the default.
constexpr int kImportCacheKiB = 256 * 1024;

Result<std::unique_ptr<Store>> OpenImportStore(const std::string& db_url, const Clock& clock) {
  CR_ASSIGN_OR_RETURN(DbUrl url, ParseDbUrl(db_url));
  if (url.dialect != Dialect::kSqlite) return OpenStore(db_url, clock);
  return Store::Open(db_url, clock, 8, [](std::unique_ptr<Connection> connection) {
    // Only a size for a cache: should SQLite refuse it, the import is slower, not wrong.
    (void)connection->ExecScript("PRAGMA cache_size=-" + std::to_string(kImportCacheKiB) + ";");
    return connection;
  });
}

}  // namespace

void AddDemoCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant = "Demo County Council", blob_dir;
    int children = 300;
    uint64_t seed = 1;
    int months = 9;
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("demo",
                                 "Fill a new tenant with a synthetic authority (teams, staff, children, "
                                 "households and months of case notes) and print the demo logins");
  cmd->add_option("--db", options->db, "Database URL")->required();
  cmd->add_option("--tenant", options->tenant, "Name of the demo tenant")->capture_default_str();
  cmd->add_option("--children", options->children, "How many children")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--months", options->months, "Months of case history before today")
      ->capture_default_str()
      ->check(CLI::Range(1, 120));
  cmd->add_option("--seed", options->seed, "Random seed: the same seed gives the same authority")
      ->capture_default_str();
  cmd->add_option("--blob-dir", options->blob_dir,
                  "Folder for documents' files (default for SQLite: beside the database, e.g. var/demo.blobs; "
                  "required for PostgreSQL)");
  cmd->callback([options, &run] {
    run = [options] {
      const TimePoint now = SystemClock::Instance().Now();
      // Demo history is written as it would have been over the past months: the store's clock
      // is a FakeClock the generator moves forward, never past the real now.
      FakeClock clock(now);
      auto blob_dir = BlobDirFor(options->db, options->blob_dir);
      if (!blob_dir.ok()) return Fail(blob_dir.error());
      auto store = OpenImportStore(options->db, clock);
      if (!store.ok()) return Fail(store.error());
      auto existing = (*store)->FindTenant(options->tenant);
      if (existing.ok()) {
        return Fail(Error::Conflict("The database already has a tenant called '" + options->tenant +
                                    "': use a new database file or another --tenant"));
      }
      DemoOptions demo;
      demo.children = options->children;
      demo.seed = options->seed;
      demo.months_of_history = options->months;
      demo.blob_dir = *blob_dir;
      // The tenant exists before the history begins, so the journal reads in time order.
      clock.Set(std::min(now - std::chrono::hours(24 * 400), DemoHistoryStart(demo, now) - std::chrono::hours(24)));
      auto tenant = (*store)->CreateTenant(options->tenant);
      if (!tenant.ok()) return Fail(tenant.error());
      auto summary = GenerateDemo(**store, clock, *tenant, demo, now);
      if (!summary.ok()) return Fail(summary.error());
      std::cout << "Created demo tenant '" << tenant->name << "': " << summary->teams << " teams, " << summary->users
                << " staff, " << summary->children << " children, " << summary->people << " people, "
                << summary->entries << " entries, " << summary->documents << " documents (files in " << *blob_dir
                << ")\n";
      std::cout << "Password for all demo users: " << summary->password << "\n";
      std::cout << "Demo logins:\n";
      for (const auto& login : summary->logins) {
        std::cout << "  " << DemoLoginLine(login) << "\n";
      }
      return 0;
    };
  });
}

}  // namespace childrecord::cli
