#pragma once

#include <memory>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/result.h"
#include "features/children/children_views.h"
#include "features/compliance/compliance_repository.h"
#include "features/compliance/compliance_views.h"
#include "features/summary/summary_service.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R20, R24, R25, R28: what each record is missing or has out of date, for its Overview, its team's
// manager and the API. The facts come from the features that own them (assessment, plan,
// chronology, summary, people, entries, closure), each read by child through an index; the rules
// are compliance_rules.h. Thread safe; borrows `store` and `record_access`, which must outlive it.
class ComplianceService {
 public:
  ComplianceService(Store& store, std::string tenant_id, RecordAccess& record_access);

  // The findings of a record the caller has already been allowed to read (decides and logs
  // nothing): the Overview's section.
  Result<RecordCompliance> ForRecord(const ChildRecord& child);

  // A page of at most 50 open records of `team_id` with their findings, and the counts per
  // practitioner (`team_id` empty: the caller's own team). For that team's manager or a senior
  // manager (any team); kForbidden for everyone else; kValidation "team_id" when the caller has no
  // team and names none. Writes one access-log row for the list.
  Result<TeamCompliance> ForTeam(const Principal& who, const std::string& team_id, const std::string& cursor,
                                 const AccessContext& access = {});

  // R20, R24, R25, R28: the counts of what every open record of each team needs: every team for a
  // senior manager, their own for a team manager (kForbidden for everyone else). Checks every open
  // record of those teams, each through the indexes ForTeam uses, so it costs what those teams'
  // open records cost (docs/access.md ("Overseeing a team")). Writes one access-log row.
  Result<std::vector<TeamCounts>> CountsByTeam(const Principal& who, const AccessContext& access = {});

  // The teams a senior manager may look at (every team); a team manager's own only.
  Result<std::vector<Team>> TeamsFor(const Principal& who);

 private:
  Result<RecordFacts> FactsOf(const ComplianceChild& child, bool closed);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
  ComplianceRepository repository_;
  SummaryService summaries_;
};

}  // namespace childrecord
