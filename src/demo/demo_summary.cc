#include "demo/demo_summary.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_calendar.h"
#include "features/entries/entries_events.h"
#include "features/people/people_events.h"
#include "features/summary/summary_events.h"
#include "features/summary/summary_rules.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;
using std::chrono::hours;

// The people linked to the record in the planned batches: its key people, in the order a duty
// worker reads them (those with parental responsibility at home first, marked safe; then those
// important to the child; a parent who lives elsewhere is a contact).
Json KeyPeople(const std::vector<Batch>& batches, size_t family_from, const std::string& child_id,
               const NoteContext& ctx) {
  Json carers = Json::array(), others = Json::array();
  for (size_t i = family_from; i < batches.size(); ++i) {
    const Batch& b = batches[i];
    for (const NewEvent& e : b.events) {
      if (e.type != events::kChildPersonLinked || e.payload.value("child_id", "") != child_id) continue;
      const std::string relationship = e.payload.value("relationship", "");
      const bool home = e.payload.value("lives_in_home", false);
      const bool pr = e.payload.value("parental_responsibility", false);
      const std::string person = e.payload.value("person_id", "");
      if (pr && home) {
        carers.push_back({{"person_id", person}, {"safety", kSafe}, {"note", ctx.child + " lives with them"}});
      } else if (pr || relationship == "teacher" || relationship == "youth_worker" || relationship == "aunt" ||
                 relationship == "grandmother" || relationship == "friend") {
        if (others.size() < 3) others.push_back({{"person_id", person}, {"safety", nullptr}, {"note", nullptr}});
      }
    }
  }
  for (const Json& o : others) carers.push_back(o);
  return carers;
}

Json Input(const NoteContext& ctx, const Json& key_people, bool second) {
  const std::string they = ctx.girl ? "she" : "he";
  const std::string pen =
      ctx.child + " is " + std::to_string(ctx.age) + (ctx.age == 1 ? " year" : " years") + " old" +
      (ctx.school.empty() ? " and at home with " + ctx.parent + " during the day."
                          : " and goes to " + ctx.school + ".") +
      " " + (ctx.girl ? "She" : "He") + " likes drawing and being outdoors, and " + they + " tells us " + they +
      " feels safest when the day has a routine." +
      (ctx.language.empty() ? "" : " The family's first language is " + ctx.language + ": book an interpreter.");
  const std::string worries = second ? "Arguments at home have been less frequent, but " + ctx.parent +
                                           " is still finding the evenings hard. School attendance is better."
                                     : "Arguments at home late at night, and " + ctx.child +
                                           " has missed school on Mondays. " + ctx.parent + " has said " +
                                           (ctx.parent_woman ? "she" : "he") + " is struggling to cope.";
  const std::string helps =
      ctx.parent + " asks for help when things get difficult. " + ctx.child + " has a good relationship with " +
      (ctx.teacher.empty() ? "the health visitor" : ctx.teacher) + ". The family centre's evening group.";
  const std::string safety = "If there is an argument at home, " + ctx.parent + " takes " + ctx.child +
                             " to a safe adult named below and rings the allocated worker, or the Emergency Duty "
                             "Team out of hours. If " +
                             ctx.child + " is hurt or frightened, call the police on 999.";
  return Json{{"pen_picture", pen},
              {"worries", worries},
              {"what_helps", helps},
              {"safety_plan", safety},
              {"contingency_plan", "If no safe adult can care for " + ctx.child +
                                       " tonight, the Emergency Duty Team arranges an emergency "
                                       "foster placement and tells the allocated worker first thing in the morning."},
              {"key_people", key_people}};
}

}  // namespace

int PlanSummaries(std::vector<Batch>& batches, size_t family_from, int64_t& next_order, const std::string& child_id,
                  const NoteContext& ctx, const std::string& worker_id, const std::string& duty_worker_id,
                  TimePoint opened, TimePoint end, int variant) {
  if (variant % 6 == 0) return 0;  // no summary yet
  const Json key = KeyPeople(batches, family_from, child_id, ctx);
  std::set<std::string> linked;
  for (const Json& k : key) linked.insert(k["person_id"].get<std::string>());
  int64_t version = 0;
  int entries = 0;
  auto write = [&](TimePoint at, bool second) {
    if (at <= opened || at >= end) return;
    auto payload = BuildSummaryVersion(Input(ctx, key, second), child_id, version + 1, linked);
    if (!payload.ok()) {
      // The demo's people come from the same plan; a key person missing from it is a bug here.
      Json input = Input(ctx, Json::array(), second);
      payload = BuildSummaryVersion(input, child_id, version + 1, {});
      if (!payload.ok()) return;
    }
    ++version;
    batches.push_back({at, worker_id, {{events::kCaseNoteSummaryWritten, *std::move(payload)}}, next_order++});
  };
  const auto day = [&](int days_before_end, int minute) {
    return AtTime(WorkingDay(Day(end) - days(days_before_end)), minute);
  };
  switch (variant % 6) {
    case 1:
      write(std::max(opened + days(2), day(125, 15 * 60)), false);
      break;
    case 2:
      write(std::max(opened + days(2), day(36, 14 * 60)), false);
      if (!duty_worker_id.empty() && version > 0) {
        // Two nights ago, out of hours: the police called the Emergency Duty Team (significant, R25).
        const TimePoint night = AtTime(Day(end) - days(2), 22 * 60 + 40);
        if (night > opened && night + hours(1) < end) {
          batches.push_back(
              {night + std::chrono::minutes(35),
               duty_worker_id,
               {{events::kEntryRecorded,
                 Json{{"entry_id", NewId()},
                      {"child_id", child_id},
                      {"kind", "phone_call"},
                      {"occurred_at", FormatUtc(night)},
                      {"practitioner_id", duty_worker_id},
                      {"title", "Police called the Emergency Duty Team"},
                      {"body", "The police rang after a neighbour heard shouting. " + ctx.parent + " and " + ctx.child +
                                   " went to a safe adult from the safety plan "
                                   "for the night. The allocated worker should visit tomorrow."},
                      {"significant", true}}}},
               next_order++});
          ++entries;
        }
      }
      break;
    default:
      write(std::max(opened + days(2), day(150, 11 * 60)), false);
      write(std::max(opened + days(4), day(20 + variant, 16 * 60)), true);
      break;
  }
  return entries;
}

}  // namespace childrecord::demo
