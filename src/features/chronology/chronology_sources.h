#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/chronology/chronology_views.h"
#include "store/database.h"

namespace childrecord {

// R20: where the chronology's items come from — one function per source, each reading one feature's
// projected table BY CHILD through an index. A new source (the child's plan and its reviews, the
// assessments) is one more function here and one more line in ChronologySources().
//
// Each source returns the items of `query.child_id` that come after `query.after` in the order
// (chronology_rules.h ComesBefore), in that order. A source that can grow large (entries, the items
// added by hand) reads by keyset with the filter's bounds in SQL and at most `query.limit` rows; the
// small ones (a child's moves, living arrangements, closures: tens, not thousands) may return all of
// theirs: the repository filters and merges them. Impacts are added by the repository.
struct SourceQuery {
  std::string tenant_id = {};
  std::string child_id = {};
  ChronologyFilter filter = {};
  std::optional<ChronologyPosition> after = std::nullopt;
  int64_t limit = 100;
};

using ChronologySourceFn = Result<std::vector<ChronologyItem>> (*)(Connection& db, const SourceQuery& query);

struct ChronologySource {
  std::string kind;  // the kind of item it gives (ChronologyKinds()); skipped when the filter leaves it out
  ChronologySourceFn read;
};

// Every source, in no particular order (the repository merges them).
const std::vector<ChronologySource>& ChronologySources();

// The sources, each on its own (tested alone and used by other features):
// entries marked significant, not promoted (entries_significant_by_child)
Result<std::vector<ChronologyItem>> SignificantEntryItems(Connection& db, const SourceQuery& query);
// items added by hand or promoted from an entry (chronology_items_by_child)
Result<std::vector<ChronologyItem>> AddedItems(Connection& db, const SourceQuery& query);
// people moving into or out of the child's home, R3, R18 (child_person_link_changes_by_child)
Result<std::vector<ChronologyItem>> HouseholdItems(Connection& db, const SourceQuery& query);
// where the child lives and their legal status, R4 (living_arrangements_by_child)
Result<std::vector<ChronologyItem>> LivingItems(Connection& db, const SourceQuery& query);
// orders made about the child, R8 (living_arrangements_by_child: an arrangement names its order)
Result<std::vector<ChronologyItem>> OrderItems(Connection& db, const SourceQuery& query);
// the record opened (its referral), closed (record_closures_by_child) and copied to an adoption
// agency (record_transfers_child), R1, R17
Result<std::vector<ChronologyItem>> RecordItems(Connection& db, const SourceQuery& query);
// Child and Family Assessments started and authorised with their outcome, R20 (assessments_by_child)
Result<std::vector<ChronologyItem>> AssessmentItems(Connection& db, const SourceQuery& query);
// the child's plans started and ended, and their reviews, R24 (plans_by_child, plan_reviews_by_plan)
Result<std::vector<ChronologyItem>> PlanItems(Connection& db, const SourceQuery& query);
// the record moving to another team with its transfer summary, R20 (child_allocations_by_child)
Result<std::vector<ChronologyItem>> TeamMoveItems(Connection& db, const SourceQuery& query);

}  // namespace childrecord
