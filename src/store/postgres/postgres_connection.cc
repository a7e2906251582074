#include "store/postgres/postgres_connection.h"

#include <libpq-fe.h>

#include <cstring>

namespace childrecord {
namespace {

constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kInt8Oid = 20;

Error ErrorFromResult(PGconn* conn, PGresult* result, std::string_view context) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = std::string(context) + ": " + PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  if (PQstatus(conn) == CONNECTION_BAD) return Error::Unavailable(message);
  if (state != nullptr) {
    if (std::strcmp(state, "23505") == 0 || std::strcmp(state, "40001") == 0 || std::strcmp(state, "40P01") == 0) {
      return Error::Conflict(message);
    }
    if (std::strncmp(state, "08", 2) == 0 || std::strcmp(state, "57P01") == 0) return Error::Unavailable(message);
  }
  return Error::Internal(message);
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

}  // namespace

std::string PostgresConnection::RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += "$" + std::to_string(++n);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Result<std::unique_ptr<Connection>> PostgresConnection::Open(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = std::string("Cannot connect to PostgreSQL: ") + PQerrorMessage(conn);
    PQfinish(conn);
    return Error::Unavailable(message);
  }
  std::unique_ptr<PostgresConnection> connection(new PostgresConnection(conn));
  // Quiet NOTICEs (e.g. "relation already exists, skipping") that would otherwise go to stderr.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  CR_RETURN_IF_ERROR(connection->ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'"));
  return std::unique_ptr<Connection>(std::move(connection));
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

Status PostgresConnection::EnsureConnected() {
  if (PQstatus(conn_) == CONNECTION_OK) return Status::Ok();
  if (in_transaction_) return Error::Unavailable("The connection to PostgreSQL was lost during a transaction");
  PQreset(conn_);
  prepared_.clear();
  if (PQstatus(conn_) != CONNECTION_OK) {
    return Error::Unavailable(std::string("Cannot reconnect to PostgreSQL: ") + PQerrorMessage(conn_));
  }
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
  return ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
}

Result<SqlRows> PostgresConnection::Query(std::string_view sql, const std::vector<SqlValue>& params) {
  CR_RETURN_IF_ERROR(EnsureConnected());
  std::string key(sql);
  auto it = prepared_.find(key);
  if (it == prepared_.end()) {
    std::string name = "s" + std::to_string(prepared_.size() + 1);
    ResultPtr prepared(PQprepare(conn_, name.c_str(), RewritePlaceholders(sql).c_str(), 0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
      return ErrorFromResult(conn_, prepared.get(), "SQL prepare failed");
    }
    it = prepared_.emplace(std::move(key), std::move(name)).first;
  }
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size());
  for (size_t i = 0; i < params.size(); ++i) {
    if (IsNull(params[i])) {
      values[i] = nullptr;
    } else {
      texts[i] = AsText(params[i]);
      values[i] = texts[i].c_str();
    }
  }
  ResultPtr result(PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                  nullptr, 0));
  ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return ErrorFromResult(conn_, result.get(), "SQL failed");
  }
  SqlRows rows;
  const int nrows = PQntuples(result.get());
  const int ncols = PQnfields(result.get());
  rows.reserve(nrows);
  for (int r = 0; r < nrows; ++r) {
    SqlRow row;
    row.reserve(ncols);
    for (int c = 0; c < ncols; ++c) {
      if (PQgetisnull(result.get(), r, c)) {
        row.emplace_back(std::monostate{});
        continue;
      }
      const char* text = PQgetvalue(result.get(), r, c);
      Oid type = PQftype(result.get(), c);
      if (type == kInt8Oid || type == kInt4Oid || type == kInt2Oid) {
        row.emplace_back(static_cast<int64_t>(std::strtoll(text, nullptr, 10)));
      } else {
        row.emplace_back(std::string(text, static_cast<size_t>(PQgetlength(result.get(), r, c))));
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Status PostgresConnection::ExecScript(std::string_view sql) {
  if (PQstatus(conn_) != CONNECTION_OK && !in_transaction_) {
    PQreset(conn_);
    prepared_.clear();
  }
  ResultPtr result(PQexec(conn_, std::string(sql).c_str()));
  ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return ErrorFromResult(conn_, result.get(), "SQL script failed");
  }
  return Status::Ok();
}

Status PostgresConnection::BeginRead() {
  CR_RETURN_IF_ERROR(EnsureConnected());
  CR_RETURN_IF_ERROR(ExecScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
  in_transaction_ = true;
  return Status::Ok();
}

Status PostgresConnection::BeginWrite() {
  CR_RETURN_IF_ERROR(EnsureConnected());
  CR_RETURN_IF_ERROR(ExecScript("BEGIN"));
  in_transaction_ = true;
  return Status::Ok();
}

Status PostgresConnection::Commit() {
  in_transaction_ = false;
  return ExecScript("COMMIT");
}

void PostgresConnection::Rollback() {
  if (PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_IDLE) {
    (void)ExecScript("ROLLBACK");
  }
  in_transaction_ = false;
}

}  // namespace childrecord
