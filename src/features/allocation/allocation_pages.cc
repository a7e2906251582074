#include "features/allocation/allocation_pages.h"

#include "core/field_errors.h"
#include "features/allocation/allocation_rules.h"
#include "features/record_form.h"
#include "http/url.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string RecordPath(const std::string& child_id) { return "/children/" + child_id; }

// The form's answer for "no allocated worker" (the allocation ends; journaled like any other).
constexpr char kNoWorker[] = "none";

std::string Children(int64_t n) { return std::to_string(n) + (n == 1 ? " child" : " children"); }

// One line of the record's history in the reader's words.
std::string HistoryLine(const Allocation& a) {
  const std::string who = a.allocated_by_name.empty() ? std::string("a manager") : a.allocated_by_name;
  const std::string when = UkDateOf(a.recorded_at);
  if (!a.to_team_name.empty()) {
    return "Moved from " + a.from_team_name + " to " + a.to_team_name + " by " + who + " on " + when;
  }
  if (a.worker_id.empty()) return "Allocated worker removed by " + who + " on " + when;
  return "Allocated to " + a.worker_name + " by " + who + " on " + when;
}

// R40: the manager's "Change the allocated worker".
RecordForm AllocationForm(AllocationService& allocations) {
  RecordForm form{.action = AccessAction::kRecordDecision, .detail = "allocation form"};
  form.view = [&allocations](const Request& request, const ChildRecord& child, const Form& typed,
                             bool posted) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(std::vector<TeamWorker> workers, allocations.Workers(*request.principal, child));
    RecordFormView view{
        .heading = child.allocated_worker_id.empty() ? "Allocate a worker" : "Change the allocated worker",
        .intro = child.allocated_worker_id.empty()
                     ? "This record has no allocated worker."
                     : "This record is allocated to " + child.summary.allocated_worker_name + ".",
        .inset =
            "The worker it moves from can still read the record for 30 days, to hand the work "
            "over. They can no longer add to it.",
        .submit_label = "Save the allocation",
        .back_href = RecordPath(child.summary.id),
        .back_text = "Back to the record",
        .default_field = "worker_id"};
    std::vector<Option> options;
    for (const TeamWorker& w : workers) {
      options.push_back({w.id, w.full_name,
                         Children(w.caseload) + " allocated" +
                             (w.id == child.allocated_worker_id ? " (allocated to this record now)" : "")});
    }
    // R40: the manager may also end the allocation, leaving the record with no allocated worker.
    if (!child.allocated_worker_id.empty()) {
      options.push_back({kNoWorker, "No allocated worker",
                         "End " + child.summary.allocated_worker_name +
                             "’s allocation. The record goes on the team’s "
                             "unallocated list."});
    }
    const std::string chosen = posted ? FormField(typed, "worker_id") : child.allocated_worker_id;
    view.fields.push_back(ChoiceField("worker_id", "Who should this record be allocated to?",
                                      workers.empty() ? "There are no practitioners in the record’s team." : "",
                                      options,
                                      chosen.empty() ? std::set<std::string>{} : std::set<std::string>{chosen}));
    view.fields.push_back(AreaField("reason", "Why is it changing? (optional)",
                                    "For example, Sam is going on leave and Ada already knows the family.",
                                    FormField(typed, "reason")));
    return view;
  };
  form.submit = [&allocations](const Request& request, const ChildRecord& child,
                               const Form& typed) -> Result<std::string> {
    const std::string worker = FormField(typed, "worker_id");
    Json input{{"worker_id", worker == kNoWorker ? Json(nullptr) : Json(worker)},
               {"reason", FormField(typed, "reason")}};
    if (worker.empty()) {  // nothing chosen: said with any other problem of what was typed
      FieldErrors errors;
      errors.Add(Error::Validation("worker_id", "Choose who the record should be allocated to"));
      errors.Check(AllocationReason(input));
      return errors.ToStatus().error();
    }
    CR_RETURN_IF_ERROR(allocations.Allocate(*request.principal, child.summary.id, input, AccessContextOf(request)));
    return RecordPath(child.summary.id) + "?allocated=1";
  };
  return form;
}

