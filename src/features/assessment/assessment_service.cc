#include "features/assessment/assessment_service.h"

#include <algorithm>

#include "auth/access_policy.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "features/assessment/assessment_events.h"
#include "features/assessment/assessment_repository.h"
#include "features/children/child_repository.h"
#include "features/people/people_repository.h"

namespace childrecord {

Date AssessmentService::Today() const { return LondonDate(store_.clock().Now()); }

Result<std::vector<AssessmentView>> AssessmentService::ForRecord(const ChildRecord& child) {
  return AssessmentRepository(store_).ForChild(tenant_id_, child.summary.id);
}

Result<std::vector<std::pair<std::string, std::string>>> AssessmentService::Voices(const ChildRecord& child) {
  std::vector<std::pair<std::string, std::string>> out{{"child", child.summary.full_name}};
  CR_ASSIGN_OR_RETURN(auto people, PeopleRepository(store_).ListChildPeople(tenant_id_, child.summary.id));
  for (const LinkedPerson& p : people) {
    const bool seen = std::any_of(out.begin(), out.end(), [&](const auto& v) { return v.first == p.person_id; });
    if (!seen) out.emplace_back(p.person_id, p.full_name);
  }
  return out;
}

Result<AssessmentRecord> AssessmentService::RecordFacts(const ChildRecord& child) {
  AssessmentRecord record{.child_id = child.summary.id,
                          .child_name = child.summary.full_name,
                          .referral_received_on = child.referral_received_on,
                          .closed = child.summary.status != "open"};
  CR_ASSIGN_OR_RETURN(auto voices, Voices(child));
  for (const auto& [id, name] : voices) {
    if (id != "child") record.people[id] = name;
  }
  CR_ASSIGN_OR_RETURN(auto existing, ForRecord(child));
  for (const AssessmentView& a : existing) {
    if (a.status != kAuthorised) record.unfinished_started_on = a.started_on;
  }
  return record;
}

Result<AssessmentState> AssessmentService::StateOf(const AssessmentView& view) {
  AssessmentState state{.id = view.id,
                        .child_id = view.child_id,
                        .status = view.status,
                        .version = view.version,
                        .author_ids = {view.started_by},
                        .content = Json::parse(view.content, nullptr, false),
                        .authorised_on = view.authorised_on};
  if (!state.content.is_object()) state.content = Json::object();
  if (!view.submitted_by.empty()) state.author_ids.push_back(view.submitted_by);
  CR_ASSIGN_OR_RETURN(auto versions, AssessmentRepository(store_).Versions(tenant_id_, view.id));
  for (const AssessmentVersion& v : versions) state.author_ids.push_back(v.saved_by);
  return state;
}

Result<bool> AssessmentService::IsAuthor(const std::string& user_id, const AssessmentView& view) {
  CR_ASSIGN_OR_RETURN(AssessmentState state, StateOf(view));
  return std::find(state.author_ids.begin(), state.author_ids.end(), user_id) != state.author_ids.end();
}

Result<AssessmentView> AssessmentService::AppendAndRead(const Principal& who, const std::string& type, Json payload,
                                                        const std::string& assessment_id) {
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{type, std::move(payload)}}));
  return AssessmentRepository(store_).Get(tenant_id_, assessment_id);
}

Result<std::vector<AssessmentView>> AssessmentService::List(const Principal& who, const std::string& child_id,
                                                            const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access, "assessments"));
  return AssessmentRepository(store_).ForChild(tenant_id_, child_id);
}

Result<AssessmentView> AssessmentService::Start(const Principal& who, const std::string& child_id, const Json& input,
                                                const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "start assessment"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(AssessmentRecord record, RecordFacts(child));
  const std::string id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildAssessmentStarted(input, id, record, *calendar_, store_.clock().Now()));
  return AppendAndRead(who, events::kAssessmentStarted, std::move(payload), id);
}

Result<AssessmentView> AssessmentService::Get(const Principal& who, const std::string& assessment_id,
                                              const AccessContext& access, const std::string& child_id) {
  auto found = AssessmentRepository(store_).Get(tenant_id_, assessment_id);
  if (!found.ok()) return found.error();
  if (!child_id.empty() && found->child_id != child_id) return Error::NotFound("There is no such assessment");
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, found->child_id, AccessAction::kReadEntries, access, "assessment"));
  return found;
}

Result<std::vector<AssessmentVersion>> AssessmentService::Versions(const Principal& who,
                                                                   const std::string& assessment_id,
                                                                   const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(AssessmentView view, Get(who, assessment_id, access));
  return AssessmentRepository(store_).Versions(tenant_id_, view.id);
}

Result<AssessmentView> AssessmentService::Save(const Principal& who, const std::string& assessment_id,
                                               const Json& input, const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(AssessmentView view, AssessmentRepository(store_).Get(tenant_id_, assessment_id));
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, view.child_id, AccessAction::kRecordEntry, access, "save assessment"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, view.child_id));
  CR_ASSIGN_OR_RETURN(AssessmentRecord record, RecordFacts(child));
  CR_ASSIGN_OR_RETURN(AssessmentState state, StateOf(view));
  CR_ASSIGN_OR_RETURN(Json payload, BuildAssessmentSaved(input, state, record));
  return AppendAndRead(who, events::kAssessmentSaved, std::move(payload), view.id);
}

Result<AssessmentView> AssessmentService::Complete(const Principal& who, const std::string& assessment_id,
                                                   const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(AssessmentView view, AssessmentRepository(store_).Get(tenant_id_, assessment_id));
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, view.child_id, AccessAction::kRecordEntry, access, "complete assessment"));
  CR_ASSIGN_OR_RETURN(AssessmentState state, StateOf(view));
  CR_ASSIGN_OR_RETURN(Json payload, BuildAssessmentCompleted(state));
  return AppendAndRead(who, events::kAssessmentCompleted, std::move(payload), view.id);
}

Result<AssessmentView> AssessmentService::Decide(const Principal& who, const std::string& assessment_id,
                                                 const Json& input, const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(AssessmentView view, AssessmentRepository(store_).Get(tenant_id_, assessment_id));
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, view.child_id, AccessAction::kRecordDecision, access, "authorise assessment"));
  if (!IsManagerRole(who.user.role)) return Error::Forbidden(kOnlyManagersDecide);
  CR_ASSIGN_OR_RETURN(AssessmentState state, StateOf(view));
  CR_ASSIGN_OR_RETURN(AssessmentDecision decision,
                      BuildAssessmentDecision(input, state, who.user.id, store_.clock().Now()));
  return AppendAndRead(who, decision.type, std::move(decision.payload), view.id);
}

Result<std::vector<OverdueAssessment>> AssessmentService::OverdueAssessments(const std::string& team_id, Date today) {
  return AssessmentRepository(store_).OverdueAssessments(tenant_id_, team_id, FormatIsoDate(today));
}

}  // namespace childrecord
