#include "features/chronology/chronology_sources.h"

#include <cctype>

#include "core/time_format.h"
#include "features/assessment/assessment_rules.h"
#include "features/chronology/chronology_source_rows.h"
#include "features/people/household_rules.h"
#include "features/plan/plan_rules.h"
#include "record/commands.h"
#include "store/described_rows.h"

namespace childrecord {
namespace {

using namespace chronology_rows;  // NOLINT(google-build-using-namespace): the rows of this file

template <class Row>
Result<std::vector<Row>> Read(Connection& db, const std::string& sql, const std::vector<SqlValue>& params) {
  CR_ASSIGN_OR_RETURN(SqlRows rows, db.Query(sql, params));
  std::vector<Row> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadRow<Row>(row));
  return out;
}

// A generated item dated to the day.
ChronologyItem DayItem(const std::string& ref, const std::string& kind, const std::string& iso_date,
                       std::string what_happened, std::string source) {
  ChronologyItem item;
  item.ref = ref;
  item.kind = kind;
  item.date_precision = "day";
  item.date = iso_date;
  item.date_words = ChronologyDateWords({"day", iso_date});
  item.sort_key = iso_date;
  item.what_happened = std::move(what_happened);
  item.source = std::move(source);
  item.generated = true;
  return item;
}

std::string By(const std::string& name) { return name.empty() ? std::string() : " by " + name; }

// "Child protection plan" -> "child protection plan", within a sentence.
std::string Lowered(std::string label) {
  if (!label.empty()) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return label;
}

// The keyset bounds of a large source in SQL: rows after `query.after` in the order (sort key, then
// reference "<prefix>:<id>") and within the filter's dates. `key` and `id` are the source's columns.
void Bounds(const SourceQuery& query, const std::string& prefix, const char* key, const char* id, std::string& sql,
            std::vector<SqlValue>& params) {
  const bool desc = query.filter.newest_first;
  if (query.after) {
    const std::string& k = query.after->sort_key;
    const auto colon = query.after->ref.find(':');
    const std::string after_prefix = query.after->ref.substr(0, colon);
    const std::string after_id = query.after->ref.substr(colon + 1);
    const std::string later = desc ? " < " : " > ";
    if (prefix == after_prefix) {
      sql += std::string(" AND (") + key + later + "? OR (" + key + " = ? AND " + id + later + "?))";
      params.insert(params.end(), {k, k, after_id});
    } else {
      // Another source's reference at the same key: ours come after it when our prefix sorts later.
      const bool ours_later_at_same_key = desc ? prefix < after_prefix : prefix > after_prefix;
      sql += std::string(" AND ") + key + (ours_later_at_same_key ? (desc ? " <= " : " >= ") : later) + "?";
      params.push_back(k);
    }
  }
  if (!query.filter.from.empty()) {
    sql += std::string(" AND ") + key + " >= ?";
    params.push_back(query.filter.from);
  }
  if (!query.filter.to.empty()) {
    sql += std::string(" AND ") + key + " < ?";
    params.push_back(DayAfter(query.filter.to));
  }
  sql += std::string(" ORDER BY ") + key + (desc ? " DESC, " : ", ") + id + (desc ? " DESC" : "") + " LIMIT ?";
  params.push_back(query.limit);
}

std::string LabelOf(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* found = FindCode(list, code);
  return found ? found->label : code;
}

}  // namespace

const std::vector<ChronologySource>& ChronologySources() {
  static const auto* sources = new std::vector<ChronologySource>{
      {"entry", &SignificantEntryItems}, {"added", &AddedItems}, {"household", &HouseholdItems},
      {"living", &LivingItems},          {"order", &OrderItems}, {"record", &RecordItems},
      {"assessment", &AssessmentItems},  {"plan", &PlanItems},   {"record", &TeamMoveItems},
  };
  return *sources;
}

