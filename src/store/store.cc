#include "store/store.h"

#include "core/canonical_json.h"
#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "record/event_types.h"
#include "store/access_log_writer.h"
#include "store/db_url.h"
#include "store/described_rows.h"
#include "store/journal_rows.h"
#include "store/journal_writer.h"
#include "store/migrations.h"
#include "store/postgres/postgres_connection.h"
#include "store/projected_rows.h"
#include "store/sqlite/sqlite_connection.h"

namespace childrecord {
namespace {

// Works out `e`'s canonical payload and its SHA-256 unless that is done (NewEvent): the one place
// both are computed. kValidation when the payload has no canonical form.
Status PrepareEvent(NewEvent& e) {
  if (!e.canonical.empty()) return Status::Ok();
  CR_ASSIGN_OR_RETURN(std::string canonical, CanonicalJson(e.payload));
  e.payload_sha256 = Sha256Hex(canonical);
  e.canonical = std::move(canonical);
  return Status::Ok();
}

SqlValue ToSql(const FieldValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* i = std::get_if<int64_t>(&value)) return *i;
  return std::monostate{};
}

FieldValue FromSql(const SqlValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* i = std::get_if<int64_t>(&value)) return *i;
  return std::monostate{};
}

Status ApplyMutation(Connection& db, const std::string& tenant_id, const Mutation& m) {
  if (m.kind == Mutation::Kind::kInsert || m.kind == Mutation::Kind::kUpsert) {
    std::string columns = "tenant_id, id";
    std::string marks = "?, ?";
    std::string updates;
    std::vector<SqlValue> params{tenant_id, m.id};
    for (const auto& [column, value] : m.fields) {
      columns += ", " + column;
      marks += ", ?";
      updates += (updates.empty() ? "" : ", ") + column + " = excluded." + column;
      params.push_back(ToSql(value));
    }
    std::string sql = "INSERT INTO " + m.table + " (" + columns + ") VALUES (" + marks + ")";
    if (m.kind == Mutation::Kind::kUpsert) sql += " ON CONFLICT (tenant_id, id) DO UPDATE SET " + updates;
    return db.Exec(sql, params);
  }
  std::string sets;
  std::vector<SqlValue> params;
  for (const auto& [column, value] : m.fields) {
    sets += (sets.empty() ? "" : ", ") + column + " = ?";
    params.push_back(ToSql(value));
  }
  params.push_back(tenant_id);
  params.push_back(m.id);
  std::string where = " WHERE tenant_id = ? AND id = ?";
  if (!m.unless_later.empty()) {
    // Mutation::unless_later: leave the row as it is when it holds a later value.
    auto given = m.fields.find(m.unless_later);
    if (given == m.fields.end()) return Error::Internal("Mutation of " + m.table + " guards a column it does not set");
    where += " AND (" + m.unless_later + " IS NULL OR " + m.unless_later + " <= ?)";
    params.push_back(ToSql(given->second));
  }
  CR_ASSIGN_OR_RETURN(SqlRows rows, db.Query("UPDATE " + m.table + " SET " + sets + where + " RETURNING id", params));
  if (rows.empty() && !m.unless_later.empty()) {
    CR_ASSIGN_OR_RETURN(rows,
                        db.Query("SELECT id FROM " + m.table + " WHERE tenant_id = ? AND id = ?", {tenant_id, m.id}));
  }
  if (rows.empty()) return Error::Internal("Row " + m.table + "/" + m.id + " does not exist to update");
  return Status::Ok();
}

// Runs `body` in a write transaction, committing on success and rolling back on failure.
template <typename T, typename Body>
Result<T> InWriteTransaction(ConnectionPool& pool, Body&& body) {
  CR_ASSIGN_OR_RETURN(auto db, pool.Acquire());
  CR_RETURN_IF_ERROR(db->BeginWrite());
  Result<T> result = body(*db);
  if (!result.ok()) {
    db->Rollback();
    return result;
  }
  Status committed = db->Commit();
  if (!committed.ok()) {
    db->Rollback();
    return committed.error();
  }
  return result;
}

// After the migrations a SQLite database's access log is in its own file (migration 0034); a file
// without it was lost or not restored with the database (ATTACH made an empty one), and serving
// would log reads where no court could find them beside the earlier ones.
Status CheckAccessLogFile(Connection& db, const std::string& path) {
  CR_ASSIGN_OR_RETURN(SqlRows found,
                      db.Query("SELECT 1 FROM audit.sqlite_schema WHERE type = 'table' AND name = 'access_log'", {}));
  if (!found.empty()) return Status::Ok();
  return Error::Unavailable("The access log file " + SqliteAccessLogPath(path) + " of the database " + path +
                            " is missing or empty: restore it from the same backup as the database "
                            "(docs/operations.md, \"Backup and restore\")");
}

}  // namespace

