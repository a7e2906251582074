#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

// The rows the chronology's sources read (chronology_sources.cc), each described once: the column
// each field is read from, by name. Internal to the chronology feature.
namespace childrecord::chronology_rows {

// The rows each source selects (store/described_rows.h: columns by name, never by position).
struct EntryRow {
  std::string id, occurred_at, kind, title, practitioner;
};
inline const fields::Description<EntryRow>& Describe(const EntryRow*) {
  using V = EntryRow;
  static const fields::Description<EntryRow> d = {
      {"id", "e.id", &V::id},          {"occurred_at", "e.occurred_at", &V::occurred_at}, {"kind", "e.kind", &V::kind},
      {"title", "e.title", &V::title}, {"practitioner", "u.full_name", &V::practitioner},
  };
  return d;
}

struct AddedRow {
  std::string id, precision, date_value, sort_key, what_happened, source, entry_id, entry_title, entry_occurred_at,
      recorded_by;
};
inline const fields::Description<AddedRow>& Describe(const AddedRow*) {
  using V = AddedRow;
  static const fields::Description<AddedRow> d = {
      {"id", "ci.id", &V::id},
      {"date_precision", "ci.date_precision", &V::precision},
      {"date_value", "ci.date_value", &V::date_value},
      {"sort_key", "ci.sort_key", &V::sort_key},
      {"what_happened", "ci.what_happened", &V::what_happened},
      {"source", "ci.source", &V::source},
      {"entry_id", "ci.entry_id", &V::entry_id},
      {"entry_title", "e.title", &V::entry_title},
      {"entry_occurred_at", "e.occurred_at", &V::entry_occurred_at},
      {"recorded_by", "u.full_name", &V::recorded_by},
  };
  return d;
}

struct MoveRow {
  std::string id, person, home_periods, entry_id, recorded_by;
};
inline const fields::Description<MoveRow>& Describe(const MoveRow*) {
  using V = MoveRow;
  static const fields::Description<MoveRow> d = {
      {"id", "lc.id", &V::id},
      {"person", "p.full_name", &V::person},
      {"home_periods", "lc.home_periods", &V::home_periods},
      {"entry_id", "lc.entry_id", &V::entry_id},
      {"recorded_by", "u.full_name", &V::recorded_by},
  };
  return d;
}

struct LivingRow {
  std::string id, effective_from, place_kind, place, with_whom, legal_status, order_made_on, order_court,
      order_document_id, recorded_by;
};
inline const fields::Description<LivingRow>& Describe(const LivingRow*) {
  using V = LivingRow;
  static const fields::Description<LivingRow> d = {
      {"id", "la.id", &V::id},
      {"effective_from", "la.effective_from", &V::effective_from},
      {"place_kind", "la.place_kind", &V::place_kind},
      {"place", "la.place", &V::place},
      {"with_whom", "la.with_whom", &V::with_whom},
      {"legal_status", "la.legal_status", &V::legal_status},
      {"order_made_on", "la.order_made_on", &V::order_made_on},
      {"order_court", "la.order_court", &V::order_court},
      {"order_document_id", "la.order_document_id", &V::order_document_id},
      {"recorded_by", "u.full_name", &V::recorded_by},
  };
  return d;
}

struct ReferralRow {
  std::string id, received_on, source, recorded_by;
  int64_t reopened = 0;
};
inline const fields::Description<ReferralRow>& Describe(const ReferralRow*) {
  using V = ReferralRow;
  static const fields::Description<ReferralRow> d = {
      {"id", "rr.id", &V::id},
      {"received_on", "rr.received_on", &V::received_on},
      {"source", "rr.source", &V::source},
      {"reopened", "rr.reopened", &V::reopened, fields::Kind::kInteger},
      {"recorded_by", "u.full_name", &V::recorded_by},
  };
  return d;
}

struct ClosureRow {
  std::string id, closed_on, reason, closed_by;
};
inline const fields::Description<ClosureRow>& Describe(const ClosureRow*) {
  using V = ClosureRow;
  static const fields::Description<ClosureRow> d = {
      {"id", "rc.id", &V::id},
      {"closed_on", "rc.closed_on", &V::closed_on},
      {"reason", "rc.reason", &V::reason},
      {"closed_by", "u.full_name", &V::closed_by},
  };
  return d;
}

struct TransferRow {
  std::string id, agency, sent_on, recorded_by;
};
inline const fields::Description<TransferRow>& Describe(const TransferRow*) {
  using V = TransferRow;
  static const fields::Description<TransferRow> d = {
      {"id", "rt.id", &V::id},
      {"agency", "rt.agency", &V::agency},
      {"sent_on", "rt.sent_on", &V::sent_on},
      {"recorded_by", "u.full_name", &V::recorded_by},
  };
  return d;
}

struct AssessmentRow {
  std::string id, started_on, authorised_on, outcome, started_by, authorised_by;
};
inline const fields::Description<AssessmentRow>& Describe(const AssessmentRow*) {
  using V = AssessmentRow;
  using fields::Kind;
  static const fields::Description<AssessmentRow> d = {
      {"id", "a.id", &V::id},
      {"started_on", "a.started_on", &V::started_on},
      {"authorised_on", "a.authorised_on", &V::authorised_on, Kind::kOptionalText},
      {"outcome", "a.outcome", &V::outcome, Kind::kOptionalText},
      {"started_by", "s.full_name", &V::started_by, Kind::kOptionalText},
      {"authorised_by", "m.full_name", &V::authorised_by, Kind::kOptionalText},
  };
  return d;
}

struct PlanRow {
  std::string id, kind, started_on, ended_on, end_reason;
};
inline const fields::Description<PlanRow>& Describe(const PlanRow*) {
  using V = PlanRow;
  using fields::Kind;
  static const fields::Description<PlanRow> d = {
      {"id", "p.id", &V::id},
      {"kind", "p.kind", &V::kind},
      {"started_on", "p.started_on", &V::started_on},
      {"ended_on", "p.ended_on", &V::ended_on, Kind::kOptionalText},
      {"end_reason", "p.end_reason", &V::end_reason, Kind::kOptionalText},
  };
  return d;
}

struct ReviewRow {
  std::string id, kind, held_on;
};
inline const fields::Description<ReviewRow>& Describe(const ReviewRow*) {
  using V = ReviewRow;
  static const fields::Description<ReviewRow> d = {
      {"id", "r.id", &V::id},
      {"kind", "p.kind", &V::kind},
      {"held_on", "r.held_on", &V::held_on},
  };
  return d;
}

struct TeamMoveRow {
  std::string id, from_team, to_team, recorded_at, moved_by;
};
inline const fields::Description<TeamMoveRow>& Describe(const TeamMoveRow*) {
  using V = TeamMoveRow;
  using fields::Kind;
  static const fields::Description<TeamMoveRow> d = {
      {"id", "a.id", &V::id},
      {"from_team", "ft.name", &V::from_team, Kind::kOptionalText},
      {"to_team", "tt.name", &V::to_team, Kind::kOptionalText},
      {"recorded_at", "a.recorded_at", &V::recorded_at},
      {"moved_by", "u.full_name", &V::moved_by, Kind::kOptionalText},
  };
  return d;
}

}  // namespace childrecord::chronology_rows
