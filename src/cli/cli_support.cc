#include "cli/cli_support.h"

#include <charconv>
#include <iostream>

#include "store/db_url.h"

namespace childrecord::cli {

int Fail(const Error& error) {
  std::cerr << "childrecord: " << error.message;
  if (!error.field.empty() && error.code == ErrorCode::kValidation) std::cerr << " (" << error.field << ")";
  std::cerr << "\n";
  return error.code == ErrorCode::kUnavailable ? 2 : 1;
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& db_url, const Clock& clock) {
  return Store::Open(db_url, clock);
}

Result<std::string> BlobDirFor(const std::string& db_url, const std::string& given) {
  if (!given.empty()) return given;
  CR_ASSIGN_OR_RETURN(DbUrl url, ParseDbUrl(db_url));
  if (url.dialect != Dialect::kSqlite) {
    return Error::Validation("blob-dir", "Give --blob-dir FOLDER: with PostgreSQL, documents' files live in a folder "
                                         "you choose (and back up with the database)");
  }
  std::string base = url.sqlite_path;
  if (base.ends_with(".db")) base.resize(base.size() - 3);
  return base + ".blobs";
}

Result<Tenant> ChooseTenant(Store& store, const std::string& tenant_name) {
  if (!tenant_name.empty()) return store.FindTenant(tenant_name);
  CR_ASSIGN_OR_RETURN(std::vector<Tenant> tenants, store.ListTenants());
  if (tenants.empty()) {
    return Error::Validation("tenant", "The database has no tenant yet: run `childrecord init` (or `childrecord demo`)");
  }
  if (tenants.size() > 1) {
    return Error::Validation("tenant", "The database holds several tenants: say which with --tenant NAME");
  }
  return tenants.front();
}

Result<std::chrono::seconds> ParseDuration(const std::string& text, const std::string& flag) {
  if (text.empty()) return Error::Validation(flag, flag + " needs a duration such as 15m or 10h");
  long long value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  const std::string unit(ptr, text.data() + text.size());
  long long scale = unit.empty() || unit == "s" ? 1 : unit == "m" ? 60 : unit == "h" ? 3600 : unit == "d" ? 86400 : 0;
  if (ec != std::errc() || scale == 0 || value <= 0) {
    return Error::Validation(flag, flag + " must be a positive duration such as 90s, 15m, 10h or 1d (got '" + text +
                                       "')");
  }
  return std::chrono::seconds(value * scale);
}

std::string ReadSecretLine() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace childrecord::cli
