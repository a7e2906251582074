#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/fields.h"
#include "features/compliance/compliance_rules.h"

namespace childrecord {

// R20, R24, R25, R28: what the compliance feature reads and shows (compliance_repository.h).
// Plain data; instants are RFC 3339 UTC text as stored.

// One open record of a team, as the team's page lists it.
struct ComplianceChild {
  std::string id;
  std::string full_name;
  std::string worker_id;    // empty when unallocated
  std::string worker_name;  // empty when unallocated
  std::string status;       // "open" or "closed"
  std::string opened_at;
  std::string name_key;  // the list's order, for its page cursor (not shown)
};
const fields::Description<ComplianceChild>& Describe(const ComplianceChild*);

// A record and what it is missing or has out of date.
struct RecordCompliance {
  ComplianceChild child = {};
  std::vector<Finding> findings = {};
};

// What one practitioner's records on a page are missing, counted (R40: the manager shares the
// work fairly and sees where help is needed).
struct WorkerCompliance {
  std::string worker_name = {};  // "" for the team's unallocated records
  int records = 0;               // the worker's records on the page
  int summaries_due = 0;         // r25.summary_due
  int assessments_overdue = 0;   // r20.assessment_overdue
  int actions_overdue = 0;       // r24.actions_overdue: records with any
  int late_entries = 0;          // r28.late_entries: records with any
  int parts_missing = 0;         // the other r20.* findings
};

// A page of a team's open records with their findings, and the counts per practitioner.
struct TeamCompliance {
  std::string team_id = {};
  std::string team_name = {};
  std::vector<RecordCompliance> records = {};  // in name order; only records with a finding
  int records_checked = 0;                     // every open record on the page, with or without
  std::vector<WorkerCompliance> workers = {};  // by name, the unallocated last
  std::string next = {};                       // the next page's cursor; empty on the last page
};

// What every open record of one team needs, counted (the senior manager's view of every team).
struct TeamCounts {
  std::string team_id = {};
  std::string team_name = {};
  WorkerCompliance totals = {};  // totals.worker_name is empty; totals.records: the team's open records
};

// Counts the page's findings per practitioner (pure).
std::vector<WorkerCompliance> CountByWorker(const std::vector<RecordCompliance>& records);

// The counts as JSON members (records, summaries_due, ...), for the API and the pages alike.
Json CountsJson(const WorkerCompliance& counts);

// Counts `record` and its findings into `into` (pure; the name is left as it is).
void CountRecord(WorkerCompliance& into, const RecordCompliance& record);

}  // namespace childrecord