Result<std::vector<ChronologyItem>> SignificantEntryItems(Connection& db, const SourceQuery& query) {
  // R20: an entry marked significant, unless it was promoted (then its promoted item stands for it).
  std::string sql = "SELECT " + fields::SelectList<EntryRow>() +
                    " FROM entries e LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.practitioner_id"
                    " WHERE e.tenant_id = ? AND e.child_id = ? AND e.significant = 1"
                    " AND NOT EXISTS (SELECT 1 FROM chronology_items ci WHERE ci.tenant_id = e.tenant_id AND "
                    "ci.entry_id = e.id)";
  std::vector<SqlValue> params{query.tenant_id, query.child_id};
  Bounds(query, "entry", "e.occurred_at", "e.id", sql, params);
  CR_ASSIGN_OR_RETURN(auto rows, Read<EntryRow>(db, sql, params));
  std::vector<ChronologyItem> out;
  for (const EntryRow& r : rows) {
    auto at = ParseRfc3339(r.occurred_at);
    const std::string day = at ? FormatIsoDate(LondonDate(*at)) : r.occurred_at.substr(0, 10);
    ChronologyItem item = DayItem(
        "entry:" + r.id, "entry", day, r.title,
        EntryKindLabel(r.kind) + " recorded" + By(r.practitioner) + (at ? " on " + FormatUkDate(*at) : std::string()));
    item.sort_key = r.occurred_at;
    item.entry_id = r.id;
    out.push_back(std::move(item));
  }
  return out;
}

Result<std::vector<ChronologyItem>> AddedItems(Connection& db, const SourceQuery& query) {
  std::string sql = "SELECT " + fields::SelectList<AddedRow>() +
                    " FROM chronology_items ci"
                    " LEFT JOIN entries e ON e.tenant_id = ci.tenant_id AND e.id = ci.entry_id"
                    " LEFT JOIN users u ON u.tenant_id = ci.tenant_id AND u.id = ci.recorded_by"
                    " WHERE ci.tenant_id = ? AND ci.child_id = ?";
  std::vector<SqlValue> params{query.tenant_id, query.child_id};
  Bounds(query, "item", "ci.sort_key", "ci.id", sql, params);
  CR_ASSIGN_OR_RETURN(auto rows, Read<AddedRow>(db, sql, params));
  std::vector<ChronologyItem> out;
  for (const AddedRow& r : rows) {
    ChronologyItem item;
    item.ref = "item:" + r.id;
    item.kind = "added";
    item.date_precision = r.precision;
    item.date = r.date_value;
    item.date_words = ChronologyDateWords({r.precision, r.date_value});
    item.sort_key = r.sort_key;
    item.what_happened = r.what_happened;
    // R20: a promoted entry's source is the entry itself.
    std::string source = r.source;
    if (!r.entry_id.empty()) {
      auto at = ParseRfc3339(r.entry_occurred_at);
      const std::string entry = "Entry “" + r.entry_title + "”" + (at ? " of " + FormatUkDate(*at) : std::string());
      source = source.empty() ? entry : source + " (" + entry + ")";
    }
    item.source = source + (r.recorded_by.empty() ? "" : "; added" + By(r.recorded_by));
    item.entry_id = r.entry_id;
    out.push_back(std::move(item));
  }
  return out;
}

Result<std::vector<ChronologyItem>> HouseholdItems(Connection& db, const SourceQuery& query) {
  CR_ASSIGN_OR_RETURN(auto rows,
                      Read<MoveRow>(db,
                                    "SELECT " + fields::SelectList<MoveRow>() +
                                        " FROM child_person_link_changes lc"
                                        " JOIN child_people cp ON cp.tenant_id = lc.tenant_id AND cp.id = lc.link_id"
                                        " JOIN people p ON p.tenant_id = cp.tenant_id AND p.id = cp.person_id"
                                        " LEFT JOIN users u ON u.tenant_id = lc.tenant_id AND u.id = lc.recorded_by"
                                        " WHERE lc.tenant_id = ? AND lc.child_id = ? AND lc.changed LIKE ?",
                                    {query.tenant_id, query.child_id, std::string("%home_periods%")}));
  std::vector<ChronologyItem> out;
  for (const MoveRow& r : rows) {
    // The move this change made is the latest date of its home periods (a move is never dated
    // before the one before it: people/household_rules.h ApplyHomeMove).
    const Json parsed = Json::parse(r.home_periods.empty() ? "[]" : r.home_periods, nullptr, false);
    const auto periods = HomePeriodsFromJson(parsed.is_discarded() ? Json::array() : parsed);
    if (periods.empty()) continue;
    const HomePeriod& last = periods.back();
    const bool out_of_home = last.moved_out.has_value();
    const Date on = out_of_home ? *last.moved_out : last.moved_in;
    out.push_back(DayItem("household:" + r.id, "household", FormatIsoDate(on),
                          r.person + (out_of_home ? " moved out of the child’s home" : " moved into the child’s home"),
                          std::string(r.entry_id.empty() ? "Household change" : "Key change from a visit") +
                              " recorded" + By(r.recorded_by)));
    out.back().entry_id = r.entry_id;
  }
  return out;
}

