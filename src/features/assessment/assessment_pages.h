#pragma once

#include <memory>
#include <vector>

#include "core/canonical_json.h"
#include "features/assessment/assessment_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R20, R23, R27, R37, R38 in the pages: the record's Assessments tab, one assessment as a task
// list of its sections with its views, dates and decisions, and its forms (start, a section, a
// view, send to a manager, authorise or return). The handlers borrow `context` and `assessments`,
// which outlive them.
std::vector<FeatureEndpoint> AssessmentPageEndpoints(AppContext& context, AssessmentService& assessments);
// The forms on an assessment (assessment_forms.cc), RecordForms under /children/{id}/assessments.
std::vector<FeatureEndpoint> AssessmentFormEndpoints(AppContext& context, AssessmentService& assessments);

// R20 on the record's Overview: the latest assessment's status and due date, flagged when overdue.
std::vector<OverviewSection> AssessmentOverviewSections(std::shared_ptr<AssessmentService> assessments);

// The status in the reader's words and its tag's colour class, with "Overdue" where it is (pure).
Json AssessmentTags(const AssessmentView& view, Date today);

}  // namespace childrecord
