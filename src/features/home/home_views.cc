#include "features/home/home_views.h"

namespace childrecord {

const fields::Description<HomeChild>& Describe(const HomeChild*) {
  using fields::Kind;
  using V = HomeChild;
  static const fields::Description<HomeChild> description = {
      {"id", "c.id", &V::id, Kind::kText},
      {"full_name", "c.full_name", &V::full_name, Kind::kText},
      {"date_of_birth", "c.date_of_birth", &V::date_of_birth, Kind::kOptionalDate},
      {"team", "t.name", &V::team_name, Kind::kText},
      {"opened_at", "c.opened_at", &V::opened_at, Kind::kInstant},
      // The latest home visit, read backwards through the child's entries (index
      // entries_by_child_in_page_order) and stopping at the first visit.
      {"last_visit_at",
       "(SELECT e.occurred_at FROM entries e WHERE e.tenant_id = c.tenant_id AND e.child_id = c.id AND "
       "e.kind = 'visit' ORDER BY e.occurred_at DESC LIMIT 1)",
       &V::last_visit_at, Kind::kOptionalInstant, "when the latest home visit happened"},
  };
  return description;
}

const fields::Description<HomeLateEntry>& Describe(const HomeLateEntry*) {
  using fields::Kind;
  using V = HomeLateEntry;
  static const fields::Description<HomeLateEntry> description = {
      {"id", "e.id", &V::id, Kind::kText},
      {"child_id", "e.child_id", &V::child_id, Kind::kText},
      {"child", "c.full_name", &V::child_name, Kind::kText},
      {"kind", "e.kind", &V::kind, Kind::kText},
      {"occurred_at", "e.occurred_at", &V::occurred_at, Kind::kInstant},
      {"recorded_at", "e.recorded_at", &V::recorded_at, Kind::kInstant},
      {"author", "u.full_name", &V::author_name, Kind::kText},
  };
  return description;
}

const fields::Description<TeamRecordCount>& Describe(const TeamRecordCount*) {
  using fields::Kind;
  using V = TeamRecordCount;
  // Counted per team through the index children_by_team_worker, never by reading every child.
  static const fields::Description<TeamRecordCount> description = {
      {"team_id", "t.id", &V::team_id, Kind::kText},
      {"team", "t.name", &V::team_name, Kind::kText},
      {"open_records",
       "(SELECT COUNT(*) FROM children k WHERE k.tenant_id = t.tenant_id AND k.team_id = t.id AND "
       "k.status = 'open')",
       &V::open_records, Kind::kInteger},
      {"unallocated",
       "(SELECT COUNT(*) FROM children k WHERE k.tenant_id = t.tenant_id AND k.team_id = t.id AND "
       "k.allocated_worker_id IS NULL AND k.status = 'open')",
       &V::unallocated, Kind::kInteger},
  };
  return description;
}

}  // namespace childrecord
