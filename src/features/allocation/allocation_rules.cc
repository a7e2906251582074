#include "features/allocation/allocation_rules.h"

#include "core/field_errors.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

bool MayAllocate(const UserAccount& who, const std::string& record_team_id) {
  if (!who.active) return false;
  if (who.role == "senior_manager") return true;
  return who.role == "team_manager" && !who.team_id.empty() && who.team_id == record_team_id;
}

bool HoldsCaseload(const std::string& role) { return role == "practitioner"; }

Result<std::string> AllocationReason(const Json& input) { return OptionalText(input, "reason", "reason", 2000); }

Result<Json> BuildChildAllocated(const Json& input, const std::string& child_id, const AllocationState& state,
                                 const std::optional<UserAccount>& worker) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  FieldErrors errors;
  if (state.closed) {
    errors.Add(Error::Validation("worker_id", "This record is closed, so it cannot be allocated: reopen it first"));
  }
  std::string worker_id;
  auto given = input.find("worker_id");
  if (given != input.end() && !given->is_null()) {
    if (!given->is_string()) {
      errors.Add(Error::Validation("worker_id", "Choose a worker from the team"));
    } else {
      worker_id = Trim(given->get<std::string>());
    }
  }
  if (!worker_id.empty()) {
    if (!worker || worker->id != worker_id) {
      errors.Add(Error::Validation("worker_id", "There is no worker with that id: choose a worker from the team"));
    } else if (!worker->active) {
      errors.Add(Error::Validation("worker_id", worker->full_name + "’s account is disabled: choose another worker"));
    } else if (!HoldsCaseload(worker->role)) {
      errors.Add(Error::Validation("worker_id", worker->full_name + " is not a practitioner: choose a practitioner"));
    } else if (worker->team_id != state.team_id) {
      errors.Add(Error::Validation("worker_id", worker->full_name + " is not in the record’s team: choose a worker "
                                                                    "from the team"));
    }
  }
  if (worker_id == state.current_worker_id && !state.closed) {
    errors.Add(Error::Validation(
        "worker_id", worker_id.empty()
                         ? "This record has no allocated worker already: choose a worker"
                         : "This record is already allocated to " +
                               (state.current_worker_name.empty() ? std::string("this worker")
                                                                  : state.current_worker_name) +
                               ": choose another worker"));
  }
  auto reason = AllocationReason(input);
  errors.Check(reason);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"worker_id", worker_id.empty() ? Json(nullptr) : Json(worker_id)},
              {"previous_worker_id", state.current_worker_id.empty() ? Json(nullptr) : Json(state.current_worker_id)},
              {"reason", reason->empty() ? Json(nullptr) : Json(*reason)}};
}

}  // namespace childrecord
