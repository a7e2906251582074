#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

namespace childrecord {

// R20, R23, R27, R37, R38: what the assessment feature reads (assessment_repository.h). Plain
// data; instants are RFC 3339 UTC text as stored, dates "YYYY-MM-DD".

// One assessment as it stands: its dates, status, the latest version's content and the decisions.
struct AssessmentView {
  std::string id;
  std::string child_id;
  std::string status;  // in_progress, submitted, authorised (assessment_rules.h)
  std::string started_on;
  std::string due_on;  // 45 working days after the referral (R20)
  std::string referral_received_on;
  int64_t version = 0;
  std::string content;  // canonical JSON of the latest version's sections and views
  std::string started_by;
  std::string started_by_name;
  std::string started_at;
  std::string submitted_by;
  std::string submitted_by_name;
  std::string submitted_at;
  std::string returned_by_name;
  std::string returned_at;
  std::string return_reasons;
  std::string authorised_on;
  std::string authorised_by;
  std::string authorised_by_name;
  std::string authorisation_reasons;
  std::string outcome;
  std::string updated_at;
};
const fields::Description<AssessmentView>& Describe(const AssessmentView*);

// One saved version: who saved it and when (every version is kept).
struct AssessmentVersion {
  int64_t version = 0;
  std::string content;
  std::string saved_by;
  std::string saved_by_name;
  std::string saved_at;
};
const fields::Description<AssessmentVersion>& Describe(const AssessmentVersion*);

// An overdue assessment of a team's records, for the compliance page (R20).
struct OverdueAssessment {
  std::string id;
  std::string child_id;
  std::string full_name;
  std::string status;
  std::string started_on;
  std::string due_on;
};
const fields::Description<OverdueAssessment>& Describe(const OverdueAssessment*);

}  // namespace childrecord
