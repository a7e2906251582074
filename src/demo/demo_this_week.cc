// The demo's "this week" (demo_plan.h): so that each role's home page (features/home/, R40) has
// something of its own on the day the demo is made: a referral opened today and not yet
// allocated (the First Contact Team's "Records opened today", the team manager's "Unallocated
// records"), and a note the demo practitioner wrote up late this week (R28, "My late entries").
// A constant amount of work whatever the authority's size, from its own random stream, so the
// rest of a seed's authority is as it was.
#include <chrono>
#include <tuple>
#include <vector>

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_calendar.h"
#include "demo/demo_names.h"
#include "demo/demo_plan.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "record/timeliness.h"

namespace childrecord::demo {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

void Generator::PlanReferralToday() {
  Rng rng(options_.seed * 4099 + 7);
  const auto contact_staff = StaffIn(kFirstContact, "first_contact");
  if (contact_staff.empty()) return;
  // Opened within the last hour, but never before midnight on London's clock: "today" there.
  TimePoint opened = end_ - hours(1);
  if (auto midnight = LondonLocalToUtc(LondonDate(end_), 0, 0); midnight && *midnight > opened) opened = *midnight;
  const bool girl = rng.Chance(0.5);
  // A first name late in the alphabet, so that the demo's first records by name (the ones its
  // tests and a first look at the children list open) stay the long-known ones with their notes.
  std::vector<std::string_view> late_names;
  for (std::string_view name : girl ? demo::GirlNames() : demo::BoyNames()) {
    if (name.starts_with('Z') || name.starts_with('Y')) late_names.push_back(name);
  }
  if (late_names.empty()) late_names.push_back(girl ? "Zara" : "Zachary");
  const std::string first(rng.Pick(late_names));
  const std::string surname(rng.Pick(demo::Surnames()));
  const auto born = Day(end_) - days(365 * rng.Int(2, 15) + rng.Int(0, 364));
  const std::string reason = "School called: " + first +
                             " came in with a bruise on their arm and said they did not want to go home. "
                             "Their teacher is worried.";
  // The parents the school named (R3: both with parental responsibility from birth).
  std::vector<NewEvent> events;
  const std::string home = std::to_string(rng.Int(2, 90)) + " Station Road, Northtown";
  const std::string mother = NewPerson(events, std::string(rng.Pick(demo::WomenNames())) + " " + surname, "", "", home);
  const std::string father = NewPerson(events, std::string(rng.Pick(demo::MenNames())) + " " + surname, "", "", home);
  const std::string child_id = NewId();
  // The North team's referral, with no allocated worker yet: the demo team manager's to allocate.
  Json payload{
      {"child_id", child_id},
      {"full_name", first + " " + surname},
      {"date_of_birth", FormatIsoDate(Date{born})},
      {"team_id", team_ids_[kNorth]},
      {"referral", {{"received_on", FormatIsoDate(LondonDate(opened))}, {"source", "School"}, {"reason", reason}}}};
  events.push_back({events::kChildRecordOpened, std::move(payload)});
  const std::string born_on = FormatIsoDate(Date{born});
  for (const auto& [person, relationship, basis] :
       {std::tuple{mother, "mother", "birth_mother"}, std::tuple{father, "father", "named_on_birth_certificate"}}) {
    Link(events, child_id, person, relationship, true, true,
         Json{{"parental_responsibility_basis", basis},
              {"parental_responsibility_since", born_on},
              {"home_periods", Json::array({{{"moved_in", born_on}, {"moved_out", nullptr}}})}});
  }
  batches_.push_back({opened, contact_staff.front()->id, std::move(events), next_order_++});
  ++children_;
}

void Generator::PlanLateNoteThisWeek() {
  const auto practitioners = StaffIn(kNorth, "practitioner");
  if (practitioners.empty()) return;
  const Staff& worker = *practitioners.front();  // the demo's practitioner login
  std::string child_id;
  for (auto it = entries_.rbegin(); it != entries_.rend() && child_id.empty(); ++it) {
    if (it->event.payload.value("practitioner_id", "") == worker.id) child_id = it->event.payload["child_id"];
  }
  if (child_id.empty()) return;
  // A call three days ago, written up two days later: late (over 24 hours, R28), and recorded
  // within the last week.
  PlannedEntry e;
  e.occurred = AtTime(Day(end_) - days(3), 14 * 60);
  e.recorded = std::min(AtTime(Day(end_) - days(1), 10 * 60), end_ - minutes(5));
  if (e.recorded <= e.occurred || !IsLateEntry(e.occurred, e.recorded)) return;
  e.intended_late = true;
  e.actor = worker.id;
  e.event = {events::kEntryRecorded,
             Json{{"entry_id", NewId()},
                  {"child_id", child_id},
                  {"kind", "phone_call"},
                  {"occurred_at", FormatUtc(e.occurred)},
                  {"practitioner_id", worker.id},
                  {"title", "Phone call with school about attendance"},
                  {"body",
                   "I rang the school office to ask about attendance this week. The attendance officer said "
                   "there were two late marks and no absences, and that the morning club is helping.\n\n"
                   "This is recorded late because I was on a training course for the rest of the week."},
                  {"significant", false}}};
  entries_.push_back(std::move(e));
}

}  // namespace childrecord::demo
