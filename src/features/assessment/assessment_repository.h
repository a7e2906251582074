#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/assessment/assessment_views.h"
#include "store/store.h"

namespace childrecord {

// R20 in the database: the assessments and assessment_versions tables projected from the
// assessment events (assessment_events.cc). Reads only; an assessment changes by appending an
// event. Thread safe: each call takes its own connection from the store's pool. Borrows `store`,
// which must outlive it; cheap to make.
class AssessmentRepository {
 public:
  explicit AssessmentRepository(Store& store) : store_(store) {}

  // The record's assessments, newest first (index assessments_by_child_started).
  Result<std::vector<AssessmentView>> ForChild(const std::string& tenant_id, const std::string& child_id);
  // One assessment; kNotFound when there is none.
  Result<AssessmentView> Get(const std::string& tenant_id, const std::string& assessment_id);
  // Its versions, oldest first (index assessment_versions_by_assessment).
  Result<std::vector<AssessmentVersion>> Versions(const std::string& tenant_id, const std::string& assessment_id);
  // R20 for the compliance page: the team's open records' assessments not authorised whose due
  // date is before `today` ("YYYY-MM-DD"), oldest due first, at most `limit`. Read through the
  // team's records (index children_by_team_worker) and each record's assessments by status and
  // due date (assessments_by_child).
  Result<std::vector<OverdueAssessment>> OverdueAssessments(const std::string& tenant_id, const std::string& team_id,
                                                            const std::string& today, int64_t limit = 200);

 private:
  Store& store_;
};

}  // namespace childrecord
