// IdentityRepository: the child's identity history (R2) and living arrangements (R4, R8).
#include "features/identity/identity_repository.h"

#include "store/described_rows.h"

namespace childrecord {

// The rows these read, each read by the columns its description names (store/described_rows.h).
// The descriptions give only each field's column: the API spells these views' JSON itself.
const fields::Description<IdentityChangeView>& Describe(const IdentityChangeView*) {
  using V = IdentityChangeView;
  static const fields::Description<IdentityChangeView> description = {
      {"id", "i.id", &V::id},
      {"child_id", "i.child_id", &V::child_id},
      {"effective_from", "i.effective_from", &V::effective_from},
      {"reason", "i.reason", &V::reason},
      {"changes", "i.changes", &V::changes},
      {"recorded_at", "i.recorded_at", &V::recorded_at},
      {"recorded_by_name", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

const fields::Description<ChildIdentityRow>& Describe(const ChildIdentityRow*) {
  using V = ChildIdentityRow;
  static const fields::Description<ChildIdentityRow> description = {
      {"opened_full_name", "opened_full_name", &V::opened_full_name},
      {"opened_date_of_birth", "opened_date_of_birth", &V::opened_date_of_birth},
      {"opened_local_child_id", "opened_local_child_id", &V::opened_local_child_id},
      {"full_name", "full_name", &V::full_name},
      {"other_names", "other_names", &V::other_names},
      {"date_of_birth", "date_of_birth", &V::date_of_birth},
      {"nhs_number", "nhs_number", &V::nhs_number},
      {"upn", "upn", &V::upn},
      {"local_child_id", "local_child_id", &V::local_child_id},
  };
  return description;
}

const fields::Description<LivingArrangementView>& Describe(const LivingArrangementView*) {
  using V = LivingArrangementView;
  static const fields::Description<LivingArrangementView> description = {
      {"id", "l.id", &V::id},
      {"child_id", "l.child_id", &V::child_id},
      {"effective_from", "l.effective_from", &V::effective_from},
      {"place_kind", "l.place_kind", &V::place_kind},
      {"place", "l.place", &V::place},
      {"with_whom", "l.with_whom", &V::with_whom},
      {"legal_status", "l.legal_status", &V::legal_status},
      {"order_made_on", "l.order_made_on", &V::order_made_on},
      {"order_court", "l.order_court", &V::order_court},
      {"order_document_id", "l.order_document_id", &V::order_document_id},
      {"provider_name", "l.provider_name", &V::provider_name},
      {"recorded_at", "l.recorded_at", &V::recorded_at},
      {"recorded_by_name", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

Result<std::vector<IdentityChangeView>> IdentityRepository::IdentityHistory(const std::string& tenant_id,
                                                                            const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT " + fields::SelectList<IdentityChangeView>() +
                    " FROM identity_changes i LEFT JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.recorded_by "
                    "WHERE i.tenant_id = ? AND i.child_id = ? ORDER BY i.id",
                {tenant_id, child_id}));
  std::vector<IdentityChangeView> out;
  for (const auto& r : rows) out.push_back(ReadRow<IdentityChangeView>(r));
  return out;
}

Result<ChildIdentityRow> IdentityRepository::ChildIdentity(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<ChildIdentityRow>() +
                                                  " FROM children WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  return ReadRow<ChildIdentityRow>(rows[0]);
}

Result<std::vector<LivingArrangementView>> IdentityRepository::LivingArrangements(const std::string& tenant_id,
                                                                                  const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query(
          "SELECT " + fields::SelectList<LivingArrangementView>() +
              " FROM living_arrangements l LEFT JOIN users u ON u.tenant_id = l.tenant_id AND u.id = l.recorded_by "
              "WHERE l.tenant_id = ? AND l.child_id = ? ORDER BY l.id",
          {tenant_id, child_id}));
  std::vector<LivingArrangementView> out;
  for (const auto& r : rows) out.push_back(ReadRow<LivingArrangementView>(r));
  return out;
}

}  // namespace childrecord
