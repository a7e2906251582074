#pragma once

#include <cstdint>
#include <string>

#include "core/journal_event.h"
#include "core/result.h"
#include "store/database.h"

namespace childrecord {

// The newest link of a tenant's hash chain: the journal's or the access log's.
struct JournalHead {
  int64_t seq = 0;  // 0 for an empty chain
  std::string hash = kGenesisHash;
};

// The head of `table` ("journal" or "access_log") for the tenant, read on `db` (inside the
// caller's transaction when it holds one). Reads one row by the (tenant_id, seq) key, newest first.
Result<JournalHead> ReadChainHead(Connection& db, const char* table, const std::string& tenant_id);

}  // namespace childrecord
