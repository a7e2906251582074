#include "features/summary/summary_rules.h"

#include <algorithm>
#include <chrono>

#include "core/field_errors.h"
#include "core/time_format.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

TimePoint ThreeMonthsAfter(TimePoint at) {
  using namespace std::chrono;
  const auto day = floor<days>(at);
  const year_month_day ymd{day};
  year_month_day later = ymd + months{3};
  if (!later.ok()) later = year_month_day_last{later.year(), month_day_last{later.month()}};
  return TimePoint{sys_days{later}.time_since_epoch() + (at - day)};
}

namespace {

TimePoint Instant(const std::string& text, TimePoint fallback) {
  auto parsed = ParseRfc3339(text);
  return parsed ? *parsed : fallback;
}

}  // namespace

SummaryDue DecideSummaryDue(const SummaryDueInput& input) {
  SummaryDue out;
  if (input.last_version_at.empty()) {
    out.due = true;
    out.trigger = "none_yet";
    out.reason = "There is no case note summary yet";
    out.due_since = FormatUtc(Instant(input.record_opened_at, input.now));
    return out;
  }
  const TimePoint last = Instant(input.last_version_at, input.now);
  const TimePoint by_age = ThreeMonthsAfter(last);
  out.next_due = FormatUtc(by_age);
  // The earliest significant change recorded after the last version (and not after now).
  const SignificantChange* first = nullptr;
  TimePoint first_at{};
  for (const SignificantChange& c : input.changes) {
    const TimePoint at = Instant(c.at, input.now);
    if (at <= last || at > input.now) continue;
    if (first == nullptr || at < first_at) {
      first = &c;
      first_at = at;
    }
  }
  const bool aged = by_age <= input.now;
  if (first != nullptr && (!aged || first_at < by_age)) {
    out.due = true;
    out.trigger = "significant_change";
    out.reason = "Something significant has happened since the summary was last updated: " + first->description;
    out.due_since = FormatUtc(first_at);
  } else if (aged) {
    out.due = true;
    out.trigger = "three_months";
    out.reason = "3 months have passed since the summary was last updated";
    out.due_since = FormatUtc(by_age);
  }
  return out;
}

Result<Json> BuildSummaryVersion(const Json& input, const std::string& child_id, int64_t version,
                                 const std::set<std::string>& people_on_record) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  FieldErrors errors;
  auto pen = Text(input, "pen_picture", "pen_picture", "Write a pen picture of the child", kMaxLongText);
  auto worries = Text(input, "worries", "worries", "Say what is worrying", kMaxLongText);
  auto helps = Text(input, "what_helps", "what_helps", "Say what is helping", kMaxLongText);
  auto safety = Text(input, "safety_plan", "safety_plan",
                     "Write the safety plan: who does what if a worry happens, and who to call", kMaxLongText);
  auto contingency = OptionalText(input, "contingency_plan", "contingency_plan", kMaxLongText);
  for (const auto* r : {&pen, &worries, &helps, &safety, &contingency}) errors.Check(*r);
  Json people = Json::array();
  auto given = input.find("key_people");
  if (given == input.end() || given->is_null()) {
    // None named: a record may hold nobody yet (a newborn's, before the family is known).
  } else if (!given->is_array()) {
    errors.Add(Error::Validation("key_people", "Key people must be a list of people on the record"));
  } else {
    std::set<std::string> seen;
    for (size_t i = 0; i < given->size(); ++i) {
      const Json& p = (*given)[i];
      const std::string at = Index("key_people", i);
      if (!p.is_object()) {
        errors.Add(Error::Validation(at, "Each key person must be one of the people on the record"));
        continue;
      }
      auto id = Text(p, "person_id", Join(at, "person_id"), "Choose a person from the people on the record");
      if (errors.Check(id)) {
        if (!people_on_record.contains(*id)) {
          errors.Add(Error::Validation(Join(at, "person_id"),
                                       "This person is not on the child’s record: add them on the People tab first, "
                                       "then choose them"));
        } else if (!seen.insert(*id).second) {
          errors.Add(Error::Validation(Join(at, "person_id"), "This person is already a key person on the summary"));
        }
      }
      auto mark = Choice(p, "safety", Join(at, "safety"), {kSafe, kNotSafe}, "", false);
      auto note = OptionalText(p, "note", Join(at, "note"), 2000);
      errors.Check(mark);
      errors.Check(note);
      if (mark.ok() && note.ok() && *mark == kNotSafe && note->empty()) {
        errors.Add(Error::Validation(Join(at, "note"), "Say why this person is not safe for the child"));
      }
      if (id.ok() && mark.ok() && note.ok()) {
        people.push_back({{"person_id", *id}, {"safety", OptText(*mark)}, {"note", OptText(*note)}});
      }
    }
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"version", version},
              {"pen_picture", *pen},
              {"worries", *worries},
              {"what_helps", *helps},
              {"safety_plan", *safety},
              {"contingency_plan", OptText(*contingency)},
              {"key_people", std::move(people)}};
}

}  // namespace childrecord
