#include "demo/demo_chronology.h"

#include <chrono>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/chronology/chronology_events.h"
#include "features/chronology/chronology_rules.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;
using std::chrono::hours;

std::string YearOf(Date d) { return std::to_string(static_cast<int>(d.year())); }
std::string MonthOf(Date d) {
  const unsigned m = static_cast<unsigned>(d.month());
  return YearOf(d) + (m < 10 ? "-0" : "-") + std::to_string(m);
}
Date Plus(Date d, int n) { return Date{std::chrono::sys_days{d} + days{n}}; }

}  // namespace

std::vector<Batch> PlanChildChronology(const std::string& child_id, const NoteContext& ctx,
                                       const std::string& worker_id, TimePoint opened, TimePoint end,
                                       std::span<const PlannedEntry> family_entries) {
  std::vector<Batch> out;
  const Date opened_on = LondonDate(opened);
  // Each item is added a day or more after the record opened, in office hours.
  auto add = [&](int day_after, Json input, const std::string& entry_id) {
    const TimePoint at = opened + hours(24 * day_after);
    if (at > end) return std::string();
    const std::string item_id = NewId();
    auto payload = BuildChronologyItemAdded(input, child_id, item_id, entry_id, LondonDate(at));
    if (!payload.ok()) return std::string();  // a demo date the rules refuse is left out, never forced
    out.push_back(Batch{at, worker_id, {{events::kChronologyItemAdded, std::move(*payload)}}, 0});
    return "item:" + item_id;
  };
  const std::string parent = ctx.parent.empty() ? std::string("The parent") : ctx.parent;
  const Date born = Plus(opened_on, -365 * ctx.age - 120);
  if (!ctx.other_parent.empty()) {
    add(1,
        Json{{"date", {{"precision", "about"}, {"value", YearOf(Plus(opened_on, -365 * 2))}}},
             {"what_happened", parent + " and " + ctx.other_parent + " separated"},
             {"source", parent + " (" + ctx.parent_role + "), at the first home visit"},
             {"impact", ctx.child + " saw less of " + ctx.other_parent + " and missed them"}},
        "");
  }
  add(1,
      Json{{"date", {{"precision", "before"}, {"value", MonthOf(born < opened_on ? Plus(born, 60) : opened_on)}}},
           {"what_happened", ctx.child + " and " + parent + " were supported by the health visiting service"},
           {"source", "The health visitor’s letter to the team"}},
      "");
  if (!ctx.school.empty()) {
    add(2,
        Json{{"date", {{"precision", "month"}, {"value", MonthOf(Plus(opened_on, -200))}}},
             {"what_happened", ctx.child + " started at " + ctx.school},
             {"source", ctx.teacher.empty() ? ctx.school : ctx.teacher + " at " + ctx.school},
             {"impact", ctx.child + " settled well and has a good friend there"}},
        "");
  }
  add(3,
      Json{{"date", {{"precision", "day"}, {"value", FormatIsoDate(Plus(opened_on, 1))}}},
           {"what_happened", "Strategy discussion with the police, the school and health"},
           {"source", "The minutes of the strategy discussion"}},
      "");
  // The impact of the generated referral item, written once the practitioner knows the family.
  const TimePoint noted = opened + hours(24 * 5);
  if (noted <= end) {
    auto impact = BuildChronologyImpactNoted(
        Json{{"impact", ctx.child + " and " + parent + " have had help from the team since the referral"}}, child_id,
        "opened:" + child_id);
    if (impact.ok()) out.push_back(Batch{noted, worker_id, {{events::kChronologyImpactNoted, std::move(*impact)}}, 0});
  }
  // The child's first significant entry, promoted (R20 "promote from any entry").
  for (const PlannedEntry& e : family_entries) {
    const Json& p = e.event.payload;
    if (p.value("child_id", "") != child_id || !p.value("significant", false)) continue;
    const int after = static_cast<int>((e.recorded - opened) / hours(24)) + 1;
    add(std::max(after, 1),
        Json{{"date", {{"precision", "day"}, {"value", FormatIsoDate(LondonDate(e.occurred))}}},
             {"what_happened", p.value("title", "")},
             {"impact", "A turning point for " + ctx.child}},
        p.value("entry_id", ""));
    break;
  }
  return out;
}

}  // namespace childrecord::demo
