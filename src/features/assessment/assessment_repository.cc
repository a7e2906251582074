#include "features/assessment/assessment_repository.h"

#include "store/described_rows.h"

namespace childrecord {
namespace {

const char kFrom[] =
    " FROM assessments a "
    "LEFT JOIN users s ON s.tenant_id = a.tenant_id AND s.id = a.started_by "
    "LEFT JOIN users b ON b.tenant_id = a.tenant_id AND b.id = a.submitted_by "
    "LEFT JOIN users r ON r.tenant_id = a.tenant_id AND r.id = a.returned_by "
    "LEFT JOIN users m ON m.tenant_id = a.tenant_id AND m.id = a.authorised_by ";

}  // namespace

Result<std::vector<AssessmentView>> AssessmentRepository::ForChild(const std::string& tenant_id,
                                                                   const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<AssessmentView>() + kFrom +
                                                  "WHERE a.tenant_id = ? AND a.child_id = ? "
                                                  "ORDER BY a.started_at DESC, a.id DESC",
                                              {tenant_id, child_id}));
  std::vector<AssessmentView> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<AssessmentView>(row));
  return out;
}

Result<AssessmentView> AssessmentRepository::Get(const std::string& tenant_id, const std::string& assessment_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<AssessmentView>() + kFrom +
                                                  "WHERE a.tenant_id = ? AND a.id = ?",
                                              {tenant_id, assessment_id}));
  if (rows.empty()) return Error::NotFound("There is no such assessment");
  return ReadRow<AssessmentView>(rows.front());
}

Result<std::vector<AssessmentVersion>> AssessmentRepository::Versions(const std::string& tenant_id,
                                                                      const std::string& assessment_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<AssessmentVersion>() +
                                    " FROM assessment_versions v "
                                    "LEFT JOIN users u ON u.tenant_id = v.tenant_id AND u.id = v.saved_by "
                                    "WHERE v.tenant_id = ? AND v.assessment_id = ? ORDER BY v.version",
                                {tenant_id, assessment_id}));
  std::vector<AssessmentVersion> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<AssessmentVersion>(row));
  return out;
}

Result<std::vector<OverdueAssessment>> AssessmentRepository::OverdueAssessments(const std::string& tenant_id,
                                                                                const std::string& team_id,
                                                                                const std::string& today,
                                                                                int64_t limit) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<OverdueAssessment>() +
                                                  // CROSS JOIN: SQLite then reads the team's records first (its
                                                  // planner would otherwise walk the tenant's assessments).
                                                  " FROM children c CROSS JOIN assessments a "
                                                  "WHERE c.tenant_id = ? AND c.team_id = ? AND c.status = 'open' "
                                                  "AND a.tenant_id = c.tenant_id AND a.child_id = c.id "
                                                  "AND a.status IN ('in_progress', 'submitted') AND a.due_on < ? "
                                                  "ORDER BY a.due_on, a.id LIMIT ?",
                                              {tenant_id, team_id, today, limit}));
  std::vector<OverdueAssessment> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<OverdueAssessment>(row));
  return out;
}

}  // namespace childrecord
