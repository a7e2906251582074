#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"
#include "record/read_models.h"
#include "store/connection_pool.h"

namespace childrecord {

// An event to append; the store assigns seq, recorded_at and the hashes.
struct NewEvent {
  std::string type;
  Json payload;
};

struct JournalHead {
  int64_t seq = 0;  // 0 for an empty journal
  std::string hash = kGenesisHash;
};

// A server-side session or API token, found by the SHA-256 of its secret.
struct SessionRow {
  std::string token_hash;
  std::string tenant_id;
  std::string user_id;
  std::string kind;  // "web" or "api"
  std::string csrf_token;
  std::string created_at;
  std::string last_seen_at;
  std::string expires_at;
};

// Everything childrecord keeps, behind one interface for both backends (SQLite, PostgreSQL).
// The backend differences live in Connection; the SQL here is written once.
//
// Thread safety: all methods may be called from any thread at once; each takes a connection
// from the pool for its duration. The clock decides recorded_at of events.
class Store {
 public:
  // Opens the database named by a --db URL and applies pending migrations.
  // `pool_size` bounds the connections held open.
  static Result<std::unique_ptr<Store>> Open(const std::string& db_url, const Clock& clock, size_t pool_size = 8);

  Dialect dialect() const { return dialect_; }
  const Clock& clock() const { return clock_; }

  // --- Tenants -------------------------------------------------------------------------------
  // Creates a tenant (a local authority) and its journal's first event. kConflict if the name
  // is taken.
  Result<Tenant> CreateTenant(const std::string& name);
  Result<Tenant> FindTenant(const std::string& name);  // kNotFound if none
  Result<std::vector<Tenant>> ListTenants();

  // --- Journal ---------------------------------------------------------------------------------
  // Appends `events` in order for `actor`, writing their projections, in one transaction:
  // all are written or none. Returns them as written (seq, hashes). When it returns ok the
  // events are durable (committed with the backend's full durability).
  Result<std::vector<JournalEvent>> Append(const std::string& tenant_id, const std::string& actor,
                                           std::vector<NewEvent> events);

  Result<JournalHead> Head(const std::string& tenant_id);

  // A consistent view of one tenant's journal and projections (a read transaction), so that
  // verify sees the tables exactly as of the last event it reads. Not thread safe.
  class Snapshot {
   public:
    // Calls `visit` for each event with seq > after_seq in seq order, reading in batches.
    // `payload_text` is the stored payload, or nullopt when its row is missing; `event.payload`
    // is its parse (null when missing or not JSON). Stops at the visitor's first error.
    using EventVisitor =
        std::function<Status(const JournalEvent& event, const std::optional<std::string>& payload_text)>;
    Status ForEachEvent(int64_t after_seq, const EventVisitor& visit);

    // Calls `visit` for each row of a projected table, in id order.
    using RowVisitor = std::function<Status(const std::string& id, const Fields& fields)>;
    Status ForEachProjectedRow(const ProjectedTable& table, const RowVisitor& visit);

    Snapshot(ConnectionPool::Lease lease, std::string tenant_id)
        : lease_(std::move(lease)), tenant_id_(std::move(tenant_id)) {}

   private:
    ConnectionPool::Lease lease_;
    std::string tenant_id_;
  };
  Result<Snapshot> OpenSnapshot(const std::string& tenant_id);

  // --- Accounts and sessions --------------------------------------------------------------------
  Result<UserAccount> FindUserByUsername(const std::string& tenant_id, const std::string& username);
  Result<UserAccount> FindUser(const std::string& tenant_id, const std::string& user_id);
  Result<std::vector<Team>> ListTeams(const std::string& tenant_id);
  Result<std::vector<UserAccount>> ListUsers(const std::string& tenant_id);
  // The stored Argon2id hash, or kNotFound.
  Result<std::string> PasswordHash(const std::string& tenant_id, const std::string& user_id);
  Status SetPasswordHash(const std::string& tenant_id, const std::string& user_id, const std::string& hash);

  Status CreateSession(const SessionRow& session);
  Result<SessionRow> FindSession(const std::string& token_hash);  // kNotFound if none
  Status TouchSession(const std::string& token_hash, const std::string& last_seen_at);
  Status DeleteSession(const std::string& token_hash);

  // --- The child's record ------------------------------------------------------------------------
  // Children whose name contains `query` (case-insensitive; all when empty), by name.
  // `cursor` is a `next` from an earlier page.
  Result<Page<ChildListItem>> SearchChildren(const std::string& tenant_id, const std::string& query, int limit,
                                             const std::string& cursor);
  Result<ChildRecord> GetChild(const std::string& tenant_id, const std::string& child_id);
  Result<std::vector<LinkedPerson>> ListChildPeople(const std::string& tenant_id, const std::string& child_id);
  // Entries newest first.
  Result<Page<EntryView>> ListEntries(const std::string& tenant_id, const std::string& child_id, int limit,
                                      const std::string& cursor);
  Result<EntryView> GetEntry(const std::string& tenant_id, const std::string& entry_id);

  // Whether the database answers (for /healthz).
  Status Ping();

  ConnectionPool& pool() { return *pool_; }

 private:
  Store(Dialect dialect, std::unique_ptr<ConnectionPool> pool, const Clock& clock)
      : dialect_(dialect), pool_(std::move(pool)), clock_(clock) {}

  Dialect dialect_;
  std::unique_ptr<ConnectionPool> pool_;
  const Clock& clock_;
};

}  // namespace childrecord