namespace {

Result<std::vector<LivingRow>> LivingRows(Connection& db, const SourceQuery& query, bool orders_only) {
  return Read<LivingRow>(db,
                         "SELECT " + fields::SelectList<LivingRow>() +
                             " FROM living_arrangements la"
                             " LEFT JOIN users u ON u.tenant_id = la.tenant_id AND u.id = la.recorded_by"
                             " WHERE la.tenant_id = ? AND la.child_id = ?" +
                             std::string(orders_only ? " AND la.order_made_on IS NOT NULL" : ""),
                         {query.tenant_id, query.child_id});
}

}  // namespace

Result<std::vector<ChronologyItem>> LivingItems(Connection& db, const SourceQuery& query) {
  CR_ASSIGN_OR_RETURN(auto rows, LivingRows(db, query, false));
  std::vector<ChronologyItem> out;
  for (const LivingRow& r : rows) {
    std::string what = LabelOf(LivingPlaceKinds(), r.place_kind);
    if (!r.place.empty()) what += ", " + r.place;
    if (!r.with_whom.empty()) what += ", with " + r.with_whom;
    what += ". Legal status: " + LabelOf(LegalStatuses(), r.legal_status) + ".";
    out.push_back(
        DayItem("living:" + r.id, "living", r.effective_from, what, "Where they live, recorded" + By(r.recorded_by)));
  }
  return out;
}

Result<std::vector<ChronologyItem>> OrderItems(Connection& db, const SourceQuery& query) {
  CR_ASSIGN_OR_RETURN(auto rows, LivingRows(db, query, true));
  std::vector<ChronologyItem> out;
  for (const LivingRow& r : rows) {
    std::string what = LabelOf(LegalStatuses(), r.legal_status) + " made";
    if (!r.order_court.empty()) what += " by " + r.order_court;
    ChronologyItem item = DayItem("order:" + r.id, "order", r.order_made_on, what,
                                  r.order_document_id.empty() ? "Order recorded" + By(r.recorded_by)
                                                              : "The order (a copy is in the record’s documents)");
    item.document_id = r.order_document_id;
    out.push_back(std::move(item));
  }
  return out;
}

Result<std::vector<ChronologyItem>> RecordItems(Connection& db, const SourceQuery& query) {
  std::vector<ChronologyItem> out;
  // R1: the referral that opened the record and each that reopened it (record_referrals_by_child).
  CR_ASSIGN_OR_RETURN(auto referrals,
                      Read<ReferralRow>(db,
                                        "SELECT " + fields::SelectList<ReferralRow>() +
                                            " FROM record_referrals rr"
                                            " LEFT JOIN users u ON u.tenant_id = rr.tenant_id AND u.id = rr.recorded_by"
                                            " WHERE rr.tenant_id = ? AND rr.child_id = ?",
                                        {query.tenant_id, query.child_id}));
  for (const ReferralRow& r : referrals) {
    if (r.reopened == 0) {
      out.push_back(DayItem("opened:" + query.child_id, "record", r.received_on,
                            "Referral received from " + r.source + "; the record was opened",
                            "The referral (the record's first details)"));
    } else {
      out.push_back(DayItem("reopened:" + r.id, "record", r.received_on,
                            "Referral received from " + r.source + "; the record was reopened",
                            "The referral that reopened the record" + By(r.recorded_by)));
    }
  }
  CR_ASSIGN_OR_RETURN(auto closures,
                      Read<ClosureRow>(db,
                                       "SELECT " + fields::SelectList<ClosureRow>() +
                                           " FROM record_closures rc"
                                           " LEFT JOIN users u ON u.tenant_id = rc.tenant_id AND u.id = rc.closed_by"
                                           " WHERE rc.tenant_id = ? AND rc.child_id = ?",
                                       {query.tenant_id, query.child_id}));
  for (const ClosureRow& r : closures) {
    out.push_back(DayItem("closure:" + r.id, "record", r.closed_on, "The record was closed: " + r.reason,
                          "Closure of the record" + By(r.closed_by)));
  }
  CR_ASSIGN_OR_RETURN(auto transfers,
                      Read<TransferRow>(db,
                                        "SELECT " + fields::SelectList<TransferRow>() +
                                            " FROM record_transfers rt"
                                            " LEFT JOIN users u ON u.tenant_id = rt.tenant_id AND u.id = rt.recorded_by"
                                            " WHERE rt.tenant_id = ? AND rt.child_id = ?",
                                        {query.tenant_id, query.child_id}));
  for (const TransferRow& r : transfers) {
    out.push_back(DayItem("transfer:" + r.id, "record", r.sent_on,
                          "A copy of the record was sent to " + r.agency + ", an adoption agency",
                          "Record of the transfer" + By(r.recorded_by)));
  }
  return out;
}

