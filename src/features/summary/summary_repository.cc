#include "features/summary/summary_repository.h"

#include <algorithm>

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "features/people/household_rules.h"
#include "features/plan/plan_repository.h"
#include "features/plan/plan_rules.h"
#include "store/described_rows.h"

namespace childrecord {
namespace {

constexpr char kVersionsFrom[] =
    " FROM case_note_summaries s LEFT JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.recorded_by "
    "WHERE s.tenant_id = ? AND s.child_id = ? ORDER BY s.version DESC";

struct SignificantEntryRow {
  std::string recorded_at;
};
const fields::Description<SignificantEntryRow>& Describe(const SignificantEntryRow*) {
  using V = SignificantEntryRow;
  static const fields::Description<SignificantEntryRow> description = {
      {"recorded_at", "e.recorded_at", &V::recorded_at},
  };
  return description;
}

struct LinkChangeRow {
  std::string changed, recorded_at, full_name;
  bool lives_in_home = false;
};
const fields::Description<LinkChangeRow>& Describe(const LinkChangeRow*) {
  using V = LinkChangeRow;
  static const fields::Description<LinkChangeRow> description = {
      {"changed", "c.changed", &V::changed},
      {"recorded_at", "c.recorded_at", &V::recorded_at},
      {"full_name", "p.full_name", &V::full_name},
      {"lives_in_home", "c.lives_in_home", &V::lives_in_home, fields::Kind::kFlag},
  };
  return description;
}

struct LivingRow {
  std::string place_kind, place, legal_status, order_made_on, recorded_at;
};
const fields::Description<LivingRow>& Describe(const LivingRow*) {
  using V = LivingRow;
  static const fields::Description<LivingRow> description = {
      {"place_kind", "a.place_kind", &V::place_kind},       {"place", "a.place", &V::place},
      {"legal_status", "a.legal_status", &V::legal_status}, {"order_made_on", "a.order_made_on", &V::order_made_on},
      {"recorded_at", "a.recorded_at", &V::recorded_at},
  };
  return description;
}

std::string LabelOf(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* found = FindCode(list, code);
  return found ? found->label : code;
}

}  // namespace

Result<std::optional<SummaryVersion>> SummaryRepository::Latest(const std::string& tenant_id,
                                                                const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT " + fields::SelectList<SummaryVersion>() + kVersionsFrom + " LIMIT 1", {tenant_id, child_id}));
  if (rows.empty()) return std::optional<SummaryVersion>{};
  return std::optional<SummaryVersion>{ReadRow<SummaryVersion>(rows.front())};
}

Result<std::vector<SummaryVersion>> SummaryRepository::Versions(const std::string& tenant_id,
                                                                const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows, db->Query("SELECT " + fields::SelectList<SummaryVersion>() + kVersionsFrom, {tenant_id, child_id}));
  std::vector<SummaryVersion> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<SummaryVersion>(row));
  return out;
}

