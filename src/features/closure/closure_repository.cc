#include "features/closure/closure_repository.h"

#include "store/described_rows.h"

namespace childrecord {

Result<std::optional<RecordClosure>> ClosureRepository::Latest(const std::string& tenant_id,
                                                               const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  // The columns come from RecordClosure's description (closure_views.cc), read back by it.
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<RecordClosure>() +
                                    " FROM record_closures r LEFT JOIN users u ON u.tenant_id = r.tenant_id AND "
                                    "u.id = r.closed_by WHERE r.tenant_id = ? AND r.child_id = ? "
                                    "ORDER BY r.recorded_at DESC, r.id DESC LIMIT 1",
                                {tenant_id, child_id}));
  if (rows.empty()) return std::optional<RecordClosure>();
  return std::optional<RecordClosure>(ReadRow<RecordClosure>(rows[0]));
}

}  // namespace childrecord