Result<std::vector<ChronologyItem>> AssessmentItems(Connection& db, const SourceQuery& query) {
  // R20: each Child and Family Assessment started and, when a manager authorised it, its outcome.
  CR_ASSIGN_OR_RETURN(
      auto rows, Read<AssessmentRow>(db,
                                     "SELECT " + fields::SelectList<AssessmentRow>() +
                                         " FROM assessments a"
                                         " LEFT JOIN users s ON s.tenant_id = a.tenant_id AND s.id = a.started_by"
                                         " LEFT JOIN users m ON m.tenant_id = a.tenant_id AND m.id = a.authorised_by"
                                         " WHERE a.tenant_id = ? AND a.child_id = ?",
                                     {query.tenant_id, query.child_id}));
  std::vector<ChronologyItem> out;
  for (const AssessmentRow& r : rows) {
    out.push_back(DayItem("assessment:" + r.id, "assessment", r.started_on, "A Child and Family Assessment started",
                          "The assessment" + By(r.started_by)));
    if (!r.authorised_on.empty()) {
      out.push_back(DayItem("assessed:" + r.id, "assessment", r.authorised_on,
                            "The Child and Family Assessment was authorised: " + AssessmentOutcomeLabel(r.outcome),
                            "The manager’s authorisation" + By(r.authorised_by)));
    }
  }
  return out;
}

Result<std::vector<ChronologyItem>> PlanItems(Connection& db, const SourceQuery& query) {
  // R24: each plan started and ended, and each review of it (a plan's reviews read through the
  // child's plans, plans_by_child then plan_reviews_by_plan; CROSS JOIN keeps SQLite to that order).
  CR_ASSIGN_OR_RETURN(auto plans, Read<PlanRow>(db,
                                                "SELECT " + fields::SelectList<PlanRow>() +
                                                    " FROM plans p WHERE p.tenant_id = ? AND p.child_id = ?",
                                                {query.tenant_id, query.child_id}));
  std::vector<ChronologyItem> out;
  for (const PlanRow& p : plans) {
    const std::string plan = PlanKindLabel(p.kind);
    out.push_back(DayItem("plan:" + p.id, "plan", p.started_on, plan + " started", "The plan"));
    if (!p.ended_on.empty()) {
      out.push_back(DayItem("planend:" + p.id, "plan", p.ended_on,
                            plan + " ended" + (p.end_reason.empty() ? "" : ": " + p.end_reason), "The plan"));
    }
  }
  CR_ASSIGN_OR_RETURN(
      auto reviews,
      Read<ReviewRow>(db,
                      "SELECT " + fields::SelectList<ReviewRow>() +
                          " FROM plans p CROSS JOIN plan_reviews r WHERE p.tenant_id = ? AND p.child_id = ? "
                          "AND r.tenant_id = p.tenant_id AND r.plan_id = p.id",
                      {query.tenant_id, query.child_id}));
  for (const ReviewRow& r : reviews) {
    out.push_back(DayItem("review:" + r.id, "plan", r.held_on, "Review of the " + Lowered(PlanKindLabel(r.kind)),
                          "The review’s record"));
  }
  return out;
}

Result<std::vector<ChronologyItem>> TeamMoveItems(Connection& db, const SourceQuery& query) {
  // R20: the record moving to another team with its transfer summary (child_allocations_by_child).
  CR_ASSIGN_OR_RETURN(
      auto rows, Read<TeamMoveRow>(db,
                                   "SELECT " + fields::SelectList<TeamMoveRow>() +
                                       " FROM child_allocations a"
                                       " LEFT JOIN teams ft ON ft.tenant_id = a.tenant_id AND ft.id = a.from_team_id"
                                       " LEFT JOIN teams tt ON tt.tenant_id = a.tenant_id AND tt.id = a.to_team_id"
                                       " LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.allocated_by"
                                       " WHERE a.tenant_id = ? AND a.child_id = ? AND a.to_team_id IS NOT NULL",
                                   {query.tenant_id, query.child_id}));
  std::vector<ChronologyItem> out;
  for (const TeamMoveRow& r : rows) {
    auto at = ParseRfc3339(r.recorded_at);
    if (!at) continue;
    out.push_back(DayItem("teammove:" + r.id, "record", FormatIsoDate(LondonDate(*at)),
                          "The record moved from " + r.from_team + " to " + r.to_team + ", with a transfer summary",
                          "The transfer summary" + By(r.moved_by)));
  }
  return out;
}

}  // namespace childrecord
