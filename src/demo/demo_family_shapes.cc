// R20: the demo's families of every shape, for the genogram (demo_family_shapes.h).
#include "demo/demo_family_shapes.h"

#include <algorithm>
#include <chrono>

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_names.h"
#include "features/people/people_events.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;

// `iso` moved back by about `years` years and a few days.
std::string YearsBefore(Rng& rng, const std::string& iso, int years) {
  auto d = ParseIsoDate(iso);
  if (!d) return "";
  return FormatIsoDate(Date{std::chrono::sys_days(*d) - days(years * 365 + rng.Int(0, 300))});
}

std::string DaysAfter(const std::string& iso, int n) {
  auto d = ParseIsoDate(iso);
  return d ? FormatIsoDate(Date{std::chrono::sys_days(*d) + days(n)}) : iso;
}

Json Details(const std::string& person_id, const std::string& child_id, const std::string& sex,
             const std::string& born_on, int birth_order = 0, const std::string& died_on = "", bool died = false) {
  return Json{{"person_id", person_id},
              {"child_id", child_id},
              {"version", 1},
              {"sex", sex},
              {"born_on", born_on.empty() ? Json(nullptr) : Json(born_on)},
              {"birth_order", born_on.empty() && birth_order > 0 ? Json(birth_order) : Json(nullptr)},
              {"died", died || !died_on.empty()},
              {"died_on", died_on.empty() ? Json(nullptr) : Json(died_on)}};
}

Json LinkPayload(const std::string& child_id, const std::string& person_id, const std::string& relationship,
                 const std::string& moved_in) {
  Json periods = Json::array();
  if (!moved_in.empty()) periods.push_back({{"moved_in", moved_in}, {"moved_out", nullptr}});
  return Json{{"link_id", NewId()},
              {"child_id", child_id},
              {"person_id", person_id},
              {"relationship", relationship},
              {"lives_in_home", !moved_in.empty()},
              {"parental_responsibility", false},
              {"parental_responsibility_basis", nullptr},
              {"parental_responsibility_since", nullptr},
              {"important_to", "child"},
              {"home_periods", periods}};
}

struct Pair {
  std::string a, b, kind, starts_on, ends_on;
};

}  // namespace