Store::Store(Dialect dialect, std::unique_ptr<ConnectionPool> pool, const Clock& clock)
    : dialect_(dialect),
      pool_(std::move(pool)),
      clock_(clock),
      access_log_(std::make_unique<AccessLogWriter>(*pool_, dialect_, clock_)),
      journal_(std::make_unique<JournalWriter>(
          *pool_, dialect_, clock_,
          [this](Connection& db, const std::string& tenant_id, const std::string& actor, std::vector<NewEvent> events) {
            return AppendInTransaction(db, tenant_id, actor, std::move(events));
          })) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& db_url, const Clock& clock, size_t pool_size,
                                           ConnectionWrapper wrap) {
  CR_ASSIGN_OR_RETURN(DbUrl url, ParseDbUrl(db_url));
  ConnectionPool::Factory factory;
  if (url.dialect == Dialect::kSqlite) {
    factory = [path = url.sqlite_path] { return SqliteConnection::Open(path); };
  } else {
    factory = [conninfo = url.postgres_url] { return PostgresConnection::Open(conninfo); };
  }
  if (wrap) {
    factory = [open = std::move(factory), wrap = std::move(wrap)]() -> Result<std::unique_ptr<Connection>> {
      CR_ASSIGN_OR_RETURN(std::unique_ptr<Connection> connection, open());
      return wrap(std::move(connection));
    };
  }
  auto pool = std::make_unique<ConnectionPool>(std::move(factory), pool_size);
  {
    CR_ASSIGN_OR_RETURN(auto db, pool->Acquire());
    CR_RETURN_IF_ERROR(ApplyMigrations(*db, FormatUtc(clock.Now())));
    if (url.dialect == Dialect::kSqlite) CR_RETURN_IF_ERROR(CheckAccessLogFile(*db, url.sqlite_path));
  }
  return std::unique_ptr<Store>(new Store(url.dialect, std::move(pool), clock));
}

Result<Tenant> Store::CreateTenant(const std::string& name) {
  Tenant tenant{NewId(), name};
  auto created = InWriteTransaction<Tenant>(*pool_, [&](Connection& db) -> Result<Tenant> {
    CR_ASSIGN_OR_RETURN(SqlRows existing, db.Query("SELECT id FROM tenants WHERE name = ?", {name}));
    if (!existing.empty()) return Error::Conflict("A tenant called '" + name + "' already exists");
    CR_RETURN_IF_ERROR(db.Exec("INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)",
                               {tenant.id, name, FormatUtc(clock_.Now())}));
    // The tenant and its journal's first event exist together or not at all.
    CR_RETURN_IF_ERROR(
        AppendInTransaction(db, tenant.id, "system", {{events::kTenantInitialised, Json{{"name", name}}}}));
    return tenant;
  });
  if (!created.ok()) return created.error();
  return tenant;
}

// A tenant's row, read by the columns its description names (store/described_rows.h).
const fields::Description<Tenant>& Describe(const Tenant*) {
  static const fields::Description<Tenant> description = {{"id", "id", &Tenant::id}, {"name", "name", &Tenant::name}};
  return description;
}

Result<Tenant> Store::FindTenant(const std::string& name) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<Tenant>() + " FROM tenants WHERE name = ?", {name}));
  if (rows.empty()) return Error::NotFound("There is no tenant called '" + name + "'");
  return ReadRow<Tenant>(rows[0]);
}

Result<std::vector<Tenant>> Store::ListTenants() {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<Tenant>() + " FROM tenants ORDER BY name", {}));
  std::vector<Tenant> tenants;
  for (const auto& row : rows) tenants.push_back(ReadRow<Tenant>(row));
  return tenants;
}

