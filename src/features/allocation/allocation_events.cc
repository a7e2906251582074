#include "features/allocation/allocation_events.h"

#include <string>

#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::allocation {

using namespace projector;

namespace {

Result<std::vector<Mutation>> ProjectTeamChanged(const JournalEvent& event, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, event.payload,
                                            {{"from_team_id", "from_team_id", Column::kRequiredText},
                                             {"to_team_id", "to_team_id", Column::kRequiredText},
                                             {"previous_worker_id", "previous_worker_id", Column::kOptionalText},
                                             {"transfer_summary", "transfer_summary", Column::kRequiredText},
                                             {"reason", "reason", Column::kOptionalText}}));
  const FieldValue to_team = f["to_team_id"];
  f["child_id"] = child_id;
  f["worker_id"] = FieldValue{};
  f["allocated_by"] = event.actor;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  std::vector<Mutation> out;
  out.push_back(Insert(kAllocationsTable, child_id + "/" + std::to_string(event.seq), std::move(f)));
  out.push_back(Mutation{Mutation::Kind::kUpdate, "children", child_id,
                         Fields{{"team_id", to_team}, {"allocated_worker_id", FieldValue{}}}});
  return out;
}

}  // namespace

Result<std::vector<Mutation>> ProjectAllocationEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string child_id, IdOf(event, "child_id"));
  if (event.type == events::kChildTeamChanged) return ProjectTeamChanged(event, child_id);
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"worker_id", "worker_id", Column::kOptionalText},
                                             {"previous_worker_id", "previous_worker_id", Column::kOptionalText},
                                             {"reason", "reason", Column::kOptionalText}}));
  const FieldValue worker = f["worker_id"];
  f["child_id"] = child_id;
  f["from_team_id"] = FieldValue{};
  f["to_team_id"] = FieldValue{};
  f["transfer_summary"] = FieldValue{};
  f["allocated_by"] = event.actor;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  std::vector<Mutation> out;
  out.push_back(Insert(kAllocationsTable, child_id + "/" + std::to_string(event.seq), std::move(f)));
  out.push_back(Mutation{Mutation::Kind::kUpdate, "children", child_id, Fields{{"allocated_worker_id", worker}}});
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kChildAllocated, events::kChildTeamChanged},
                       &ProjectAllocationEvent,
                       {{kAllocationsTable,
                         {"child_id", "worker_id", "previous_worker_id", "reason", "allocated_by", "recorded_at",
                          "from_team_id", "to_team_id", "transfer_summary"}}}};
}

}  // namespace childrecord::features::allocation
