#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/journal_event.h"
#include "core/result.h"
#include "audit/access_log_entry.h"
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
  bool locked = false;            // "Lock screen" (R45): nothing is shown until the password is given
  bool password_expired = false;  // only the change-password page is open
};

// Failed sign-ins under one throttle key (an account name or a client address).
struct LoginThrottle {
  int64_t failures = 0;
  std::string last_failure_at;  // empty when there are none
  std::string locked_until;     // empty when not locked
};

// What the account pages need beside UserAccount: when the password was set, whether an
// administrator's reset requires a change.
struct CredentialInfo {
  std::string changed_at;
  bool must_change = false;
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

  // --- Accounts and sessions --------------------------------------------------------------------
  Result<UserAccount> FindUserByUsername(const std::string& tenant_id, const std::string& username);
  Result<UserAccount> FindUser(const std::string& tenant_id, const std::string& user_id);
  Result<std::vector<Team>> ListTeams(const std::string& tenant_id);
  Result<std::vector<UserAccount>> ListUsers(const std::string& tenant_id);
  // The stored Argon2id hash, or kNotFound.
  Result<std::string> PasswordHash(const std::string& tenant_id, const std::string& user_id);
  // Stores a new hash (changed_at = now). `must_change` makes the user choose another at next
  // sign-in (an administrator's reset).
  Status SetPasswordHash(const std::string& tenant_id, const std::string& user_id, const std::string& hash,
                         bool must_change = false);
  Result<CredentialInfo> Credential(const std::string& tenant_id, const std::string& user_id);  // kNotFound

  // Sign-in throttling (issue 3). `key` names an account or an address. CountLoginFailure adds
  // one failure at `at` and returns the new count (atomic). LockLogin sets locked_until;
  // ClearLoginThrottle forgets the key (successful sign-in, expiry or an administrator's unlock).
  Result<LoginThrottle> FindLoginThrottle(const std::string& key);  // zero failures when none
  Result<int64_t> CountLoginFailure(const std::string& tenant_id, const std::string& key, const std::string& at);
  Status LockLogin(const std::string& key, const std::string& locked_until);
  Status ClearLoginThrottle(const std::string& key);

  Status CreateSession(const SessionRow& session);
  Result<SessionRow> FindSession(const std::string& token_hash);  // kNotFound if none
  Status TouchSession(const std::string& token_hash, const std::string& last_seen_at);
  Status DeleteSession(const std::string& token_hash);
  // Ends every web session and API token of a user (disable, "sign out everywhere", R54).
  // Returns how many ended.
  Result<int64_t> DeleteUserSessions(const std::string& tenant_id, const std::string& user_id);
  Status SetSessionLocked(const std::string& token_hash, bool locked);
  // Clears password_expired on every session of the user (after they chose a new password).
  Status ClearPasswordExpired(const std::string& tenant_id, const std::string& user_id);

  // --- The child's record ------------------------------------------------------------------------
  // Children whose name contains `query` (case-insensitive; all when empty), by name.
  // `cursor` is a `next` from an earlier page. Restricted records are left out unless
  // `viewer_id` is named on them (issue 3 item 7); with no viewer they are always left out.
  Result<Page<ChildListItem>> SearchChildren(const std::string& tenant_id, const std::string& query, int limit,
                                             const std::string& cursor, const std::string& viewer_id = "");
  Result<ChildRecord> GetChild(const std::string& tenant_id, const std::string& child_id);
  // Entries newest first.
  Result<Page<EntryView>> ListEntries(const std::string& tenant_id, const std::string& child_id, int limit,
                                      const std::string& cursor);
  Result<EntryView> GetEntry(const std::string& tenant_id, const std::string& entry_id);
  // Every version of an entry, oldest first (R29/R30).
  Result<std::vector<EntryVersionView>> ListEntryVersions(const std::string& tenant_id, const std::string& entry_id);

  // The reads of documents, people, identity, shared entries and language are repositories over
  // this store: store/document_repository.h, people_repository.h, identity_repository.h,
  // entry_share_repository.h, language_repository.h.

  // --- Access control and the access log (store_access_log.cc; issue 3 items 7 and 8) ------------
  // Who may see a record: its team, allocated worker and restriction. kNotFound if no such child.
  Result<ChildAccessFacts> GetChildAccess(const std::string& tenant_id, const std::string& child_id);

  // Appends one row to the tenant's hash-chained access log, in its own write transaction under
  // a per-tenant lock (PostgreSQL: an advisory transaction lock; SQLite: the write lock), so
  // concurrent appends from the worker pool chain correctly. Durable when it returns ok.
  // kValidation when a field is not valid UTF-8.
  Result<AccessLogEntry> AppendAccessLog(const std::string& tenant_id, const NewAccessLogEntry& entry);

  // "Access with reason" remembered for one child for the rest of a web session.
  Status GrantSessionAccess(const std::string& tenant_id, const std::string& session_token_hash,
                            const std::string& child_id, const std::string& reason);
  // The reason given earlier in this session for this child, or "" when none.
  Result<std::string> SessionAccessReason(const std::string& session_token_hash, const std::string& child_id);

  // Whether the database answers (for /healthz).
  Status Ping();

  ConnectionPool& pool() { return *pool_; }

 private:
  // The newest (seq, hash) of a hash-chained table of the tenant: "journal" or "access_log".
  Result<JournalHead> ChainHead(const char* table, const std::string& tenant_id);
  // Append's work inside a write transaction the caller holds on `db`.
  Result<std::vector<JournalEvent>> AppendInTransaction(Connection& db, const std::string& tenant_id,
                                                        const std::string& actor, std::vector<NewEvent> events);

  Store(Dialect dialect, std::unique_ptr<ConnectionPool> pool, const Clock& clock)
      : dialect_(dialect), pool_(std::move(pool)), clock_(clock) {}

  Dialect dialect_;
  std::unique_ptr<ConnectionPool> pool_;
  const Clock& clock_;
};

}  // namespace childrecord
