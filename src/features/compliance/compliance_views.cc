#include "features/compliance/compliance_views.h"

#include <algorithm>
#include <map>

namespace childrecord {

const fields::Description<ComplianceChild>& Describe(const ComplianceChild*) {
  using fields::Kind;
  using V = ComplianceChild;
  static const fields::Description<ComplianceChild> description = {
      {"id", "c.id", &V::id, Kind::kText},
      {"full_name", "c.full_name", &V::full_name, Kind::kText},
      {"worker_id", "c.allocated_worker_id", &V::worker_id, Kind::kOptionalText, "the allocated worker; null: none"},
      {"worker", "w.full_name", &V::worker_name, Kind::kOptionalText, "the allocated worker's name"},
      {"status", "c.status", &V::status, Kind::kText},
      {"opened_at", "c.opened_at", &V::opened_at, Kind::kInstant},
      {"name_key", "c.name_key", &V::name_key, Kind::kText, "", {}, true},
  };
  return description;
}

void CountRecord(WorkerCompliance& into, const RecordCompliance& record) {
  ++into.records;
  for (const Finding& f : record.findings) {
    if (f.rule_id == "r25.summary_due") {
      ++into.summaries_due;
    } else if (f.rule_id == "r20.assessment_overdue") {
      ++into.assessments_overdue;
    } else if (f.rule_id == "r24.actions_overdue") {
      ++into.actions_overdue;
    } else if (f.rule_id == "r28.late_entries") {
      ++into.late_entries;
    } else {
      ++into.parts_missing;
    }
  }
}

std::vector<WorkerCompliance> CountByWorker(const std::vector<RecordCompliance>& records) {
  std::map<std::string, WorkerCompliance> by_worker;
  for (const RecordCompliance& r : records) {
    WorkerCompliance& w = by_worker[r.child.worker_name];
    w.worker_name = r.child.worker_name;
    CountRecord(w, r);
  }
  std::vector<WorkerCompliance> out;
  for (auto& [name, w] : by_worker) {
    if (!name.empty()) out.push_back(w);
  }
  if (auto none = by_worker.find(""); none != by_worker.end()) out.push_back(none->second);
  return out;
}

Json CountsJson(const WorkerCompliance& counts) {
  return {{"records", counts.records},
          {"summaries_due", counts.summaries_due},
          {"assessments_overdue", counts.assessments_overdue},
          {"actions_overdue", counts.actions_overdue},
          {"late_entries", counts.late_entries},
          {"parts_missing", counts.parts_missing}};
}

}  // namespace childrecord
