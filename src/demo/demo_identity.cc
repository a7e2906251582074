#include "demo/demo_identity.h"

#include <chrono>

#include "features/identity/identity_events.h"
#include "features/identity/identity_rules.h"
#include "features/identity/upn_rules.h"
#include "features/people/household_rules.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

std::string Iso(sys_days d) { return FormatIsoDate(Date{d}); }

// A day between `from` and `to` (inclusive); `from` when the range is empty.
sys_days Between(Rng& rng, sys_days from, sys_days to) {
  const int span = static_cast<int>((to - from).count());
  return span <= 0 ? from : from + days(rng.Int(0, span));
}

void Add(std::vector<NewEvent>& out, const char* type, const Result<Json>& payload) {
  // The demo's inputs are made to be valid; one that is not is left out rather than written.
  if (payload.ok()) out.push_back({type, *payload});
}

Json Evidenced(const std::string& value, const std::string& how, const std::string& by, const std::string& on) {
  return Json{{"value", value}, {"evidence", how}, {"evidenced_by", by}, {"evidenced_on", on}};
}

const std::vector<std::string_view>& Courts() {
  static const auto* courts = new std::vector<std::string_view>{
      "Family Court at Leeds",     "Family Court at Bradford",  "Family Court at Manchester",
      "Family Court at Sheffield", "Family Court at Liverpool", "Family Court at Newcastle"};
  return *courts;
}

const std::vector<std::string_view>& FormerSurnames() {
  static const auto* names = new std::vector<std::string_view>{"Hughes", "Clarke", "Murray", "Walsh", "Doyle",
                                                               "Kaur",   "Ahmed",  "Reid",   "Lowe",  "Barker"};
  return *names;
}

// R20, R2: the first identity change also records the child's sex, evidenced when the name is.
Json WithSex(Json changes, const ChildFacts& c) {
  if (c.sex.empty()) return changes;
  Json sex{{"value", c.sex}};
  const Json& name = changes["full_name"];
  if (name.is_object() && name.contains("evidence")) {
    sex = Evidenced(c.sex, name["evidence"].get<std::string>(), name["evidenced_by"].get<std::string>(),
                    name["evidenced_on"].get<std::string>());
  }
  changes["sex"] = std::move(sex);
  return changes;
}

}  // namespace

std::string TestNhsNumber(Rng& rng) {
  for (;;) {
    std::string digits = "999";
    for (int i = 0; i < 6; ++i) digits += static_cast<char>('0' + rng.Int(0, 9));
    int sum = 0;
    for (int i = 0; i < 9; ++i) sum += (digits[i] - '0') * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    if (check == 10) continue;  // no NHS number has this check: draw again
    return digits + static_cast<char>('0' + check);
  }
}

std::string DemoUpn(Rng& rng, int year_issued) {
  char rest[32];
  // 999: not a real local authority number; then the school, the year and a serial.
  std::snprintf(rest, sizeof rest, "999%04d%02d%03d", rng.Int(2000, 2999), year_issued % 100, rng.Int(1, 999));
  const std::string digits(rest);
  return std::string(1, UpnCheckLetter(digits)) + digits;
}