std::vector<NewEvent> FamilyShapeEvents(Rng& rng, const FamilyShapeInput& family) {
  std::vector<NewEvent> events;
  std::vector<std::string> records;
  std::string eldest;  // the eldest referred child's date of birth: the family's dates follow from it
  for (const auto& k : family.kids) {
    if (!k.child_id.empty()) records.push_back(k.child_id);
    if (!k.born_on.empty() && (eldest.empty() || k.born_on < eldest)) eldest = k.born_on;
  }
  if (records.empty() || eldest.empty()) return events;
  const std::string& first_record = records.front();
  auto find = [&](const std::string& relationship) -> const ShapeAdult* {
    for (const auto& a : family.adults) {
      if (a.relationship == relationship) return &a;
    }
    return nullptr;
  };
  const ShapeAdult* mother = find("mother");
  const ShapeAdult* father = find("father");
  const ShapeAdult* step_father = find("step_father");

  // Each adult's sex and date of birth; a parent's from the eldest child's.
  std::string mother_born;
  for (const auto& a : family.adults) {
    std::string born;
    if (a.relationship == "mother" || a.relationship == "father" || a.relationship == "step_father") {
      born = YearsBefore(rng, eldest, rng.Int(19, 36));
      if (a.relationship == "mother") mother_born = born;
    } else if (a.relationship == "grandmother" || a.relationship == "grandfather") {
      born = YearsBefore(rng, eldest, rng.Int(40, 60));
    } else if (a.relationship == "foster_carer") {
      born = rng.Chance(0.7) ? YearsBefore(rng, eldest, rng.Int(30, 45)) : "";
    }
    events.push_back(
        {events::kPersonDetailsRecorded, Details(a.person_id, first_record, a.woman ? "female" : "male", born)});
  }
  // The brothers and sisters: a date of birth, or only their place among them. Now and then two
  // are twins: one shares the eldest referred child's date of birth.
  bool twins = false;
  int order = 0;
  for (const auto& k : family.kids) {
    ++order;
    if (k.person_id.empty()) continue;
    std::string born = k.born_on;
    if (born.empty()) {
      if (!twins && rng.Chance(0.5)) {
        born = eldest;
        twins = true;
      } else if (rng.Chance(0.7)) {
        born = YearsBefore(rng, eldest, rng.Int(-6, 6));
        if (born > family.today) born = "";
      }
    }
    events.push_back({events::kPersonDetailsRecorded,
                      Details(k.person_id, first_record, k.girl ? "female" : "male", born, born.empty() ? order : 0)});
  }

  // The parents' relationships, by the family's shape.
  std::vector<Pair> pairs;
  const std::string together = YearsBefore(rng, eldest, rng.Int(1, 4));
  if (mother && father) {
    const std::string parted = DaysAfter(eldest, rng.Int(200, 2500));
    const bool parted_by_now = parted < family.today;
    if (mother->home && father->home) {
      pairs.push_back(
          {mother->person_id, father->person_id, rng.Chance(0.6) ? "married" : "living_together", together, ""});
    } else if (parted_by_now && rng.Chance(0.5)) {
      pairs.push_back({mother->person_id, father->person_id, "married", together, parted});
      const std::string divorced = DaysAfter(parted, rng.Int(200, 700));
      pairs.push_back({mother->person_id, father->person_id, "separated", parted, ""});
      if (divorced < family.today) pairs.push_back({mother->person_id, father->person_id, "divorced", divorced, ""});
    } else if (parted_by_now) {
      pairs.push_back({mother->person_id, father->person_id, "living_together", together, parted});
      pairs.push_back({mother->person_id, father->person_id, "separated", parted, ""});
    }
    if (step_father && parted_by_now) {
      const std::string met = DaysAfter(parted, rng.Int(100, 900));
      if (met < family.today) {
        const bool married = rng.Chance(0.5);
        pairs.push_back({mother->person_id, step_father->person_id, "living_together", met, ""});
        const std::string wedding = DaysAfter(met, rng.Int(200, 800));
        if (married && wedding < family.today) {
          pairs.back().ends_on = wedding;
          pairs.push_back({mother->person_id, step_father->person_id, "married", wedding, ""});
        }
      }
    }
  }

  // A grandparent who has died (drawn with the cross), on every record of the family.
  std::vector<std::pair<std::string, std::string>> added;  // person, relationship: linked to every record
  std::vector<std::string> added_home;
  if (mother && rng.Chance(0.35)) {
    const bool grandmother = rng.Chance(0.4);
    const std::string first(rng.Pick(grandmother ? WomenNames() : MenNames()));
    const std::string id = NewId();
    events.push_back({events::kPersonAdded, Json{{"person_id", id}, {"full_name", first + " " + family.surname}}});
    added.push_back({id, grandmother ? "grandmother" : "grandfather"});
    added_home.push_back("");
    const std::string born = YearsBefore(rng, mother_born.empty() ? eldest : mother_born, rng.Int(20, 32));
    std::string died = DaysAfter(eldest, rng.Int(-2000, 2000));
    if (died > family.today) died = DaysAfter(family.today, -rng.Int(30, 400));
    if (rng.Chance(0.2)) died.clear();  // the family do not know when
    events.push_back({events::kPersonDetailsRecorded,
                      Details(id, first_record, grandmother ? "female" : "male", born, 0, died, true)});
  }
  // A brother or sister the parents adopted, living in the home.
  if (mother && mother->home && rng.Chance(0.12)) {
    const bool girl = rng.Chance(0.5);
    const std::string first(rng.Pick(girl ? GirlNames() : BoyNames()));
    const std::string id = NewId();
    events.push_back(
        {events::kPersonAdded,
         Json{{"person_id", id}, {"full_name", first + " " + family.surname}, {"address", family.home_address}}});
    added.push_back({id, girl ? "adoptive_sister" : "adoptive_brother"});
    std::string born = YearsBefore(rng, eldest, rng.Int(-4, 4));
    if (born > family.today) born = DaysAfter(family.today, -400);
    added_home.push_back(std::min(family.today, DaysAfter(born, rng.Int(300, 900))));
    events.push_back({events::kPersonDetailsRecorded,
                      Details(id, first_record, girl ? "female" : "male", rng.Chance(0.7) ? born : "", 2)});
  }
  for (const auto& child_id : records) {
    for (size_t i = 0; i < added.size(); ++i) {
      events.push_back(
          {events::kChildPersonLinked, LinkPayload(child_id, added[i].first, added[i].second, added_home[i])});
    }
    for (const Pair& p : pairs) {
      events.push_back(
          {events::kPartnershipRecorded, Json{{"partnership_id", NewId()},
                                              {"child_id", child_id},
                                              {"first_person_id", p.a},
                                              {"second_person_id", p.b},
                                              {"kind", p.kind},
                                              {"starts_on", p.starts_on},
                                              {"ends_on", p.ends_on.empty() ? Json(nullptr) : Json(p.ends_on)}}});
    }
  }
  return events;
}

}  // namespace childrecord::demo