// R20, R40: the manager's "Move to another team", with the transfer summary the new team reads.
RecordForm TeamMoveForm(AllocationService& allocations) {
  RecordForm form{.action = AccessAction::kRecordDecision, .detail = "team move form"};
  form.view = [&allocations](const Request& request, const ChildRecord& child, const Form& typed,
                             bool posted) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(std::vector<Team> teams, allocations.OtherTeams(*request.principal, child));
    RecordFormView view{.heading = "Move to another team",
                        .intro = "This record is in " + child.summary.team_name + ".",
                        .inset =
                            "The record leaves its allocated worker behind and goes on the new team’s list of "
                            "unallocated records for its manager to allocate. The worker can still read it "
                            "for 30 days, to hand the work over.",
                        .submit_label = "Move the record",
                        .back_href = RecordPath(child.summary.id),
                        .back_text = "Back to the record",
                        .default_field = "team_id"};
    std::vector<Option> options;
    for (const Team& t : teams) options.push_back({t.id, t.name, ""});
    const std::string chosen = posted ? FormField(typed, "team_id") : "";
    view.fields.push_back(ChoiceField("team_id", "Which team should the record move to?",
                                      teams.empty() ? "There are no other teams." : "", options,
                                      chosen.empty() ? std::set<std::string>{} : std::set<std::string>{chosen}));
    view.fields.push_back(AreaField("transfer_summary", "Transfer summary",
                                    "What the new team needs to know to carry on: what we have worked on, what "
                                    "is worrying and what is going well, the plan, and who is involved.",
                                    FormField(typed, "transfer_summary")));
    view.fields.push_back(AreaField("reason", "Why is it moving? (optional)",
                                    "For example, the family has moved to the south of the borough.",
                                    FormField(typed, "reason")));
    return view;
  };
  form.submit = [&allocations](const Request& request, const ChildRecord& child,
                               const Form& typed) -> Result<std::string> {
    Json input{{"team_id", FormField(typed, "team_id")},
               {"transfer_summary", FormField(typed, "transfer_summary")},
               {"reason", FormField(typed, "reason")}};
    CR_RETURN_IF_ERROR(allocations.MoveTeam(*request.principal, child.summary.id, input, AccessContextOf(request)));
    // A team manager no longer holds the record once it has left their team: back to their work.
    if (request.principal->user.role == "senior_manager") return RecordPath(child.summary.id) + "?moved=1";
    return std::string("/home?moved=1");
  };
  return form;
}

Response UnallocatedPage(AppContext& context, AllocationService& allocations, Request& request) {
  const std::string cursor = request.Query("cursor");
  auto list = allocations.Unallocated(*request.principal, cursor);
  if (!list.ok()) return ErrorPage(context, request, list.error());
  Json items = Json::array();
  for (const UnallocatedChild& c : list->items) {
    items.push_back({{"full_name", c.full_name},
                     {"href", RecordPath(c.id)},
                     {"allocate_href", RecordPath(c.id) + "/allocation"},
                     {"date_of_birth", c.date_of_birth.empty() ? std::string("Not known") : UkDate(c.date_of_birth)},
                     {"referral_received_on", UkDate(c.referral_received_on)}});
  }
  // One page at a time, however many there are: the count only when it is the whole list.
  const bool whole = cursor.empty() && list->next.empty();
  Json data{
      {"children", items},
      {"has_children", !items.empty()},
      {"count", whole ? Json(Children(static_cast<int64_t>(items.size()))) : Json(nullptr)},
      {"next_href", list->next.empty() ? Json(nullptr) : Json("/team/unallocated?cursor=" + PercentEncode(list->next))},
      {"first_href", cursor.empty() ? Json(nullptr) : Json("/team/unallocated")},
      {"no_team", request.principal->user.team_id.empty()}};
  return RenderPage(context, request, "unallocated", "Unallocated records", std::move(data), 200, "unallocated");
}

}  // namespace

std::vector<FeatureEndpoint> AllocationPageEndpoints(AppContext& context, AllocationService& allocations) {
  std::vector<FeatureEndpoint> out;
  AddRecordForm(out, context, "/children/{id}/allocation", AllocationForm(allocations));
  AddRecordForm(out, context, "/children/{id}/team", TeamMoveForm(allocations));
  // Names of the team's records, as the children list shows them: decided as searching children,
  // then only for managers (AllocationService::Unallocated).
  out.push_back({"GET", "/team/unallocated", AccessAction::kSearchChildren,
                 SignedIn(context, [&context, &allocations](Request& request) {
                   return UnallocatedPage(context, allocations, request);
                 })});
  return out;
}

std::vector<OverviewSection> AllocationOverviewSections(std::shared_ptr<AllocationService> allocations) {
  std::vector<OverviewSection> out;
  out.push_back(
      {"allocation_done",
       [](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
         data = {{"worker", child.summary.allocated_worker_name}, {"none", child.allocated_worker_id.empty()}};
         return Status::Ok();
       },
       OverviewPlace::kBanner, "allocated"});
  out.push_back({"team_moved",
                 [](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   data = {{"team", child.summary.team_name}};
                   return Status::Ok();
                 },
                 OverviewPlace::kBanner, "moved"});
  out.push_back(
      {"allocation_row",
       [](const Principal& who, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
         data = {{"worker", child.summary.allocated_worker_name}, {"none", child.allocated_worker_id.empty()}};
         if (MayAllocate(who.user, child.team_id)) {
           data["change_href"] = RecordPath(child.summary.id) + "/allocation";
           if (child.summary.status != "closed") data["move_href"] = RecordPath(child.summary.id) + "/team";
         }
         return Status::Ok();
       },
       OverviewPlace::kSummaryRows});
  out.push_back(
      {"allocation_history",
       [allocations](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
         CR_ASSIGN_OR_RETURN(RecordAllocation current, allocations->Current(child));
         if (current.history.empty()) return Status::Ok();
         Json lines = Json::array();
         for (const Allocation& a : current.history) {
           lines.push_back({{"line", HistoryLine(a)}, {"reason", a.reason}, {"transfer_summary", a.transfer_summary}});
         }
         data = {{"history", lines}};
         return Status::Ok();
       },
       OverviewPlace::kSection});
  return out;
}

}  // namespace childrecord
