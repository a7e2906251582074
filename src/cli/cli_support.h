#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord::cli {

// Shared by the subcommands: they are thin adapters over the core library.

// Prints "childrecord: <message>" to stderr and returns the exit status for a failure (1 for
// problems with the input or the data, 2 when the database cannot be reached).
int Fail(const Error& error);

// Opens the store named by --db (applying migrations).
Result<std::unique_ptr<Store>> OpenStore(const std::string& db_url, const Clock& clock = SystemClock::Instance());

// The tenant named by --tenant, or the only tenant when none is named.
Result<Tenant> ChooseTenant(Store& store, const std::string& tenant_name);

// "15m", "10h", "90s", "1d" or a number of seconds.
Result<std::chrono::seconds> ParseDuration(const std::string& text, const std::string& flag);

// The folder of documents' bytes (store/blob_store.h): `given` when not empty; for SQLite, beside
// the database file ("var/demo.db" -> "var/demo.blobs"); for PostgreSQL there is no default
// (kValidation naming --blob-dir): the folder must be chosen and backed up with the database.
Result<std::string> BlobDirFor(const std::string& db_url, const std::string& given);

// One line from standard input, without its line ending (for passwords).
std::string ReadSecretLine();

}  // namespace childrecord::cli
