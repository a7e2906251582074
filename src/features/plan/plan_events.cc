#include "features/plan/plan_events.h"

#include <string>

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::plan {

using namespace projector;

namespace {

Result<FieldValue> ListText(const JournalEvent& event, const Json& p, const char* field) {
  auto it = p.find(field);
  if (it == p.end() || !it->is_array()) return BadPayload(event, field);
  auto text = CanonicalJson(*it);
  if (!text.ok()) return BadPayload(event, field);
  return FieldValue(*text);
}

Result<int64_t> Version(const JournalEvent& event, const Json& p) {
  auto it = p.find("version");
  if (it == p.end() || !it->is_number_integer()) return BadPayload(event, "version");
  return it->get<int64_t>();
}

// An action's current row and its version row, from plan.action_added or plan.action_changed
// (both carry the action's whole version, so the projection reads nothing else).
Result<std::vector<Mutation>> ProjectAction(const JournalEvent& event, const Json& p, bool added) {
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "action_id"));
  CR_ASSIGN_OR_RETURN(int64_t version, Version(event, p));
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"plan_id", "plan_id", Column::kRequiredText},
                                             {"goal_id", "goal_id", Column::kRequiredText},
                                             {"child_id", "child_id", Column::kRequiredText},
                                             {"description", "description", Column::kRequiredText},
                                             {"owner_kind", "owner_kind", Column::kRequiredText},
                                             {"owner_person_id", "owner_person_id", Column::kOptionalText},
                                             {"owner_user_id", "owner_user_id", Column::kOptionalText},
                                             {"owner_name", "owner_name", Column::kRequiredText},
                                             {"owner_role", "owner_role", Column::kOptionalText},
                                             {"due_on", "due_on", Column::kRequiredText},
                                             {"status", "status", Column::kRequiredText},
                                             {"done_on", "done_on", Column::kOptionalText},
                                             {"review_id", "review_id", Column::kOptionalText}}));
  f["version"] = version;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  Fields v{{"action_id", id},
           {"plan_id", f["plan_id"]},
           {"version", version},
           {"description", f["description"]},
           {"owner_name", f["owner_name"]},
           {"owner_role", f["owner_role"]},
           {"due_on", f["due_on"]},
           {"status", f["status"]},
           {"done_on", f["done_on"]},
           {"review_id", f["review_id"]},
           {"changed_by", event.actor},
           {"recorded_at", f["recorded_at"]}};
  std::vector<Mutation> out;
  if (added) {
    out.push_back(Insert(kActionsTable, id, std::move(f)));
  } else {
    out.push_back(Mutation{Mutation::Kind::kUpdate, kActionsTable, id, std::move(f)});
  }
  out.push_back(Insert(kActionVersionsTable, id + "/" + std::to_string(version), std::move(v)));
  return out;
}

}  // namespace

Result<std::vector<Mutation>> ProjectPlanEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  std::vector<Mutation> out;
  const std::string at = FormatUtc(event.recorded_at);
  if (event.type == events::kPlanStarted) {
    CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "plan_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"child_id", "child_id", Column::kRequiredText},
                                               {"kind", "kind", Column::kRequiredText},
                                               {"started_on", "started_on", Column::kRequiredText}}));
    f["started_by"] = event.actor;
    f["recorded_at"] = at;
    f["ended_on"] = FieldValue{};
    f["end_reason"] = FieldValue{};
    f["ended_by"] = FieldValue{};
    out.push_back(Insert(kPlansTable, id, std::move(f)));
    return out;
  }
  if (event.type == events::kPlanEnded) {
    CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "plan_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"ended_on", "ended_on", Column::kRequiredText},
                                               {"end_reason", "reason", Column::kRequiredText}}));
    f["ended_by"] = event.actor;
    out.push_back(Mutation{Mutation::Kind::kUpdate, kPlansTable, id, std::move(f)});
    return out;
  }
  if (event.type == events::kPlanGoalAdded) {
    CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "goal_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"plan_id", "plan_id", Column::kRequiredText},
                                               {"child_id", "child_id", Column::kRequiredText},
                                               {"title", "title", Column::kRequiredText},
                                               {"description", "description", Column::kOptionalText}}));
    f["added_by"] = event.actor;
    f["recorded_at"] = at;
    out.push_back(Insert(kGoalsTable, id, std::move(f)));
    return out;
  }
  if (event.type == events::kPlanActionAdded) return ProjectAction(event, p, true);
  if (event.type == events::kPlanActionChanged) return ProjectAction(event, p, false);
  // plan.review_held
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "review_id"));
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"plan_id", "plan_id", Column::kRequiredText},
                                             {"child_id", "child_id", Column::kRequiredText},
                                             {"held_on", "held_on", Column::kRequiredText},
                                             {"decisions", "decisions", Column::kRequiredText},
                                             {"next_steps", "next_steps", Column::kOptionalText}}));
  CR_ASSIGN_OR_RETURN(f["attendees"], ListText(event, p, "attendees"));
  CR_ASSIGN_OR_RETURN(f["views"], ListText(event, p, "views"));
  CR_ASSIGN_OR_RETURN(f["progress"], ListText(event, p, "progress"));
  f["recorded_by"] = event.actor;
  f["recorded_at"] = at;
  out.push_back(Insert(kReviewsTable, id, std::move(f)));
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{
      {events::kPlanStarted, events::kPlanGoalAdded, events::kPlanActionAdded, events::kPlanActionChanged,
       events::kPlanReviewHeld, events::kPlanEnded},
      &ProjectPlanEvent,
      {{kPlansTable,
        {"child_id", "kind", "started_on", "started_by", "recorded_at", "ended_on", "end_reason", "ended_by"}},
       {kGoalsTable, {"plan_id", "child_id", "title", "description", "added_by", "recorded_at"}},
       {kActionsTable,
        {"plan_id", "goal_id", "child_id", "description", "owner_kind", "owner_person_id", "owner_user_id",
         "owner_name", "owner_role", "due_on", "status", "done_on", "version", "review_id", "recorded_at"}},
       {kActionVersionsTable,
        {"action_id", "plan_id", "version", "description", "owner_name", "owner_role", "due_on", "status", "done_on",
         "review_id", "changed_by", "recorded_at"}},
       {kReviewsTable,
        {"plan_id", "child_id", "held_on", "attendees", "views", "progress", "decisions", "next_steps", "recorded_by",
         "recorded_at"}}}};
}

}  // namespace childrecord::features::plan