Result<std::vector<SignificantChange>> SummaryRepository::SignificantChangesSince(const std::string& tenant_id,
                                                                                  const std::string& child_id,
                                                                                  const std::string& since) {
  std::vector<SignificantChange> out;
  // A plan starting or ending (R25), from the plan feature: plans are dated by day, so each counts
  // from the start of its day on London's clock (a summary written later that day already knows).
  if (auto since_at = ParseRfc3339(since)) {
    CR_ASSIGN_OR_RETURN(std::vector<PlanChange> plans,
                        PlanRepository(store_).ChangedSince(tenant_id, child_id, FormatIsoDate(LondonDate(*since_at))));
    for (const PlanChange& p : plans) {
      auto day = ParseIsoDate(p.on);
      auto at = day ? LondonLocalToUtc(*day, 0, 0) : std::nullopt;
      if (!at) continue;
      std::string kind = PlanKindLabel(p.kind);
      if (!kind.empty()) kind[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kind[0])));
      out.push_back({"plan", FormatUtc(*at), "a " + kind + " " + (p.change == "ended" ? "ended" : "started")});
    }
  }
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  // Entries marked significant (R25; the entry's own "significant event" mark).
  CR_ASSIGN_OR_RETURN(SqlRows entries,
                      db->Query("SELECT " + fields::SelectList<SignificantEntryRow>() +
                                    " FROM entries e WHERE e.tenant_id = ? AND e.child_id = ? AND e.significant = 1 "
                                    "AND e.recorded_at > ? ORDER BY e.recorded_at LIMIT 50",
                                {tenant_id, child_id, since}));
  for (const SqlRow& row : entries) {
    const auto e = ReadRow<SignificantEntryRow>(row);
    // Not the entry's title: the due reason shows on the Overview, which some roles (the
    // Emergency Duty Team) read without the stated reason the case notes need.
    out.push_back({"entry", e.recorded_at, "an entry was marked as a significant event"});
  }
  // R3, R18 key changes: someone moved in or out of the household.
  CR_ASSIGN_OR_RETURN(SqlRows moves,
                      db->Query("SELECT " + fields::SelectList<LinkChangeRow>() +
                                    " FROM child_person_link_changes c "
                                    "JOIN child_people l ON l.tenant_id = c.tenant_id AND l.id = c.link_id "
                                    "JOIN people p ON p.tenant_id = l.tenant_id AND p.id = l.person_id "
                                    "WHERE c.tenant_id = ? AND c.child_id = ? AND c.recorded_at > ? "
                                    "ORDER BY c.recorded_at LIMIT 50",
                                {tenant_id, child_id, since}));
  for (const SqlRow& row : moves) {
    const auto m = ReadRow<LinkChangeRow>(row);
    if (m.changed.find("home_periods") == std::string::npos) continue;
    out.push_back(
        {"household", m.recorded_at,
         m.full_name + (m.lives_in_home ? " moved into the child’s home" : " moved out of the child’s home")});
  }
  // R4, R8: where the child lives, their legal status and orders, each compared with the
  // arrangement before it (a record holds few, read whole by child).
  CR_ASSIGN_OR_RETURN(
      SqlRows living,
      db->Query("SELECT " + fields::SelectList<LivingRow>() +
                    " FROM living_arrangements a WHERE a.tenant_id = ? AND a.child_id = ? ORDER BY a.id",
                {tenant_id, child_id}));
  std::optional<LivingRow> before;
  for (const SqlRow& row : living) {
    const auto a = ReadRow<LivingRow>(row);
    if (a.recorded_at > since) {
      if (!a.order_made_on.empty() && (!before || before->order_made_on != a.order_made_on)) {
        out.push_back({"order", a.recorded_at, "a new order: " + LabelOf(LegalStatuses(), a.legal_status)});
      } else if (before && before->legal_status != a.legal_status) {
        out.push_back(
            {"legal_status", a.recorded_at, "the legal status changed to " + LabelOf(LegalStatuses(), a.legal_status)});
      }
      if (!before || before->place_kind != a.place_kind || before->place != a.place) {
        out.push_back({"living", a.recorded_at,
                       "the child now lives: " + LabelOf(LivingPlaceKinds(), a.place_kind) +
                           (a.place.empty() ? std::string() : ", " + a.place)});
      }
    }
    before = a;
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SignificantChange& a, const SignificantChange& b) { return a.at < b.at; });
  return out;
}

Result<std::vector<OutOfHoursEntry>> SummaryRepository::OutOfHoursEntriesFor(const std::string& tenant_id,
                                                                             const std::string& worker_id,
                                                                             const std::string& since, int limit) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<OutOfHoursEntry>() +
                                    " FROM children c "
                                    "JOIN entries e ON e.tenant_id = c.tenant_id AND e.child_id = c.id "
                                    "AND e.recorded_at > ? "
                                    "JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.recorded_by "
                                    "WHERE c.tenant_id = ? AND c.allocated_worker_id = ? AND c.status = 'open' "
                                    "AND u.role = 'edt' ORDER BY e.recorded_at DESC LIMIT ?",
                                {since, tenant_id, worker_id, static_cast<int64_t>(limit)}));
  std::vector<OutOfHoursEntry> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<OutOfHoursEntry>(row));
  return out;
}

}  // namespace childrecord
