#include "store/store_fixture.h"

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/accounts/accounts_events.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "features/people/people_events.h"
#include "record/event_types.h"
#include "store/postgres/postgres_connection.h"

namespace childrecord::testing {
namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string Trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

std::string BackendName(Backend backend) { return backend == Backend::kSqlite ? "sqlite" : "postgres"; }

std::string BackendParamName(const ::testing::TestParamInfo<Backend>& info) { return BackendName(info.param); }

TimePoint TestEpoch() { return *ParseRfc3339("2026-11-24T09:00:00Z"); }

Result<std::string> PostgresAdminUrl() {
  if (std::string direct = Env("CHILDRECORD_TEST_PG_URL"); !direct.empty()) return direct;
  const std::string file = Env("CHILDRECORD_TEST_PG_URL_FILE");
  const std::string how =
      " Run the store tests through ctest (its pg_cluster_start fixture starts a throwaway cluster), or start one "
      "with `tests/support/pg-cluster.sh start DIR` and set CHILDRECORD_TEST_PG_URL_FILE=DIR/url; set "
      "CHILDRECORD_SKIP_POSTGRES=1 to skip the PostgreSQL variants knowingly.";
  if (file.empty()) {
    return Error::Unavailable("No PostgreSQL test cluster: CHILDRECORD_TEST_PG_URL_FILE is not set." + how);
  }
  std::ifstream in(file);
  if (!in) return Error::Unavailable("No PostgreSQL test cluster: cannot read the URL file " + file + "." + how);
  std::stringstream text;
  text << in.rdbuf();
  std::string url = Trim(text.str());
  if (url.empty()) return Error::Unavailable("The PostgreSQL URL file " + file + " is empty." + how);
  return url;
}

std::string WithDatabaseName(const std::string& url, const std::string& database) {
  const size_t scheme = url.find("://");
  const size_t authority = scheme == std::string::npos ? 0 : scheme + 3;
  const size_t query = url.find('?', authority);
  const size_t path = url.find('/', authority);
  const std::string rest = query == std::string::npos ? "" : url.substr(query);
  const size_t end_of_authority =
      path != std::string::npos && (query == std::string::npos || path < query) ? path
                                                                                 : (query == std::string::npos ? url.size() : query);
  return url.substr(0, end_of_authority) + "/" + database + rest;
}

TestDatabase::Made TestDatabase::Create(Backend backend) {
  Made made;
  if (backend == Backend::kSqlite) {
    std::string pattern = (std::filesystem::temp_directory_path() / "childrecord-store-test.XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      made.problem = "Cannot make a temporary directory for the SQLite test database";
      return made;
    }
    made.database.reset(new TestDatabase(backend, "sqlite://" + pattern + "/record.db"));
    made.database->sqlite_dir_ = pattern;
    return made;
  }

  auto admin = PostgresAdminUrl();
  if (!admin.ok()) {
    made.problem = admin.error().message;
    made.skip = Env("CHILDRECORD_SKIP_POSTGRES") == "1";
    return made;
  }
  auto connection = PostgresConnection::Open(*admin);
  if (!connection.ok()) {
    made.problem = "Cannot reach the PostgreSQL test cluster at " + *admin + ": " + connection.error().message;
    return made;
  }
  // Lower-case letters and digits only, so the name needs no quoting.
  std::string name = "cr_test_" + RandomHex(8);
  Status created = (*connection)->ExecScript("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
  if (!created.ok()) {
    made.problem = "CREATE DATABASE failed on the PostgreSQL test cluster: " + created.error().message;
    return made;
  }
  made.database.reset(new TestDatabase(backend, WithDatabaseName(*admin, name)));
  made.database->pg_admin_url_ = *admin;
  made.database->pg_database_ = name;
  return made;
}

TestDatabase::~TestDatabase() {
  if (!sqlite_dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(sqlite_dir_, ignored);
  }
  if (!pg_database_.empty()) {
    auto connection = PostgresConnection::Open(pg_admin_url_);
    if (connection.ok()) {
      Status dropped = (*connection)->ExecScript("DROP DATABASE IF EXISTS " + pg_database_ + " WITH (FORCE)");
      if (!dropped.ok()) ADD_FAILURE() << "DROP DATABASE " << pg_database_ << " failed: " << dropped.error().message;
    }
  }
}

namespace payloads {

Json TeamCreated(const std::string& team_id, const std::string& name) {
  return Json{{"team_id", team_id}, {"name", name}};
}

Json UserAdded(const std::string& user_id, const std::string& username, const std::string& full_name,
               const std::string& role, const std::string& team_id) {
  Json p{{"user_id", user_id}, {"username", username}, {"full_name", full_name}, {"role", role}};
  if (!team_id.empty()) p["team_id"] = team_id;
  return p;
}

Json ChildRecordOpened(const std::string& child_id, const std::string& full_name, const std::string& team_id,
                       const std::string& worker_id, const std::string& date_of_birth) {
  Json p{{"child_id", child_id},
         {"full_name", full_name},
         {"team_id", team_id},
         {"referral", {{"received_on", "2026-11-23"}, {"source", "school"}, {"reason", "Worries about neglect"}}}};
  if (!worker_id.empty()) p["allocated_worker_id"] = worker_id;
  if (!date_of_birth.empty()) p["date_of_birth"] = date_of_birth;
  return p;
}

Json PersonAdded(const std::string& person_id, const std::string& full_name, const std::string& phone,
                 const std::string& email) {
  Json p{{"person_id", person_id}, {"full_name", full_name}};
  if (!phone.empty()) p["phone"] = phone;
  if (!email.empty()) p["email"] = email;
  return p;
}

Json ChildPersonLinked(const std::string& link_id, const std::string& child_id, const std::string& person_id,
                       const std::string& relationship, bool lives_in_home, bool parental_responsibility) {
  return Json{{"link_id", link_id},
              {"child_id", child_id},
              {"person_id", person_id},
              {"relationship", relationship},
              {"lives_in_home", lives_in_home},
              {"parental_responsibility", parental_responsibility}};
}

Json EntryRecorded(const std::string& entry_id, const std::string& child_id, const std::string& practitioner_id,
                   TimePoint occurred_at, const std::string& title, const std::string& body,
                   const std::string& kind) {
  return Json{{"entry_id", entry_id},
              {"child_id", child_id},
              {"practitioner_id", practitioner_id},
              {"kind", kind},
              {"occurred_at", FormatUtc(occurred_at)},
              {"title", title},
              {"body", body}};
}

}  // namespace payloads

namespace {

// Passes every call through to the real connection, recording each statement first.
class RecordingConnection final : public Connection {
 public:
  RecordingConnection(std::unique_ptr<Connection> inner, std::shared_ptr<StatementLog> log)
      : inner_(std::move(inner)), log_(std::move(log)) {}
  Dialect dialect() const override { return inner_->dialect(); }
  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) override {
    log_->Record(sql, params);
    return inner_->Query(sql, params);
  }
  Status ExecScript(std::string_view sql) override { return inner_->ExecScript(sql); }
  Status BeginRead() override { return inner_->BeginRead(); }
  Status BeginWrite() override { return inner_->BeginWrite(); }
  Status Commit() override { return inner_->Commit(); }
  void Rollback() override { inner_->Rollback(); }

 private:
  std::unique_ptr<Connection> inner_;
  std::shared_ptr<StatementLog> log_;
};

}  // namespace

Result<std::unique_ptr<Store>> BackendTest::OpenStore() {
  return Store::Open(database_->url(), clock_, 8, [log = statements_](std::unique_ptr<Connection> connection) {
    return std::unique_ptr<Connection>(std::make_unique<RecordingConnection>(std::move(connection), log));
  });
}

void BackendTest::SetUp() {
  TestDatabase::Made made = TestDatabase::Create(GetParam());
  if (!made.database) {
    if (made.skip) GTEST_SKIP() << "CHILDRECORD_SKIP_POSTGRES=1: " << made.problem;
    FAIL() << made.problem;
  }
  database_ = std::move(made.database);
  auto opened = OpenStore();
  ASSERT_TRUE(opened.ok()) << "Store::Open(" << database_->url() << ") failed: " << opened.error().message;
  store_ = std::move(opened).value();
}

void BackendTest::TearDown() {
  store_.reset();  // close every connection before the database is dropped
  database_.reset();
}

void BackendTest::Reopen() {
  store_.reset();
  auto opened = OpenStore();
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  store_ = std::move(opened).value();
}

Status BackendTest::RawExec(const std::string& sql) {
  CR_ASSIGN_OR_RETURN(auto db, store_->pool().Acquire());
  return db->ExecScript(sql);
}

Result<SqlRows> BackendTest::RawQuery(const std::string& sql, const std::vector<SqlValue>& params) {
  CR_ASSIGN_OR_RETURN(auto db, store_->pool().Acquire());
  return db->Query(sql, params);
}

SqlValue BackendTest::RawValue(const std::string& sql, const std::vector<SqlValue>& params) {
  auto rows = RawQuery(sql, params);
  if (!rows.ok()) {
    ADD_FAILURE() << sql << ": " << rows.error().message;
    return {};
  }
  if (rows->size() != 1 || (*rows)[0].size() != 1) {
    ADD_FAILURE() << sql << ": expected one value, got " << rows->size() << " rows";
    return {};
  }
  return (*rows)[0][0];
}

void BackendTest::DropJournalTriggers() {
  const char* sql = postgres() ? "DROP TRIGGER journal_no_change ON journal;"
                                 "DROP TRIGGER journal_no_truncate ON journal;"
                                 "DROP TRIGGER journal_payloads_no_change ON journal_payloads;"
                                 "DROP TRIGGER journal_payloads_no_truncate ON journal_payloads;"
                               : "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;"
                                 "DROP TRIGGER journal_payloads_no_update; DROP TRIGGER journal_payloads_no_delete;";
  Status dropped = RawExec(sql);
  ASSERT_TRUE(dropped.ok()) << dropped.error().message;
}

void BackendTest::DropAccessLogTriggers() {
  Status dropped = RawExec(postgres() ? "DROP TRIGGER access_log_no_change ON access_log;"
                                        "DROP TRIGGER access_log_no_truncate ON access_log;"
                                      : "DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;");
  ASSERT_TRUE(dropped.ok()) << dropped.error().message;
}

std::vector<JournalEvent> BackendTest::MustAppend(const std::string& tenant_id, const std::string& actor,
                                                  std::vector<NewEvent> events) {
  auto written = store_->Append(tenant_id, actor, std::move(events));
  EXPECT_TRUE(written.ok()) << "Append failed: " << written.error().message;
  return written.ok() ? std::move(written).value() : std::vector<JournalEvent>{};
}

SeededRecord BackendTest::Seed(const std::string& tenant_name, int entries) {
  SeededRecord r;
  auto tenant = store_->CreateTenant(tenant_name);
  EXPECT_TRUE(tenant.ok()) << "CreateTenant failed: " << tenant.error().message;
  if (!tenant.ok()) return r;
  r.tenant = *tenant;
  r.team_id = NewId();
  r.worker_id = NewId();
  r.child_id = NewId();
  r.person_id = NewId();
  r.link_id = NewId();
  MustAppend(r.tenant.id, "system",
             {{events::kTeamCreated, payloads::TeamCreated(r.team_id, "Assessment Team North")},
              {events::kUserAdded,
               payloads::UserAdded(r.worker_id, "sam.worker", "Sam Worker", "practitioner", r.team_id)}});
  MustAppend(r.tenant.id, r.worker_id,
             {{events::kChildRecordOpened, payloads::ChildRecordOpened(r.child_id, "Amara Okafor", r.team_id,
                                                                       r.worker_id)},
              {events::kPersonAdded, payloads::PersonAdded(r.person_id, "Grace Okafor", "07700 900123",
                                                           "grace@example.org")},
              {events::kChildPersonLinked,
               payloads::ChildPersonLinked(r.link_id, r.child_id, r.person_id, "mother", true, true)}});
  for (int i = 0; i < entries; ++i) {
    clock_.Advance(std::chrono::hours(1));
    std::string id = NewId();
    MustAppend(r.tenant.id, r.worker_id,
               {{events::kEntryRecorded,
                 payloads::EntryRecorded(id, r.child_id, r.worker_id, clock_.Now() - std::chrono::minutes(30),
                                         "Home visit " + std::to_string(i + 1),
                                         "Amara showed me her drawings. Note " + std::to_string(i + 1) + ".")}});
    r.entry_ids.push_back(id);
  }
  return r;
}

VerifyReport BackendTest::Verify(const Tenant& tenant, const std::optional<Checkpoint>& checkpoint,
                                 const VerifyTuning& tuning) {
  auto report = VerifyTenant(*store_, tenant, checkpoint, tuning);
  EXPECT_TRUE(report.ok()) << "VerifyTenant could not read: " << report.error().message;
  if (report.ok()) return *report;
  VerifyReport failed;
  failed.ok = false;
  failed.problem = "VerifyTenant could not read";
  return failed;
}

}  // namespace childrecord::testing
