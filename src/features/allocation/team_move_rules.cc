#include "features/allocation/team_move_rules.h"

#include <algorithm>

#include "core/field_errors.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

Result<Json> BuildTeamChanged(const Json& input, const std::string& child_id, const AllocationState& state,
                              const std::vector<Team>& teams) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  FieldErrors errors;
  if (state.closed) {
    errors.Add(
        Error::Validation("team_id", "This record is closed, so it cannot move to another team: reopen it first"));
  }
  auto team_id = Text(input, "team_id", "team_id", "Choose the team the record moves to");
  if (errors.Check(team_id)) {
    const bool known = std::any_of(teams.begin(), teams.end(), [&](const Team& t) { return t.id == *team_id; });
    if (!known) {
      errors.Add(Error::Validation("team_id", "There is no team with that id: choose one of the teams"));
    } else if (*team_id == state.team_id) {
      errors.Add(Error::Validation("team_id", "The record is in this team already: choose another team"));
    }
  }
  auto summary = Text(input, "transfer_summary", "transfer_summary",
                      "Write the transfer summary: what the new team needs to know to carry on the work", kMaxLongText);
  errors.Check(summary);
  auto reason = AllocationReason(input);
  errors.Check(reason);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"from_team_id", state.team_id},
              {"to_team_id", *team_id},
              {"previous_worker_id", state.current_worker_id.empty() ? Json(nullptr) : Json(state.current_worker_id)},
              {"transfer_summary", *summary},
              {"reason", reason->empty() ? Json(nullptr) : Json(*reason)}};
}

}  // namespace childrecord
