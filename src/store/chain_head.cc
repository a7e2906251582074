#include "store/chain_head.h"

namespace childrecord {

Result<JournalHead> ReadChainHead(Connection& db, const char* table, const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(SqlRows rows, db.Query(std::string("SELECT seq, hash FROM ") + table +
                                                 " WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1",
                                             {tenant_id}));
  if (rows.empty()) return JournalHead{};
  return JournalHead{AsInt(rows[0][0]), AsText(rows[0][1])};
}

}  // namespace childrecord