Result<std::vector<JournalEvent>> Store::AppendInTransaction(Connection& db, const std::string& tenant_id,
                                                             const std::string& actor, std::vector<NewEvent> events,
                                                             std::optional<TimePoint> recorded_at) {
  using Written = std::vector<JournalEvent>;
  // Lock the tenant's chain: in PostgreSQL a row lock on the tenant; SQLite's write lock is
  // already held for the whole database by BEGIN IMMEDIATE.
  const char* lock_sql = dialect_ == Dialect::kPostgres ? "SELECT id FROM tenants WHERE id = ? FOR UPDATE"
                                                        : "SELECT id FROM tenants WHERE id = ?";
  CR_ASSIGN_OR_RETURN(SqlRows tenant, db.Query(lock_sql, {tenant_id}));
  if (tenant.empty()) return Error::NotFound("Unknown tenant " + tenant_id);
  CR_ASSIGN_OR_RETURN(JournalHead head, ReadChainHead(db, "journal", tenant_id));
  int64_t seq = head.seq;
  std::string prev = std::move(head.hash);
  const TimePoint now = recorded_at.value_or(clock_.Now());

  Written written;
  written.reserve(events.size());
  for (NewEvent& e : events) {
    JournalEvent event;
    event.tenant_id = tenant_id;
    event.seq = ++seq;
    event.recorded_at = now;
    event.actor = actor;
    event.type = e.type;
    CR_RETURN_IF_ERROR(PrepareEvent(e));
    std::string payload_text = std::move(e.canonical);
    event.payload = std::move(e.payload);
    event.payload_sha256 = std::move(e.payload_sha256);
    event.prev_hash = prev;
    event.hash = ComputeEventHash(event);
    prev = event.hash;

    CR_RETURN_IF_ERROR(db.Exec(
        "INSERT INTO journal (tenant_id, seq, recorded_at, actor, type, payload_sha256, "
        "prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {tenant_id, event.seq, FormatUtc(now), actor, event.type, event.payload_sha256, event.prev_hash, event.hash}));
    CR_RETURN_IF_ERROR(db.Exec("INSERT INTO journal_payloads (tenant_id, seq, payload) VALUES (?, ?, ?)",
                               {tenant_id, event.seq, payload_text}));
    CR_ASSIGN_OR_RETURN(std::vector<Mutation> mutations, Project(event));
    for (const Mutation& m : mutations) CR_RETURN_IF_ERROR(ApplyMutation(db, tenant_id, m));
    written.push_back(std::move(event));
  }
  return written;
}

void PrepareEvents(std::vector<NewEvent>& events) {
  // One that cannot be prepared is refused by the append (AppendInTransaction), with the others.
  for (NewEvent& e : events) (void)PrepareEvent(e);
}

Result<std::vector<JournalEvent>> Store::Append(const std::string& tenant_id, const std::string& actor,
                                                std::vector<NewEvent> events, std::vector<NewAccessLogEntry> access) {
  // Here, on the request's thread: the journal's writer then does only what needs the chain.
  PrepareEvents(events);
  CR_ASSIGN_OR_RETURN(std::vector<AccessLogEntry> rows, AccessLogRowsOf(tenant_id, access));
  return journal_->Append(tenant_id, actor, std::move(events), std::move(rows));
}

Status Store::Import(const std::string& tenant_id, std::vector<HistoricAppend> items) {
  const TimePoint now = clock_.Now();
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].recorded_at > now || (i > 0 && items[i].recorded_at < items[i - 1].recorded_at)) {
      return Error::BadRequest("A history must be in time order and not later than now (item " + std::to_string(i) +
                               " is " + FormatUtc(items[i].recorded_at) + ")");
    }
  }
  auto imported = InWriteTransaction<bool>(*pool_, [&](Connection& db) -> Result<bool> {
    for (HistoricAppend& item : items) {
      CR_RETURN_IF_ERROR(AppendInTransaction(db, tenant_id, item.actor, std::move(item.events), item.recorded_at));
    }
    return true;
  });
  if (!imported.ok()) return imported.error();
  return Status::Ok();
}

Result<JournalHead> Store::ChainHead(const char* table, const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return ReadChainHead(*db, table, tenant_id);
}

Result<JournalHead> Store::Head(const std::string& tenant_id) { return ChainHead("journal", tenant_id); }

Result<JournalHead> Store::AccessLogHead(const std::string& tenant_id) { return ChainHead("access_log", tenant_id); }

Result<Store::Snapshot> Store::OpenSnapshot(const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_RETURN_IF_ERROR(db->BeginRead());
  return Snapshot(std::move(db), tenant_id);
}

Status Store::Snapshot::ForEachEvent(int64_t after_seq, const EventVisitor& visit) {
  constexpr int64_t kBatch = 2000;
  int64_t last = after_seq;
  while (true) {
    CR_ASSIGN_OR_RETURN(SqlRows rows, lease_->Query("SELECT " + JournalSelectList() +
                                                        " FROM journal j LEFT JOIN journal_payloads p ON p.tenant_id "
                                                        "= j.tenant_id AND p.seq = j.seq "
                                                        "WHERE j.tenant_id = ? AND j.seq > ? ORDER BY j.seq LIMIT ?",
                                                    {tenant_id_, last, kBatch}));
    const JournalColumnPlaces& at = JournalPlaces();
    for (const SqlRow& row : rows) {
      JournalEvent event = JournalEventHeaderFromRow(tenant_id_, row, at);
      std::optional<std::string> payload_text;
      if (!IsNull(row[at.payload])) {
        payload_text = AsText(row[at.payload]);
        event.payload = Json::parse(*payload_text, nullptr, false);
        if (event.payload.is_discarded()) event.payload = nullptr;
      }
      CR_RETURN_IF_ERROR(visit(event, payload_text));
      last = event.seq;
    }
    if (static_cast<int64_t>(rows.size()) < kBatch) return Status::Ok();
  }
}

Status Store::Snapshot::ForEachProjectedRow(const ProjectedTable& table, const RowVisitor& visit) {
  const ProjectedRowColumns at(table);
  std::string last_id;
  constexpr int64_t kBatch = 5000;
  while (true) {
    CR_ASSIGN_OR_RETURN(SqlRows rows, lease_->Query("SELECT " + at.List() + " FROM " + table.name +
                                                        " WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?",
                                                    {tenant_id_, last_id, kBatch}));
    for (const SqlRow& row : rows) {
      Fields fields;
      for (size_t i = 0; i < table.columns.size(); ++i) fields[table.columns[i]] = FromSql(row[at.column(i)]);
      last_id = AsText(row[at.id()]);
      CR_RETURN_IF_ERROR(visit(last_id, fields));
    }
    if (static_cast<int64_t>(rows.size()) < kBatch) return Status::Ok();
  }
}

Status Store::Ping() {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec("SELECT 1");
}

}  // namespace childrecord
