// The demo's case history (demo_plan.h): the notes written over each record's life, when they
// were written up (R28), the corrections made to some (R29/R30), the closure of a few (R1), and
// how one person's notes of a day are gathered into one sitting.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_calendar.h"
#include "demo/demo_details.h"
#include "demo/demo_plan.h"
#include "features/closure/closure_events.h"
#include "features/entries/entries_events.h"
#include "record/timeliness.h"

namespace childrecord::demo {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

void Generator::AddEntry(const std::string& child_id, const std::string& kind, TimePoint occurred,
                         const Staff& author, const std::string& practitioner_id, NoteText text, bool significant,
                         bool allow_late, bool on_behalf_allowed) {
  PlannedEntry e;
  e.occurred = occurred;
  // How long after the event it was written up (R28): mostly the same day, some the next
  // morning, about one in twenty late.
  const int roll = rng_.Int(0, 99);
  const int minute_of_day = static_cast<int>((occurred - TimePoint(Day(occurred))) / minutes(1));
  TimePoint recorded;
  if (allow_late && roll < 5) {
    // Written up two to eight days later, in office hours.
    recorded = AtTime(WorkingDay(Day(occurred) + days(rng_.Int(2, 8))), rng_.Int(8 * 60 + 30, 17 * 60 + 30));
    e.intended_late = true;
  } else if (roll < 15 || minute_of_day >= 18 * 60) {
    recorded = occurred + minutes(rng_.Int(10, 45));  // straight away (and out of hours work)
  } else if (roll < 75) {
    // Later the same day, by early evening.
    const int latest = std::max(minute_of_day + 20, 19 * 60);
    recorded = AtTime(Day(occurred), std::min(minute_of_day + rng_.Int(60, 300), latest));
  } else {
    // First thing the next morning, if that is within the 24 hours; otherwise that evening.
    const TimePoint morning = AtTime(Day(occurred) + days(1), rng_.Int(7 * 60 + 30, 9 * 60 + 30));
    recorded = morning - occurred < hours(23) ? morning : AtTime(Day(occurred), std::max(minute_of_day + 30, 17 * 60 + rng_.Int(0, 120)));
  }
  e.recorded = std::min(recorded, end_);
  if (e.recorded <= occurred) return;  // would be written after the demo's "now"
  if (e.intended_late && IsLateEntry(occurred, e.recorded)) text.body += demo::LateReason(rng_);
  e.intended_late = IsLateEntry(occurred, e.recorded);
  e.actor = author.id;
  if (on_behalf_allowed && rng_.Chance(0.05)) {
    // A colleague in the same team writes it up on the practitioner's behalf (R26).
    std::vector<const Staff*> colleagues;
    for (const Staff& s : staff_) {
      if (s.team == author.team && s.id != author.id && s.role == author.role) colleagues.push_back(&s);
    }
    if (!colleagues.empty()) e.actor = colleagues[static_cast<size_t>(rng_.Int(0, static_cast<int>(colleagues.size()) - 1))]->id;
  }
  e.event = {events::kEntryRecorded, Json{{"entry_id", NewId()},
                                          {"child_id", child_id},
                                          {"kind", kind},
                                          {"occurred_at", FormatUtc(occurred)},
                                          {"practitioner_id", practitioner_id},
                                          {"title", std::move(text.title)},
                                          {"body", std::move(text.body)},
                                          {"significant", significant}}};
  AddEntryExtras(e, kind, author);
  entries_.push_back(std::move(e));
}

void Generator::AddEntryExtras(PlannedEntry& e, const std::string& kind, const Staff& author) {
  if (note_context_ == nullptr) return;
  Json& p = e.event.payload;
  const NoteText note{p["title"], p["body"]};
  Json details = demo::EntryDetailsFor(extras_rng_, kind, *note_context_, note, e.occurred, author.role);
  if (details.is_object()) p["details"] = std::move(details);
  // R32: some meetings, visits and direct work are about brothers and sisters too.
  const std::string& child_id = p["child_id"];
  if ((kind == "meeting" || kind == "visit" || kind == "direct_work") && family_records_.size() > 1 &&
      extras_rng_.Chance(0.2)) {
    Json shared = Json::array();
    for (const auto& other : family_records_) {
      if (other != child_id && (shared.empty() || extras_rng_.Chance(0.5))) shared.push_back(other);
    }
    if (!shared.empty()) p["shared_with"] = std::move(shared);
  }
  // R29/R30: a few notes are corrected a day or two later by whoever wrote them.
  if (extras_rng_.Chance(0.03)) {
    const TimePoint at = e.recorded + std::chrono::hours(extras_rng_.Int(28, 60));
    if (at < end_) {
      const demo::Amendment a = demo::AmendmentFor(extras_rng_, *note_context_, note.body);
      amendments_.push_back(Batch{at, e.actor,
                                  {{events::kEntryAmended, Json{{"entry_id", p["entry_id"]}, {"version", 2},
                                                                {"title", note.title}, {"body", a.body},
                                                                {"reason", a.reason}}}},
                                  0});
    }
  }
}

void Generator::PlanEntries(const std::string& child_id, NoteContext ctx, const Staff& worker, TimePoint opened,
                            std::string_view referral_reason) {
  const Staff* manager = nullptr;
  for (const Staff& s : staff_) {
    if (s.team == worker.team && s.role == "team_manager") manager = &s;
  }
  note_context_ = &ctx;  // for AddEntryExtras; ctx lives until this function returns
  const size_t first_entry = entries_.size();
  const auto last_day = Day(end_) - days(1);
  auto set_dates = [&](TimePoint t) {
    ctx.next_date = Ukday(TimePoint(WorkingDay(Day(t) + days(rng_.Int(7, 14)))));
    ctx.by_date = Ukday(TimePoint(WorkingDay(Day(t) + days(rng_.Int(5, 10)))));
  };
  auto working_time = [&](std::chrono::sys_days d) { return AtTime(WorkingDay(d), rng_.Int(8 * 60 + 30, 16 * 60 + 30)); };

  // Allocation by the team manager, then a first visit within five working days.
  TimePoint t = AtTime(WorkingDay(Day(opened) + days(1)), rng_.Int(9 * 60, 12 * 60));
  if (manager != nullptr && t < end_) {
    set_dates(t);
    AddEntry(child_id, "management_decision", t, *manager, manager->id, demo::AllocationNote(ctx, referral_reason),
             false, false, false);
  }
  t = working_time(Day(opened) + days(rng_.Int(2, 5)));
  if (Day(t) <= last_day) {
    set_dates(t);
    AddEntry(child_id, "visit", t, worker, worker.id, demo::VisitNote(rng_, ctx), false);
  }
  // The assessment, about six weeks in.
  t = working_time(Day(opened) + days(rng_.Int(35, 45)));
  if (Day(t) <= last_day) {
    set_dates(t);
    AddEntry(child_id, "assessment", t, worker, worker.id, demo::AssessmentNote(rng_, ctx), true);
  }

  // The rest, spread over the time the child has been known to us.
  const auto first = Day(opened) + days(6);
  if (first >= last_day) return;
  const int span_days = static_cast<int>((last_day - first).count());
  const double months = std::max(1, options_.months_of_history);
  const double share = std::min(1.0, span_days / (months * 30.4));
  const int count = std::max(3, static_cast<int>(std::lround(rng_.Int(10, 28) * std::max(0.35, share))));
  std::vector<int> offsets;
  for (int i = 0; i < count; ++i) offsets.push_back(rng_.Int(0, span_days));
  std::sort(offsets.begin(), offsets.end());
  for (int offset : offsets) {
    const auto day = first + days(offset);
    t = working_time(day);
    if (Day(t) > last_day) continue;
    set_dates(t);
    const int roll = rng_.Int(0, 99);
    if (roll < 34) {
      NoteText note = demo::VisitNote(rng_, ctx);
      const bool significant = note.body.find("moved back in") != std::string::npos;
      AddEntry(child_id, "visit", t, worker, worker.id, std::move(note), significant);
    } else if (roll < 39) {
      AddEntry(child_id, "unsuccessful_visit", t, worker, worker.id, demo::UnsuccessfulVisitNote(rng_, ctx), false);
    } else if (roll < 55) {
      AddEntry(child_id, "phone_call", t, worker, worker.id, demo::PhoneCallNote(rng_, ctx), false);
    } else if (roll < 63) {
      AddEntry(child_id, "meeting", t, worker, worker.id, demo::MeetingNote(rng_, ctx), false);
    } else if (roll < 69 && manager != nullptr) {
      bool significant = false;
      NoteText note = demo::DecisionNote(rng_, ctx, &significant);
      AddEntry(child_id, "management_decision", t, *manager, manager->id, std::move(note), significant, true, false);
    } else if (roll < 74) {
      AddEntry(child_id, "letter", t, worker, worker.id, demo::LetterNote(rng_, ctx), false);
    } else if (roll < 84) {
      AddEntry(child_id, "email", t, worker, worker.id, demo::EmailNote(rng_, ctx), false);
    } else if (roll < 97) {
      AddEntry(child_id, "direct_work", t, worker, worker.id, demo::DirectWorkNote(rng_, ctx), false);
    } else {
      // Out of hours: a Saturday night call to the Emergency Duty Team.
      const auto edt = StaffIn(kEdt, "edt");
      if (edt.empty()) continue;
      const Staff& duty = *edt[static_cast<size_t>(rng_.Int(0, static_cast<int>(edt.size()) - 1))];
      auto saturday = day;
      while (std::chrono::weekday{saturday} != std::chrono::Saturday) saturday += days(1);
      if (saturday > last_day) continue;
      const TimePoint night = AtTime(saturday, rng_.Int(19 * 60, 22 * 60 + 30));
      AddEntry(child_id, "phone_call", night, duty, duty.id, demo::OutOfHoursNote(rng_, ctx, duty.full_name), false,
               false, false);
    }
  }
  CloseSomeRecords(child_id, first_entry, manager);
}

// R1: one record in twenty has been closed by the team manager a few days after its last
// note, with the reason and a closing summary (R20). Its own random stream keeps the rest of a
// seed's authority as it was.
void Generator::CloseSomeRecords(const std::string& child_id, size_t first_entry, const Staff* manager) {
  // Every twentieth record planned (not a chance draw, so even a small demo has some).
  if (manager == nullptr || ++records_planned_ % 20 != 7) return;
  TimePoint last{};
  for (size_t i = first_entry; i < entries_.size(); ++i) last = std::max(last, entries_[i].recorded);
  const TimePoint at = AtTime(WorkingDay(Day(last) + days(closure_rng_.Int(2, 6))), closure_rng_.Int(10 * 60, 16 * 60));
  if (last == TimePoint{} || at >= end_) return;
  static constexpr std::array<const char*, 3> kReasons = {
      "Needs met: the family is settled and Early Help will carry on supporting them.",
      "The family has moved to another local authority, which has taken over the case from us.",
      "The plan's outcomes are achieved and the family agreed to closure."};
  const char* reason = kReasons[static_cast<size_t>(closure_rng_.Int(0, static_cast<int>(kReasons.size()) - 1))];
  batches_.push_back({at, manager->id,
                      {{events::kChildRecordClosed,
                        Json{{"child_id", child_id},
                             {"closed_on", FormatIsoDate(Date{Day(at)})},
                             {"reason", reason},
                             {"closing_summary",
                              "We worked with the family on the worries in the referral. School attendance and home "
                              "conditions improved and the child told us things feel calmer at home. The family "
                              "know how to contact the council if they need help again."}}}},
                      next_order_++});
}

// Notes a person writes up on the same day become one sitting and one batch (one transaction):
// the sitting's time is the latest intended time that day, and no note is moved so late that
// its lateness (R28) changes.
std::vector<Batch> Generator::GatherEntries() {
  std::stable_sort(entries_.begin(), entries_.end(), [](const PlannedEntry& a, const PlannedEntry& b) {
    return a.actor != b.actor ? a.actor < b.actor : a.recorded < b.recorded;
  });
  std::vector<Batch> out;
  size_t i = 0;
  while (i < entries_.size()) {
    size_t j = i + 1;
    TimePoint earliest_on_time = entries_[i].intended_late ? TimePoint::max() : entries_[i].occurred;
    while (j < entries_.size() && entries_[j].actor == entries_[i].actor &&
           Day(entries_[j].recorded) == Day(entries_[i].recorded)) {
      const TimePoint candidate = entries_[j].intended_late ? earliest_on_time
                                                            : std::min(earliest_on_time, entries_[j].occurred);
      if (candidate != TimePoint::max() && IsLateEntry(candidate, entries_[j].recorded)) break;
      earliest_on_time = candidate;
      ++j;
    }
    Batch batch{entries_[j - 1].recorded, entries_[i].actor, {}, 0};
    std::vector<PlannedEntry*> sitting;
    for (size_t k = i; k < j; ++k) sitting.push_back(&entries_[k]);
    std::stable_sort(sitting.begin(), sitting.end(),
                     [](const PlannedEntry* a, const PlannedEntry* b) { return a->occurred < b->occurred; });
    for (PlannedEntry* e : sitting) batch.events.push_back(std::move(e->event));
    out.push_back(std::move(batch));
    i = j;
  }
  return out;
}

}  // namespace childrecord::demo
