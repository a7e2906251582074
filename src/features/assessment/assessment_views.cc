#include "features/assessment/assessment_views.h"

namespace childrecord {

const fields::Description<AssessmentView>& Describe(const AssessmentView*) {
  using fields::Kind;
  using V = AssessmentView;
  static const fields::Description<AssessmentView> description = {
      {"id", "a.id", &V::id, Kind::kText},
      {"child_id", "a.child_id", &V::child_id, Kind::kText},
      {"status",
       "a.status",
       &V::status,
       Kind::kText,
       "in_progress; submitted (waiting for a manager); authorised",
       {"in_progress", "submitted", "authorised"}},
      {"started_on", "a.started_on", &V::started_on, Kind::kDate},
      {"due_on", "a.due_on", &V::due_on, Kind::kDate, "45 working days after the referral (R20)"},
      {"referral_received_on", "a.referral_received_on", &V::referral_received_on, Kind::kDate},
      {"version", "a.version", &V::version, Kind::kInteger, "the versions saved so far; every one is kept"},
      {"content", "a.content", &V::content, Kind::kJsonObject,
       "the latest version: developmental_needs, parenting_capacity, family_environment, views, analysis, outcome, "
       "recommendation"},
      {"started_by_id", "a.started_by", &V::started_by, Kind::kText, "", {}, /*internal=*/true},
      {"started_by", "s.full_name", &V::started_by_name, Kind::kText, "who started it"},
      {"started_at", "a.started_at", &V::started_at, Kind::kInstant},
      {"submitted_by_id", "a.submitted_by", &V::submitted_by, Kind::kOptionalText, "", {}, true},
      {"submitted_by", "b.full_name", &V::submitted_by_name, Kind::kOptionalText, "who sent it for authorisation"},
      {"submitted_at", "a.submitted_at", &V::submitted_at, Kind::kOptionalInstant},
      {"returned_by", "r.full_name", &V::returned_by_name, Kind::kOptionalText, "the manager who last returned it"},
      {"returned_at", "a.returned_at", &V::returned_at, Kind::kOptionalInstant},
      {"return_reasons", "a.return_reasons", &V::return_reasons, Kind::kOptionalText},
      {"authorised_on", "a.authorised_on", &V::authorised_on, Kind::kOptionalDate},
      {"authorised_by_id", "a.authorised_by", &V::authorised_by, Kind::kOptionalText, "", {}, true},
      {"authorised_by", "m.full_name", &V::authorised_by_name, Kind::kOptionalText,
       "the manager who authorised it (R27)"},
      {"authorisation_reasons", "a.authorisation_reasons", &V::authorisation_reasons, Kind::kOptionalText,
       "the manager's reasons (R23, R27)"},
      {"outcome", "a.outcome", &V::outcome, Kind::kOptionalText, "the authorised outcome"},
      {"updated_at", "a.updated_at", &V::updated_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<AssessmentVersion>& Describe(const AssessmentVersion*) {
  using fields::Kind;
  using V = AssessmentVersion;
  static const fields::Description<AssessmentVersion> description = {
      {"version", "v.version", &V::version, Kind::kInteger},
      {"content", "v.content", &V::content, Kind::kJsonObject},
      {"saved_by_id", "v.saved_by", &V::saved_by, Kind::kText, "", {}, true},
      {"saved_by", "u.full_name", &V::saved_by_name, Kind::kText},
      {"saved_at", "v.saved_at", &V::saved_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<OverdueAssessment>& Describe(const OverdueAssessment*) {
  using fields::Kind;
  using V = OverdueAssessment;
  static const fields::Description<OverdueAssessment> description = {
      {"id", "a.id", &V::id, Kind::kText},
      {"child_id", "a.child_id", &V::child_id, Kind::kText},
      {"full_name", "c.full_name", &V::full_name, Kind::kText},
      {"status", "a.status", &V::status, Kind::kText},
      {"started_on", "a.started_on", &V::started_on, Kind::kDate},
      {"due_on", "a.due_on", &V::due_on, Kind::kDate},
  };
  return description;
}

}  // namespace childrecord
