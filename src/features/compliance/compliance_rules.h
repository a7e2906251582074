#pragma once

#include <string>
#include <vector>

namespace childrecord {

// R20: "The child's record must also include a Genogram, chronology, Child and Family Assessment,
// the child's plan, and a transfer/closing summary (where appropriate)"; R24: plans' actions done
// by their dates; R25: an up-to-date Case Note Summary; R28: recording on time. Each record's
// Overview, its team's page and the API say what is missing or out of date, with where to fix it.
// Soft rules (SPEC §2 principle 3): each has an id, is computed when read and never stored, and
// names what a person can do. Pure: no I/O.

// What a record holds, read by child through the owning features' indexed reads.
struct RecordFacts {
  bool closed = false;
  bool closing_summary_missing = false;  // closed before R20's closing summary was required
  int people_besides_child = 0;          // the people of the genogram (features/people)
  bool has_chronology = false;           // any item, generated or added (features/chronology)
  int assessments = 0;                   // every assessment ever started (features/assessment)
  bool assessment_authorised = false;    // at least one authorised
  bool assessment_overdue = false;       // the unfinished one is past its 45 working days
  std::string assessment_due_on = {};    // "YYYY-MM-DD" when overdue
  bool plan_in_force = false;            // features/plan
  int actions_overdue = 0;               // actions of plans in force past their date, not done
  bool summary_due = false;              // features/summary DecideSummaryDue
  std::string summary_due_reason = {};   // in words, as the summary feature says it
  std::string summary_due_since = {};    // RFC 3339 UTC
  int late_entries_3_months = 0;         // entries recorded late (R28) in the last 3 months
};

// One thing the record is missing or that is out of date.
struct Finding {
  std::string rule_id = {};  // "r20.genogram", ... (stable; the API's `rule`)
  std::string part = {};     // the part of the record, as the reader says it: "Genogram"
  std::string words = {};    // what is wrong, in the reader's words
  std::string fix = {};      // the record's page that fixes it, as a suffix of /children/{id}: "/people"
  std::string since = {};    // RFC 3339 UTC or "YYYY-MM-DD" when it became due; may be empty
};

// Every finding for one record, in the order of R20's list then the timeliness rules:
//   r20.genogram          no one but the child is recorded, so there is no family to draw
//   r20.chronology        the chronology has no item at all
//   r20.assessment        an open record with no Child and Family Assessment started
//   r20.assessment_overdue  the unfinished assessment is past its timescale
//   r20.plan              an open record whose assessment is authorised but has no plan in force
//   r20.closing_summary   a closed record without its closing summary
//   r24.actions_overdue   plan actions past their date and not done
//   r25.summary_due       the Case Note Summary is due (reason and since from the summary feature)
//   r28.late_entries      entries recorded late in the last 3 months
// A closed record is not asked for an assessment, a plan or a summary: the work has ended.
std::vector<Finding> CheckRecord(const RecordFacts& facts);

}  // namespace childrecord
