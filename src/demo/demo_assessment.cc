#include "demo/demo_assessment.h"

#include <fstream>
#include <sstream>

#include "core/ids.h"
#include "core/source_root.h"
#include "core/working_days.h"
#include "demo/demo_calendar.h"
#include "demo/demo_random.h"
#include "features/assessment/assessment_events.h"
#include "features/assessment/assessment_rules.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;

// England's working days from the council's file in the source tree; weekends only without it.
const WorkingDayCalendar& Calendar() {
  static const WorkingDayCalendar calendar = [] {
    std::ifstream in(std::string(SourceRoot()) + "/data/calendar/bank-holidays-england.tsv");
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = ParseWorkingDayCalendar(text.str(), "bank-holidays-england.tsv");
    return parsed.ok() ? *parsed : WorkingDayCalendar();
  }();
  return calendar;
}

uint64_t Mix(uint64_t seed, const std::string& text) {
  uint64_t h = 1469598103934665603ull ^ seed;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return h;
}

// The sections a careful practitioner writes, in kind, clear words (R33-R35).
Json Content(const DemoAssessmentFacts& f, int step) {
  const std::string& c = f.child_first;
  const std::string parent = f.parent_first.empty() ? "their mum" : f.parent_first;
  Json content = Json::object();
  content["developmental_needs"] = c + " is healthy and up to date with check-ups. At school " + c +
                                   " is doing well in reading but finds it hard to settle after weekends. " + c +
                                   " has good friends and loves football and drawing.";
  if (step < 2) return content;
  content["parenting_capacity"] = parent + " loves " + c +
                                  " and makes sure meals and school runs happen most days. When " + parent +
                                  " is stressed, bedtimes slip and there are arguments. " + parent +
                                  " asks for help and has started going to a parenting group.";
  content["family_environment"] =
      "The family live in a two-bedroom flat that is damp in winter. Money is tight since " + parent +
      " lost work hours. Nan lives nearby and helps with school pick-ups twice a week.";
  Json views = Json::array();
  views.push_back(
      {{"whose", "child"},
       {"person_id", nullptr},
       {"name", f.child_name},
       {"words", "I like it when Nan picks me up. I don't like the shouting at night. I want my room to be warm."},
       {"agrees", "yes"},
       {"support", Json::array({"advocate"})},
       {"support_other", nullptr}});
  if (!f.parent_id.empty()) {
    views.push_back({{"whose", "person"},
                     {"person_id", f.parent_id},
                     {"name", f.parent_name},
                     {"words",
                      "I know things got on top of me. I want help with the flat and with money, not people "
                      "judging me."},
                     {"agrees", "partly"},
                     {"support", Json::array()},
                     {"support_other", nullptr}});
  }
  content["views"] = std::move(views);
  if (step < 3) return content;
  content["analysis"] = "What is worrying: arguments at night and the cold, damp flat affect " + c +
                        "'s sleep and mood. What is helping: " + parent + "'s love for " + c +
                        ", Nan's support and a settled school. What needs to happen: help with housing and money, "
                        "and support for calmer evenings.";
  content["outcome"] = "child_in_need";
  content["recommendation"] =
      "A child in need plan for six months: a housing repair request, a referral to money advice, and weekly "
      "family support visits for bedtime routines. We recommend this because the worries are real but the family "
      "want help and are already making changes. " +
      parent + " agrees with most of the plan.";
  return content;
}

}  // namespace

void PlanAssessments(std::vector<Batch>& batches, int64_t& next_order, const DemoAssessmentFacts& f) {
  if (f.worker == nullptr) return;
  Rng rng(Mix(f.seed, f.child_id));
  const int kind = rng.Int(0, 9);  // 0-1: none yet; 2: left overdue; 3: waiting for a manager; else done
  if (kind < 2) return;
  const Date due = AssessmentDueOn(Calendar(), f.referral_received_on);
  const auto due_day = std::chrono::sys_days(due);
  const std::string id = NewId();
  auto add = [&](std::chrono::sys_days day, const Staff& who, const char* type, Json payload) -> bool {
    const TimePoint at = AtTime(WorkingDay(day), rng.Int(9 * 60, 16 * 60 + 30));
    if (at >= f.end) return false;
    batches.push_back({at, who.id, {{type, std::move(payload)}}, next_order++});
    return true;
  };
  auto start_day = WorkingDay(f.opened + days(rng.Int(1, 4)));
  if (!add(start_day, *f.worker, events::kAssessmentStarted,
           Json{{"assessment_id", id},
                {"child_id", f.child_id},
                {"started_on", FormatIsoDate(Date{WorkingDay(start_day)})},
                {"referral_received_on", FormatIsoDate(f.referral_received_on)},
                {"working_days", kAssessmentWorkingDays},
                {"due_on", FormatIsoDate(due)}})) {
    return;
  }
  // Drafts over the weeks, each a version; an overdue one stalls after its first draft.
  const int steps = kind == 2 ? 1 : 3;
  auto day = start_day;
  for (int step = 1; step <= steps; ++step) {
    day = day + days(rng.Int(7, 14));
    if (!add(day, *f.worker, events::kAssessmentSaved,
             Json{{"assessment_id", id}, {"child_id", f.child_id}, {"version", step}, {"content", Content(f, step)}})) {
      return;
    }
  }
  if (kind == 2) return;
  // Sent to the manager a few days before the due date (or as soon as written, when later).
  day = std::max(day + days(1), due_day - days(rng.Int(3, 8)));
  if (!add(day, *f.worker, events::kAssessmentCompleted,
           Json{{"assessment_id", id}, {"child_id", f.child_id}, {"version", steps}})) {
    return;
  }
  if (kind == 3 || f.manager == nullptr) return;
  day = WorkingDay(day + days(rng.Int(1, 3)));
  add(day, *f.manager, events::kAssessmentAuthorised,
      Json{{"assessment_id", id},
           {"child_id", f.child_id},
           {"version", steps},
           {"authorised_on", FormatIsoDate(Date{day})},
           {"outcome", "child_in_need"},
           {"outcome_label", AssessmentOutcomeLabel("child_in_need")},
           {"reasons", "The analysis is clear and balanced and the views of " + f.child_first +
                           " and the family are in their own words. A child in need plan is right: the family want "
                           "help and the worries can be met with support."}});
}

}  // namespace childrecord::demo
