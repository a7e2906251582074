#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audit/access_log_entry.h"
#include "core/clock.h"
#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"
#include "record/read_models.h"
#include "store/chain_head.h"
#include "store/connection_pool.h"

namespace childrecord {

class AccessLogWriter;  // store/access_log_writer.h
class JournalWriter;    // store/journal_writer.h

// An event to append; the store assigns seq, recorded_at and the hashes.
// An event to append: its type and payload. `canonical` and `payload_sha256` are the payload's
// canonical JSON and its SHA-256 (what the journal stores and chains), worked out by
// PrepareEvents before a write waits for the journal's one writer, so that the writer's serial
// work is what needs the chain (R1: nothing acknowledged is lost; the rest can go in parallel).
// Empty until prepared; the store prepares what is not. Only PrepareEvents sets them, and the
// payload is not changed after.
struct NewEvent {
  std::string type;
  Json payload;
  std::string canonical = {};
  std::string payload_sha256 = {};
};

// Works out each unprepared event's canonical payload and its SHA-256 (NewEvent). Pure: no I/O;
// thread safe on distinct events. An event whose payload has no canonical form is left
// unprepared, so that appending it reports why where every refused write is reported.
void PrepareEvents(std::vector<NewEvent>& events);

// One actor's events of a history being loaded (Store::Import), with when they were recorded.
struct HistoricAppend {
  std::string actor;
  std::vector<NewEvent> events;
  TimePoint recorded_at;
};

// The journal, its transactions and the connection, for both backends (SQLite, PostgreSQL); the
// tenants; the access log's append and the access facts every read is decided on. The backend
// differences live in Connection; the SQL here is written once. Reads of a feature's tables are
// repositories over this store, each in its own file: store/account_repository.h and
// session_repository.h, and the features' own (src/features/<name>/*_repository.h, such as the
// children's features/children/child_repository.h).
//
// Thread safety: all methods may be called from any thread at once; each takes a connection
// from the pool for its duration. The clock decides recorded_at of events.
class Store {
 public:
  // Wraps each connection the store opens (the leveldb Env pattern: tests wrap connections to
  // record the statements run or inject faults). Called from any thread; must be thread safe.
  using ConnectionWrapper = std::function<std::unique_ptr<Connection>(std::unique_ptr<Connection>)>;

  // Opens the database named by a --db URL and applies pending migrations.
  // `pool_size` bounds the connections held open; `wrap`, when given, wraps every connection.
  static Result<std::unique_ptr<Store>> Open(const std::string& db_url, const Clock& clock, size_t pool_size = 8,
                                             ConnectionWrapper wrap = nullptr);

  ~Store();

  Dialect dialect() const { return dialect_; }
  const Clock& clock() const { return clock_; }

  // --- Tenants -------------------------------------------------------------------------------
  // Creates a tenant (a local authority) and its journal's first event. kConflict if the name
  // is taken.
  Result<Tenant> CreateTenant(const std::string& name);
  Result<Tenant> FindTenant(const std::string& name);  // kNotFound if none
  Result<std::vector<Tenant>> ListTenants();

  // --- Journal ---------------------------------------------------------------------------------
  // Appends `events` in order for `actor`, writing their projections, atomically: all are
  // written or none. Returns them as written (seq, hashes). When it returns ok the events are
  // durable (committed with the backend's full durability). Concurrent calls are committed
  // together, each undone alone if refused (group commit, store/journal_writer.h).
  // `access`: the access-log rows of the decision to make this write (RecordAccess::
  // AuthorizeWrite), committed in the same transaction, and standing when the events are refused:
  // the write and its row are durable together, with one fsync.
  Result<std::vector<JournalEvent>> Append(const std::string& tenant_id, const std::string& actor,
                                           std::vector<NewEvent> events, std::vector<NewAccessLogEntry> access = {});

  // Loads a history at once: each item's events are appended as Append would, but recorded at
  // the item's `recorded_at` instead of the clock's now, all in one transaction (all or none;
  // durable when it returns ok). For loading history in bulk (the demo and bench/run's
  // authorities; a migration from a council's previous system), never for a request. The items
  // must be in time order and none later than the clock's now (kBadRequest otherwise). Not
  // grouped with concurrent Appends; it waits for the write lock like them.
  Status Import(const std::string& tenant_id, std::vector<HistoricAppend> items);

  Result<JournalHead> Head(const std::string& tenant_id);
  // The access log's newest row (seq 0 and the genesis hash when it is empty), for checkpoints.
  Result<JournalHead> AccessLogHead(const std::string& tenant_id);

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

    // Calls `visit` for each access-log row in seq order, reading in batches (store_access_log.cc).
    using AccessLogVisitor = std::function<Status(const AccessLogEntry& entry)>;
    Status ForEachAccessLogEntry(const AccessLogVisitor& visit);

    Snapshot(ConnectionPool::Lease lease, std::string tenant_id)
        : lease_(std::move(lease)), tenant_id_(std::move(tenant_id)) {}

   private:
    ConnectionPool::Lease lease_;
    std::string tenant_id_;
  };
  Result<Snapshot> OpenSnapshot(const std::string& tenant_id);

  // --- Access control and the access log (store_access_log.cc) ------------
  // Who may see a record: its team, allocated worker and the people it is restricted to. kNotFound if no such child.
  Result<ChildAccessFacts> GetChildAccess(const std::string& tenant_id, const std::string& child_id);

  // Appends one row to the tenant's hash-chained access log under a per-tenant lock (PostgreSQL:
  // an advisory transaction lock; SQLite: the write lock), so concurrent appends from the worker
  // pool chain correctly; the rows of concurrent calls are committed together (group commit,
  // store/access_log_writer.h). Durable when it returns ok. kValidation when a field is not
  // valid UTF-8.
  Result<AccessLogEntry> AppendAccessLog(const std::string& tenant_id, const NewAccessLogEntry& entry);
  // The rows of `entries`, in order, appended as AppendAccessLog does, without waiting: `done` is
  // called once with Ok when all are durable, or with an error (then the caller must not answer
  // with what the rows log). With no rows, or a row not valid UTF-8 (nothing then is queued), it
  // is called at once on this thread; otherwise on the access log's writer thread, so it must be
  // short and must not wait for the access log.
  void AppendAccessLogAsync(const std::string& tenant_id, const std::vector<NewAccessLogEntry>& entries,
                            std::function<void(Status)> done);
  // Returns once every access-log row queued so far is written and reported.
  void DrainAccessLog();

  // Whether the database answers (for /healthz).
  Status Ping();

  ConnectionPool& pool() { return *pool_; }

 private:
  // The newest (seq, hash) of a hash-chained table of the tenant: "journal" or "access_log".
  Result<JournalHead> ChainHead(const char* table, const std::string& tenant_id);
  // Append's work inside a write transaction the caller holds on `db`.
  // `recorded_at`: when the events are recorded; the clock's now when not given.
  Result<std::vector<JournalEvent>> AppendInTransaction(Connection& db, const std::string& tenant_id,
                                                        const std::string& actor, std::vector<NewEvent> events,
                                                        std::optional<TimePoint> recorded_at = std::nullopt);

  Store(Dialect dialect, std::unique_ptr<ConnectionPool> pool, const Clock& clock);

  Dialect dialect_;
  std::unique_ptr<ConnectionPool> pool_;
  const Clock& clock_;
  std::unique_ptr<AccessLogWriter> access_log_;  // group commit of AppendAccessLog
  std::unique_ptr<JournalWriter> journal_;       // group commit of Append
};

}  // namespace childrecord
