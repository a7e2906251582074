#include "features/children/children_views.h"

namespace childrecord {

const fields::Description<ChildListItem>& Describe(const ChildListItem*) {
  using fields::Kind;
  using V = ChildListItem;
  // Columns of `children c` with its team `t` and allocated worker `w` joined.
  static const fields::Description<ChildListItem> description = {
      {"id", "c.id", &V::id},
      {"full_name", "c.full_name", &V::full_name},
      {"date_of_birth", "c.date_of_birth", &V::date_of_birth, Kind::kOptionalDate},
      {"local_child_id", "c.local_child_id", &V::local_child_id, Kind::kText, "the council's own number for the child"},
      {"status", "c.status", &V::status, Kind::kText, "open or closed (R1)", {"open", "closed"}},
      {"team", "t.name", &V::team_name},
      {"allocated_worker", "w.full_name", &V::allocated_worker_name, Kind::kOptionalText},
      {"opened_at", "c.opened_at", &V::opened_at, Kind::kInstant},
      {"last_entry_at",
       "(SELECT MAX(e.occurred_at) FROM entries e WHERE e.tenant_id = c.tenant_id AND e.child_id = c.id)",
       &V::last_entry_at, Kind::kOptionalInstant, "when the latest entry happened"},
      {"team_id", "c.team_id", &V::team_id, Kind::kText, "", {}, /*internal=*/true},
      {"allocated_worker_id", "c.allocated_worker_id", &V::allocated_worker_id, Kind::kText, "", {}, /*internal=*/true},
      {"name_key", "c.name_key", &V::name_key, Kind::kText, "", {}, /*internal=*/true},
  };
  return description;
}

const fields::Description<ChildRecord>& Describe(const ChildRecord*) {
  using fields::Kind;
  using V = ChildRecord;
  static const fields::Description<ChildRecord> description = {
      {"team_id", "c.team_id", &V::team_id},
      {"allocated_worker_id", "c.allocated_worker_id", &V::allocated_worker_id, Kind::kOptionalText},
      {"received_on", "c.referral_received_on", &V::referral_received_on, Kind::kText, "", {}, /*internal=*/true},
      {"source", "c.referral_source", &V::referral_source, Kind::kText, "", {}, /*internal=*/true},
      {"reason", "c.referral_reason", &V::referral_reason, Kind::kText, "", {}, /*internal=*/true},
  };
  return description;
}

}  // namespace childrecord
