// IdentityRepository: the child's identity history (R2) and living arrangements (R4, R8).
#include "features/identity/identity_repository.h"

namespace childrecord {

Result<std::vector<IdentityChangeView>> IdentityRepository::IdentityHistory(const std::string& tenant_id,
                                                                            const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT i.id, i.child_id, i.effective_from, i.reason, i.changes, i.recorded_at, u.full_name "
                "FROM identity_changes i LEFT JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.recorded_by "
                "WHERE i.tenant_id = ? AND i.child_id = ? ORDER BY i.id",
                {tenant_id, child_id}));
  std::vector<IdentityChangeView> out;
  for (const auto& r : rows) {
    out.push_back(IdentityChangeView{AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]), AsText(r[5]),
                                     AsText(r[6])});
  }
  return out;
}

Result<ChildIdentityRow> IdentityRepository::ChildIdentity(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT opened_full_name, opened_date_of_birth, opened_local_child_id, full_name, "
                                "other_names, date_of_birth, nhs_number, upn, local_child_id FROM children "
                                "WHERE tenant_id = ? AND id = ?",
                                {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  const SqlRow& r = rows[0];
  return ChildIdentityRow{AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]),
                          AsText(r[5]), AsText(r[6]), AsText(r[7]), AsText(r[8])};
}

Result<std::vector<LivingArrangementView>> IdentityRepository::LivingArrangements(const std::string& tenant_id,
                                                                                  const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT l.id, l.child_id, l.effective_from, l.place_kind, l.place, l.with_whom, l.legal_status, "
                "l.order_made_on, l.order_court, l.order_document_id, l.provider_name, l.recorded_at, u.full_name "
                "FROM living_arrangements l LEFT JOIN users u ON u.tenant_id = l.tenant_id AND u.id = l.recorded_by "
                "WHERE l.tenant_id = ? AND l.child_id = ? ORDER BY l.id",
                {tenant_id, child_id}));
  std::vector<LivingArrangementView> out;
  for (const auto& r : rows) {
    out.push_back(LivingArrangementView{AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]),
                                        AsText(r[5]), AsText(r[6]), AsText(r[7]), AsText(r[8]), AsText(r[9]),
                                        AsText(r[10]), AsText(r[11]), AsText(r[12])});
  }
  return out;
}

}  // namespace childrecord
