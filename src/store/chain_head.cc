#include "store/chain_head.h"

#include "store/described_rows.h"

namespace childrecord {

// A chain's newest row as ReadChainHead selects it, read by the columns its description names.
const fields::Description<JournalHead>& Describe(const JournalHead*) {
  static const fields::Description<JournalHead> description = {
      {"seq", "seq", &JournalHead::seq, fields::Kind::kInteger}, {"hash", "hash", &JournalHead::hash}};
  return description;
}

Result<JournalHead> ReadChainHead(Connection& db, const char* table, const std::string& tenant_id) {
  CR_ASSIGN_OR_RETURN(SqlRows rows, db.Query("SELECT " + fields::SelectList<JournalHead>() + " FROM " + table +
                                                 " WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1",
                                             {tenant_id}));
  if (rows.empty()) return JournalHead{};
  return ReadRow<JournalHead>(rows[0]);
}

}  // namespace childrecord
