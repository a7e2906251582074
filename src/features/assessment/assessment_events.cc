#include "features/assessment/assessment_events.h"

#include <string>

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::assessment {

using namespace projector;

namespace {

Result<int64_t> VersionOf(const JournalEvent& event) {
  auto v = event.payload.find("version");
  if (v == event.payload.end() || !v->is_number_integer()) return BadPayload(event, "version");
  return v->get<int64_t>();
}

}  // namespace

Result<std::vector<Mutation>> ProjectAssessmentEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "assessment_id"));
  CR_ASSIGN_OR_RETURN(std::string child_id, IdOf(event, "child_id"));
  const std::string at = FormatUtc(event.recorded_at);
  std::vector<Mutation> out;
  if (event.type == events::kAssessmentStarted) {
    CR_ASSIGN_OR_RETURN(Fields f,
                        ReadColumns(event, p,
                                    {{"started_on", "started_on", Column::kRequiredText},
                                     {"due_on", "due_on", Column::kRequiredText},
                                     {"referral_received_on", "referral_received_on", Column::kRequiredText}}));
    f["child_id"] = child_id;
    f["status"] = std::string("in_progress");
    f["version"] = int64_t{0};
    f["content"] = std::string("{}");
    f["started_by"] = event.actor;
    f["started_at"] = at;
    f["updated_at"] = at;
    out.push_back(Insert(kAssessmentsTable, id, std::move(f)));
    return out;
  }
  if (event.type == events::kAssessmentSaved) {
    CR_ASSIGN_OR_RETURN(int64_t version, VersionOf(event));
    auto content = p.find("content");
    if (content == p.end() || !content->is_object()) return BadPayload(event, "content");
    CR_ASSIGN_OR_RETURN(std::string text, CanonicalJson(*content));
    out.push_back(Insert(kVersionsTable, id + "/" + std::to_string(version),
                         Fields{{"assessment_id", id},
                                {"child_id", child_id},
                                {"version", version},
                                {"content", text},
                                {"saved_by", event.actor},
                                {"saved_at", at}}));
    out.push_back(Mutation{Mutation::Kind::kUpdate, kAssessmentsTable, id,
                           Fields{{"version", version}, {"content", std::move(text)}, {"updated_at", at}}});
    return out;
  }
  if (event.type == events::kAssessmentCompleted) {
    out.push_back(Mutation{Mutation::Kind::kUpdate, kAssessmentsTable, id,
                           Fields{{"status", std::string("submitted")},
                                  {"submitted_by", event.actor},
                                  {"submitted_at", at},
                                  {"updated_at", at}}});
    return out;
  }
  CR_ASSIGN_OR_RETURN(FieldValue reasons, Text(event, p, "reasons"));
  if (event.type == events::kAssessmentReturned) {
    out.push_back(Mutation{Mutation::Kind::kUpdate, kAssessmentsTable, id,
                           Fields{{"status", std::string("in_progress")},
                                  {"returned_by", event.actor},
                                  {"returned_at", at},
                                  {"return_reasons", reasons},
                                  {"updated_at", at}}});
    return out;
  }
  // R23, R27: authorised, with the manager's reasons; nothing changes it after.
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"authorised_on", "authorised_on", Column::kRequiredText},
                                             {"outcome", "outcome", Column::kRequiredText}}));
  f["status"] = std::string("authorised");
  f["authorised_by"] = event.actor;
  f["authorised_at"] = at;
  f["authorisation_reasons"] = reasons;
  f["updated_at"] = at;
  out.push_back(Mutation{Mutation::Kind::kUpdate, kAssessmentsTable, id, std::move(f)});
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kAssessmentStarted, events::kAssessmentSaved, events::kAssessmentCompleted,
                        events::kAssessmentReturned, events::kAssessmentAuthorised},
                       &ProjectAssessmentEvent,
                       {{kAssessmentsTable, {"child_id",
                                             "status",
                                             "started_on",
                                             "due_on",
                                             "referral_received_on",
                                             "version",
                                             "content",
                                             "started_by",
                                             "started_at",
                                             "submitted_by",
                                             "submitted_at",
                                             "returned_by",
                                             "returned_at",
                                             "return_reasons",
                                             "authorised_on",
                                             "authorised_by",
                                             "authorised_at",
                                             "authorisation_reasons",
                                             "outcome",
                                             "updated_at"}},
                        {kVersionsTable, {"assessment_id", "child_id", "version", "content", "saved_by", "saved_at"}}}};
}

}  // namespace childrecord::features::assessment
