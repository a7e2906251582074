#include "features/summary/summary_views.h"

namespace childrecord {

const fields::Description<SummaryVersion>& Describe(const SummaryVersion*) {
  using fields::Kind;
  using V = SummaryVersion;
  static const fields::Description<SummaryVersion> description = {
      {"child_id", "s.child_id", &V::child_id, Kind::kText},
      {"version", "s.version", &V::version, Kind::kInteger, "1 for the first summary, raised by every update"},
      {"pen_picture", "s.pen_picture", &V::pen_picture, Kind::kText, "who the child is, in a few lines (R25)"},
      {"worries", "s.worries", &V::worries, Kind::kText, "what is worrying"},
      {"what_helps", "s.what_helps", &V::what_helps, Kind::kText, "what is helping"},
      {"safety_plan", "s.safety_plan", &V::safety_plan, Kind::kText,
       "who does what if a worry happens, and who to call"},
      {"contingency_plan", "s.contingency_plan", &V::contingency_plan, Kind::kOptionalText,
       "what happens if the plan does not work"},
      {"key_people_ids", "s.key_people", &V::key_people, Kind::kJsonList, "", {}, /*internal=*/true},
      {"recorded_by_id", "s.recorded_by", &V::recorded_by, Kind::kText, "", {}, /*internal=*/true},
      {"recorded_by", "u.full_name", &V::recorded_by_name, Kind::kText, "who wrote this version"},
      {"recorded_at", "s.recorded_at", &V::recorded_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<OutOfHoursEntry>& Describe(const OutOfHoursEntry*) {
  using fields::Kind;
  using V = OutOfHoursEntry;
  static const fields::Description<OutOfHoursEntry> description = {
      {"entry_id", "e.id", &V::entry_id, Kind::kText},
      {"child_id", "c.id", &V::child_id, Kind::kText},
      {"child_name", "c.full_name", &V::child_name, Kind::kText},
      {"title", "e.title", &V::title, Kind::kText},
      {"recorded_at", "e.recorded_at", &V::recorded_at, Kind::kInstant},
      {"recorded_by", "u.full_name", &V::recorded_by_name, Kind::kText},
  };
  return description;
}

}  // namespace childrecord
