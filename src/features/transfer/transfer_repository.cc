#include "features/transfer/transfer_repository.h"

#include "store/described_rows.h"

namespace childrecord {

namespace {

// The columns come from TransferView's description (transfer_views.cc), read back by it.
std::string TransferSelect() {
  return "SELECT " + fields::SelectList<TransferView>() +
         " FROM record_transfers t LEFT JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t.recorded_by ";
}

}  // namespace

Result<std::vector<TransferView>> TransferRepository::List(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(TransferSelect() +
                                    "WHERE t.tenant_id = ? AND t.child_id = ? ORDER BY t.recorded_at DESC, t.id DESC",
                                {tenant_id, child_id}));
  std::vector<TransferView> out;
  for (const auto& r : rows) out.push_back(ReadRow<TransferView>(r));
  return out;
}

Result<TransferView> TransferRepository::Get(const std::string& tenant_id, const std::string& transfer_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(TransferSelect() + "WHERE t.tenant_id = ? AND t.id = ?",
                                              {tenant_id, transfer_id}));
  if (rows.empty()) return Error::NotFound("There is no transfer with that id");
  return ReadRow<TransferView>(rows[0]);
}

}  // namespace childrecord
