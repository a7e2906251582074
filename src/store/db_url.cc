#include "store/db_url.h"

namespace childrecord {

Result<DbUrl> ParseDbUrl(std::string_view url) {
  constexpr std::string_view kSqlite = "sqlite://";
  if (url.starts_with(kSqlite)) {
    std::string path(url.substr(kSqlite.size()));
    if (path.empty() || path == "/") {
      return Error::Validation("db", "The SQLite URL has no file path: write sqlite:///absolute/path.db");
    }
    return DbUrl{Dialect::kSqlite, path, {}};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return DbUrl{Dialect::kPostgres, {}, std::string(url)};
  }
  return Error::Validation("db", "The database URL must start with sqlite:// or postgresql://");
}

}  // namespace childrecord
