#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "store/database.h"

namespace childrecord {

// A parsed --db URL (SPEC §6): "sqlite:///absolute/path.db", "sqlite://relative.db", or a
// "postgresql://" / "postgres://" connection URL passed to libpq unchanged.
struct DbUrl {
  Dialect dialect;
  std::string sqlite_path;   // for kSqlite
  std::string postgres_url;  // for kPostgres
};

Result<DbUrl> ParseDbUrl(std::string_view url);

}  // namespace childrecord