std::vector<NewEvent> IdentityAndLivingEvents(Rng& rng, const ChildFacts& c) {
  std::vector<NewEvent> out;
  const sys_days born{c.date_of_birth};
  const sys_days opened_day = std::chrono::floor<days>(c.opened);
  const std::string seen_on = Iso(opened_day);
  const std::string full_name = c.first + " " + c.surname;

  // R2: identity. A few children were known by another name first. A child referred before
  // birth has no birth certificate yet.
  const bool born_yet = born <= opened_day;
  const int story = born_yet ? rng.Int(0, 99) : 99;
  if (story < 3 && c.age >= 3) {
    // Adopted, or a special guardian's surname taken by deed poll, some years ago.
    const std::string former = c.first + " " + std::string(rng.Pick(FormerSurnames()));
    Add(out, events::kIdentityChanged,
        BuildIdentityChanged(
            Json{{"effective_from", Iso(born)},
                 {"reason", "Name at birth, from the birth certificate"},
                 {"changes",
                  WithSex(Json{{"full_name", Evidenced(former, "birth certificate seen", c.checked_by, seen_on)}}, c)}},
            c.child_id, c.opened));
    const bool adoption = rng.Chance(0.5);
    const std::string changed_on = Iso(Between(rng, born + days(365), opened_day - days(30)));
    Add(out, events::kIdentityChanged,
        BuildIdentityChanged(
            Json{{"effective_from", changed_on},
                 {"reason", adoption ? "Adoption order made" : "Surname changed by deed poll"},
                 {"changes",
                  {{"full_name", Evidenced(full_name, adoption ? "adoption certificate seen" : "deed poll seen",
                                           c.checked_by, seen_on)},
                   {"other_names", {{"value", {former}}}}}}},
            c.child_id, c.opened));
  } else if (story < 85) {
    // Below 6, the referral misspelt the name and the birth certificate put it right.
    Add(out, events::kIdentityChanged,
        BuildIdentityChanged(
            Json{
                {"effective_from", Iso(born)},
                {"reason", story < 6 ? "Spelling corrected: birth certificate seen" : "Birth certificate seen"},
                {"changes",
                 WithSex(Json{{"full_name", Evidenced(full_name, "birth certificate seen", c.checked_by, seen_on)},
                              {"date_of_birth", Evidenced(Iso(born), "birth certificate seen", c.checked_by, seen_on)}},
                         c)}},
            c.child_id, c.opened));
  } else {
    // Not yet evidenced ("where possible"): the details as the referrer gave them (an unborn
    // child's expected date of birth is not a date of birth yet).
    Json changes{{"full_name", {{"value", full_name}}}};
    if (born_yet) changes["date_of_birth"] = {{"value", Iso(born)}};
    Add(out, events::kIdentityChanged,
        BuildIdentityChanged(Json{{"effective_from", Iso(std::min(born, opened_day))},
                                  {"reason", "As given in the referral; not yet checked"},
                                  {"changes", WithSex(changes, c)}},
                             c.child_id, c.opened));
  }
  Json numbers = Json::object();
  if (born_yet && rng.Chance(0.7)) {
    numbers["nhs_number"] = Evidenced(TestNhsNumber(rng), "GP registration letter seen", c.checked_by, seen_on);
  }
  if (born_yet && c.age >= 5 && rng.Chance(0.8)) {
    const int year = static_cast<int>(Date{born + days(365 * 4 + 200)}.year());
    numbers["upn"] = Evidenced(DemoUpn(rng, year), "confirmed by the school", c.checked_by, seen_on);
  }
  if (!numbers.empty()) {
    Add(out, events::kIdentityChanged,
        BuildIdentityChanged(
            Json{{"effective_from", seen_on}, {"reason", "Numbers from health and school"}, {"changes", numbers}},
            c.child_id, c.opened));
  }

  // R4/R8: where the child lives. Everyone starts at home.
  Add(out, events::kLivingArrangementRecorded,
      BuildLivingArrangement(Json{{"effective_from", Iso(std::min(born, opened_day))},
                                  {"place_kind", "home"},
                                  {"legal_status", "no_order"}},
                             c.child_id, c.opened));
  if (!c.in_care || !born_yet) {
    if (rng.Chance(0.05)) {
      const std::string made = Iso(Between(rng, opened_day - days(200), opened_day - days(10)));
      Add(out, events::kLivingArrangementRecorded,
          BuildLivingArrangement(Json{{"effective_from", made},
                                      {"place_kind", "home"},
                                      {"legal_status", "supervision_order"},
                                      {"order", {{"made_on", made}, {"court", rng.Pick(Courts())}}}},
                                 c.child_id, c.opened));
    }
    return out;
  }
  // In care: placed with foster carers before the record opened here (moved in from another authority).
  const sys_days earliest = std::max(born + days(1), opened_day - days(400));
  const sys_days placed = Between(rng, earliest, opened_day - days(1));
  const std::string place = "Foster carers in Kingsmere";
  Json input{{"effective_from", Iso(placed)},
             {"place_kind", "foster_care"},
             {"place", place},
             {"with_whom", c.carers.empty() ? "Foster carers" : c.carers}};
  if (rng.Chance(0.3)) input["provider_name"] = "Brighter Futures Fostering (independent fostering agency)";
  const int legal = rng.Int(0, 99);
  const std::string court(rng.Pick(Courts()));
  if (legal < 45) {
    input["legal_status"] = "section_20";
    Add(out, events::kLivingArrangementRecorded, BuildLivingArrangement(input, c.child_id, c.opened));
    return out;
  }
  input["legal_status"] = "interim_care_order";
  input["order"] = {{"made_on", Iso(placed)}, {"court", court}};
  Add(out, events::kLivingArrangementRecorded, BuildLivingArrangement(input, c.child_id, c.opened));
  const sys_days final_hearing = placed + days(rng.Int(120, 190));
  if (legal >= 75 && final_hearing < opened_day) {
    // The final hearing: a care order, same carers.
    input["effective_from"] = Iso(final_hearing);
    input["legal_status"] = "care_order";
    input["order"] = {{"made_on", Iso(final_hearing)}, {"court", court}};
    Add(out, events::kLivingArrangementRecorded, BuildLivingArrangement(input, c.child_id, c.opened));
  }
  return out;
}

}  // namespace childrecord::demo
