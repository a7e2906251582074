#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/database.h"

struct pg_conn;

namespace childrecord {

// A libpq connection. Statements are prepared once per connection (named s1, s2, ...);
// `?` placeholders are rewritten to $1, $2, ... Parameters travel as text; integer result
// columns (int2/int4/int8) come back as int64_t, everything else as text.
// Not thread safe (see Connection).
class PostgresConnection final : public Connection {
 public:
  static Result<std::unique_ptr<Connection>> Open(const std::string& url);
  ~PostgresConnection() override;

  Dialect dialect() const override { return Dialect::kPostgres; }
  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) override;
  Status ExecScript(std::string_view sql) override;
  Status BeginRead() override;
  Status BeginWrite() override;
  Status Commit() override;
  void Rollback() override;

  // `?` -> `$n`, leaving quoted strings and identifiers alone. Exposed for tests.
  static std::string RewritePlaceholders(std::string_view sql);

 private:
  explicit PostgresConnection(pg_conn* conn) : conn_(conn) {}
  Status EnsureConnected();

  pg_conn* conn_;
  bool in_transaction_ = false;
  std::unordered_map<std::string, std::string> prepared_;  // sql -> statement name
};

}  // namespace childrecord
