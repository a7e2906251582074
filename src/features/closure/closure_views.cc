#include "features/closure/closure_views.h"

namespace childrecord {

const fields::Description<RecordClosure>& Describe(const RecordClosure*) {
  using fields::Kind;
  using V = RecordClosure;
  static const fields::Description<RecordClosure> description = {
      {"closed_on", "r.closed_on", &V::closed_on, Kind::kDate, "the day involvement ended"},
      {"reason", "r.reason", &V::reason, Kind::kText, "why the record was closed"},
      {"closing_summary", "r.closing_summary", &V::closing_summary, Kind::kOptionalText, "the closing summary (R20)"},
      {"closed_by_id", "r.closed_by", &V::closed_by, Kind::kText, "", {}, /*internal=*/true},
      {"closed_by", "u.full_name", &V::closed_by_name, Kind::kText, "who closed the record"},
      {"recorded_at", "r.recorded_at", &V::recorded_at, Kind::kInstant},
  };
  return description;
}

}  // namespace childrecord
