#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R25: a new version of the child's Case Note Summary (summary_rules.h BuildSummaryVersion):
// {child_id, version, pen_picture, worries, what_helps, safety_plan, contingency_plan|null,
// key_people:[{person_id, safety|null, note|null}]}; the event's actor wrote it.
inline constexpr char kCaseNoteSummaryWritten[] = "child.case_note_summary_written";

}  // namespace childrecord::events

namespace childrecord::features::summary {

// The projected table of summary versions (migration 0026_summary.sql): one row per version,
// keyed "<child_id>/<version>", so two updates made at once from the same version collide and the
// second is refused instead of silently replacing the first.
inline constexpr char kSummariesTable[] = "case_note_summaries";

// child.case_note_summary_written → a case_note_summaries row. Pure; kInternal for a malformed
// payload.
Result<std::vector<Mutation>> ProjectSummaryEvent(const JournalEvent& event);

}  // namespace childrecord::features::summary
