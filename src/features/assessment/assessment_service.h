#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "core/working_days.h"
#include "features/assessment/assessment_rules.h"
#include "features/assessment/assessment_views.h"
#include "features/children/children_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R20, R23, R27, R37, R38: the Child and Family Assessment — the use cases. Every call on a record
// decides access through RecordAccess::Authorize, so it is logged like any use of the record:
// reading is as reading the case notes (kReadEntries), writing as recording on the record
// (kRecordEntry), deciding as a manager's decision (kRecordDecision). Thread safe; borrows `store`
// and `record_access`, which must outlive it, and shares the immutable `calendar`.
class AssessmentService {
 public:
  AssessmentService(Store& store, std::string tenant_id, RecordAccess& record_access,
                    std::shared_ptr<const WorkingDayCalendar> calendar)
      : store_(store),
        tenant_id_(std::move(tenant_id)),
        record_access_(record_access),
        calendar_(std::move(calendar)) {}

  // The record's assessments, newest first.
  Result<std::vector<AssessmentView>> List(const Principal& who, const std::string& child_id,
                                           const AccessContext& access = {});
  // Starts one (BuildAssessmentStarted; due 45 working days after the record's referral).
  Result<AssessmentView> Start(const Principal& who, const std::string& child_id, const Json& input,
                               const AccessContext& access = {});
  // One assessment (kNotFound when there is none, or it is not of `child_id` when that is given).
  Result<AssessmentView> Get(const Principal& who, const std::string& assessment_id, const AccessContext& access = {},
                             const std::string& child_id = "");
  // Its saved versions, oldest first.
  Result<std::vector<AssessmentVersion>> Versions(const Principal& who, const std::string& assessment_id,
                                                  const AccessContext& access = {});
  // Saves a version of a draft (BuildAssessmentSaved).
  Result<AssessmentView> Save(const Principal& who, const std::string& assessment_id, const Json& input,
                              const AccessContext& access = {});
  // Sends it for authorisation when every section is written (BuildAssessmentCompleted).
  Result<AssessmentView> Complete(const Principal& who, const std::string& assessment_id,
                                  const AccessContext& access = {});
  // A manager authorises it or returns it, with reasons (BuildAssessmentDecision; never its author).
  Result<AssessmentView> Decide(const Principal& who, const std::string& assessment_id, const Json& input,
                                const AccessContext& access = {});

  // For a record the caller has already been allowed to read (decides and logs nothing): its
  // assessments, newest first.
  Result<std::vector<AssessmentView>> ForRecord(const ChildRecord& child);
  // The people whose views may be recorded on `child`'s assessment (id, name), the child first
  // as "child". For a record already read.
  Result<std::vector<std::pair<std::string, std::string>>> Voices(const ChildRecord& child);
  // R20 for the compliance page: the team's assessments past their due date and not authorised.
  // Decides nothing: the caller shows it only to those responsible for the team.
  Result<std::vector<OverdueAssessment>> OverdueAssessments(const std::string& team_id, Date today);

  // R27: whether `user_id` started, saved or completed `view` (and so may not authorise it).
  Result<bool> IsAuthor(const std::string& user_id, const AssessmentView& view);

  // Today in London on the store's clock: what "overdue" is measured against.
  Date Today() const;
  const WorkingDayCalendar& calendar() const { return *calendar_; }

 private:
  Result<AssessmentRecord> RecordFacts(const ChildRecord& child);
  Result<AssessmentState> StateOf(const AssessmentView& view);
  Result<AssessmentView> AppendAndRead(const Principal& who, const std::string& type, Json payload,
                                       const std::string& assessment_id);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
  const std::shared_ptr<const WorkingDayCalendar> calendar_;
};

}  // namespace childrecord
