#include "features/allocation/allocation_views.h"

namespace childrecord {

const fields::Description<Allocation>& Describe(const Allocation*) {
  using fields::Kind;
  using V = Allocation;
  static const fields::Description<Allocation> description = {
      {"worker_id", "a.worker_id", &V::worker_id, Kind::kOptionalText, "the worker allocated; null: none"},
      {"worker", "w.full_name", &V::worker_name, Kind::kOptionalText, "the worker's name"},
      {"previous_worker_id", "a.previous_worker_id", &V::previous_worker_id, Kind::kOptionalText,
       "the worker the record moved from; null: none"},
      {"previous_worker", "p.full_name", &V::previous_worker_name, Kind::kOptionalText},
      {"reason", "a.reason", &V::reason, Kind::kOptionalText, "why, when the manager said"},
      {"allocated_by_id", "a.allocated_by", &V::allocated_by, Kind::kText, "who decided (user id)"},
      {"allocated_by", "m.full_name", &V::allocated_by_name, Kind::kText, "who decided"},
      {"recorded_at", "a.recorded_at", &V::recorded_at, Kind::kInstant},
      {"from_team", "ft.name", &V::from_team_name, Kind::kOptionalText, "a move to another team: the team it left"},
      {"to_team", "tt.name", &V::to_team_name, Kind::kOptionalText, "a move to another team: the team it joined"},
      {"transfer_summary", "a.transfer_summary", &V::transfer_summary, Kind::kOptionalText,
       "a move to another team: what the new team needs to know (R20)"},
  };
  return description;
}

const fields::Description<TeamWorker>& Describe(const TeamWorker*) {
  using fields::Kind;
  using V = TeamWorker;
  static const fields::Description<TeamWorker> description = {
      {"id", "u.id", &V::id, Kind::kText},
      {"full_name", "u.full_name", &V::full_name, Kind::kText},
      // Counted per worker through the index children_by_worker, not by reading the team's records.
      {"caseload",
       "(SELECT COUNT(*) FROM children k WHERE k.tenant_id = u.tenant_id AND k.allocated_worker_id = u.id AND "
       "k.status = 'open')",
       &V::caseload, Kind::kInteger, "the open records allocated to the worker"},
  };
  return description;
}

const fields::Description<UnallocatedChild>& Describe(const UnallocatedChild*) {
  using fields::Kind;
  using V = UnallocatedChild;
  static const fields::Description<UnallocatedChild> description = {
      {"id", "c.id", &V::id, Kind::kText},
      {"full_name", "c.full_name", &V::full_name, Kind::kText},
      {"date_of_birth", "c.date_of_birth", &V::date_of_birth, Kind::kOptionalDate},
      {"opened_at", "c.opened_at", &V::opened_at, Kind::kInstant},
      {"referral_received_on", "c.referral_received_on", &V::referral_received_on, Kind::kDate},
      {"name_key", "c.name_key", &V::name_key, Kind::kText, "", {}, true},
  };
  return description;
}

}  // namespace childrecord
