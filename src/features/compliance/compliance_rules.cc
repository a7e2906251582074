#include "features/compliance/compliance_rules.h"

namespace childrecord {

namespace {

std::string Count(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::vector<Finding> CheckRecord(const RecordFacts& f) {
  std::vector<Finding> out;
  const bool open = !f.closed;
  if (f.people_besides_child == 0) {
    out.push_back({"r20.genogram", "Genogram",
                   "No family members or important people are recorded, so there is no genogram to draw", "/people"});
  }
  if (!f.has_chronology) {
    out.push_back({"r20.chronology", "Chronology", "The chronology has no significant events yet", "/chronology"});
  }
  if (open && f.assessments == 0) {
    out.push_back({"r20.assessment", "Child and Family Assessment", "No assessment has been started", "/assessments"});
  }
  if (open && f.assessment_overdue) {
    out.push_back({"r20.assessment_overdue", "Child and Family Assessment",
                   "The assessment is past its timescale of 45 working days", "/assessments", f.assessment_due_on});
  }
  if (open && f.assessment_authorised && !f.plan_in_force) {
    out.push_back({"r20.plan", "The child’s plan", "The assessment is authorised but no plan is in force", "/plan"});
  }
  if (f.closed && f.closing_summary_missing) {
    out.push_back({"r20.closing_summary", "Closing summary", "The record was closed without a closing summary", ""});
  }
  if (open && f.actions_overdue > 0) {
    out.push_back({"r24.actions_overdue", "The child’s plan",
                   Count(f.actions_overdue, "action is past its date", "actions are past their date") + " and not done",
                   "/plan"});
  }
  if (open && f.summary_due) {
    out.push_back({"r25.summary_due", "Case Note Summary",
                   f.summary_due_reason.empty() ? std::string("The summary is due") : f.summary_due_reason, "/summary",
                   f.summary_due_since});
  }
  if (f.late_entries_3_months > 0) {
    out.push_back({"r28.late_entries", "Recording on time",
                   Count(f.late_entries_3_months, "entry was", "entries were") + " recorded late in the last 3 months",
                   "/entries"});
  }
  return out;
}

}  // namespace childrecord
