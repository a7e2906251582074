#include "features/transfer/transfer_repository.h"

namespace childrecord {

namespace {

constexpr char kTransferColumns[] =
    "SELECT t.id, t.child_id, t.agency, t.agency_contact, t.sent_on, t.method, t.parts, t.entries_from, "
    "t.entries_to, t.reason, t.recorded_at, t.recorded_by, u.full_name "
    "FROM record_transfers t LEFT JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t.recorded_by ";

TransferView TransferFrom(const SqlRow& r) {
  return TransferView{AsText(r[0]),  AsText(r[1]),  AsText(r[2]), AsText(r[3]), AsText(r[4]),
                      AsText(r[5]),  AsText(r[6]),  AsText(r[7]), AsText(r[8]), AsText(r[9]),
                      AsText(r[10]), AsText(r[11]), AsText(r[12])};
}

}  // namespace

Result<std::vector<TransferView>> TransferRepository::List(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(std::string(kTransferColumns) +
                                    "WHERE t.tenant_id = ? AND t.child_id = ? ORDER BY t.recorded_at DESC, t.id DESC",
                                {tenant_id, child_id}));
  std::vector<TransferView> out;
  for (const auto& r : rows) out.push_back(TransferFrom(r));
  return out;
}

Result<TransferView> TransferRepository::Get(const std::string& tenant_id, const std::string& transfer_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string(kTransferColumns) + "WHERE t.tenant_id = ? AND t.id = ?",
                                              {tenant_id, transfer_id}));
  if (rows.empty()) return Error::NotFound("There is no transfer with that id");
  return TransferFrom(rows[0]);
}

}  // namespace childrecord
