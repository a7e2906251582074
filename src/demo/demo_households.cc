// The demo's households (demo_plan.h): each family's children, the adults and brothers and
// sisters around them, and the records opened for the children referred.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_assessment.h"
#include "demo/demo_calendar.h"
#include "demo/demo_chronology.h"
#include "demo/demo_contacts.h"
#include "demo/demo_family_shapes.h"
#include "demo/demo_identity.h"
#include "demo/demo_names.h"
#include "demo/demo_plan.h"
#include "demo/demo_plan_records.h"
#include "demo/demo_summary.h"
#include "features/children/children_events.h"
#include "features/people/people_events.h"

namespace childrecord::demo {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

std::string Generator::NewPerson(std::vector<NewEvent>& events, const std::string& full_name, const std::string& phone,
                                 const std::string& email, const std::string& address) {
  std::string id = NewId();
  Json p{{"person_id", id}, {"full_name", full_name}};
  if (!phone.empty()) p["phone"] = phone;
  if (!email.empty()) p["email"] = email;
  if (!address.empty()) p["address"] = address;
  events.push_back({events::kPersonAdded, std::move(p)});
  ++people_;
  return id;
}

// A person linked to a child's record. `extra` adds the link's fields (R3, R5): the basis and
// start of parental responsibility, who they are important to and the dated home periods (which
// then decide lives_in_home).
std::string Generator::Link(std::vector<NewEvent>& events, const std::string& child_id, const std::string& person_id,
                            const std::string& relationship, bool lives_in_home, bool parental_responsibility,
                            const Json& extra) {
  std::string link_id = NewId();
  Json link{{"link_id", link_id},
            {"child_id", child_id},
            {"person_id", person_id},
            {"relationship", relationship},
            {"lives_in_home", lives_in_home},
            {"parental_responsibility", parental_responsibility},
            {"parental_responsibility_basis", nullptr},
            {"parental_responsibility_since", nullptr},
            {"important_to", nullptr},
            {"home_periods", Json::array()}};
  for (const auto& [key, value] : extra.items()) link[key] = value;
  if (!link["home_periods"].empty()) link["lives_in_home"] = link["home_periods"].back()["moved_out"].is_null();
  events.push_back({events::kChildPersonLinked, std::move(link)});
  return link_id;
}

// One household: one to three children referred together, the adults and other brothers and
// sisters they share (one person row each, linked to every child's record), and each child's
// important people.
void Generator::PlanFamily(int children_wanted) {
  const size_t family_from = batches_.size();  // the family's own batches begin here
  const auto history = end_ - history_start_;
  // Referrals arrive through the history, more in the early months so most children have
  // months of notes; none in the last month.
  const double u = std::pow(static_cast<double>(rng_.Int(0, 1000000)) / 1e6, 1.6);
  const auto span = std::chrono::duration_cast<minutes>(history - days(7) - days(30));
  auto open_day = WorkingDay(Day(history_start_ + days(7) + minutes(static_cast<int64_t>(u * span.count()))));
  const TimePoint opened = AtTime(open_day, rng_.Int(9 * 60, 16 * 60 + 30));

  const bool in_care = rng_.Chance(0.2);
  const int team = in_care ? kInCare : (rng_.Chance(0.5) ? kNorth : kSouth);
  const Staff& worker = LeastLoaded(team);
  const auto contact_staff = StaffIn(kFirstContact, "first_contact");
  const Staff& first_contact =
      *contact_staff[static_cast<size_t>(rng_.Int(0, static_cast<int>(contact_staff.size()) - 1))];
  const auto managers = StaffIn(team, "team_manager");
  const std::string manager = managers.empty() ? "" : managers.front()->full_name;

  const std::string surname(rng_.Pick(demo::Surnames()));
  const std::string home = Address(rng_);
  static const std::map<std::string_view, std::vector<std::string_view>> kLanguages = {
      {"Nowak", {"Polish"}},       {"Kowalski", {"Polish"}},   {"Król", {"Polish"}},      {"Lewandowski", {"Polish"}},
      {"Wójcik", {"Polish"}},      {"Popescu", {"Romanian"}},  {"Ionescu", {"Romanian"}}, {"Khan", {"Urdu"}},
      {"Hussain", {"Urdu"}},       {"Iqbal", {"Urdu"}},        {"Begum", {"Bengali"}},    {"Rahman", {"Bengali"}},
      {"Yılmaz", {"Turkish"}},     {"Demir", {"Turkish"}},     {"Silva", {"Portuguese"}}, {"Fernandes", {"Portuguese"}},
      {"Dimitrov", {"Bulgarian"}}, {"Nguyen", {"Vietnamese"}}, {"Chen", {"Cantonese"}},   {"Wong", {"Cantonese"}}};
  std::string language;
  if (auto it = kLanguages.find(surname); it != kLanguages.end() && rng_.Chance(0.5)) {
    language = std::string(rng_.Pick(it->second));
  }

  std::vector<NewEvent> events;
  struct Adult {
    std::string id, first, relationship;
    bool home = false, pr = false, woman = true;
  };
  std::vector<Adult> adults;
  auto add_adult = [&](bool woman, const std::string& relationship, bool lives_home, bool pr, bool own_surname) {
    auto [first, last] = AdultName(woman);
    if (!own_surname) last = surname;
    const bool mobile = true;
    std::string email = rng_.Chance(0.5) ? Email(first, last, rng_.Chance(0.5) ? "example.com" : "example.org") : "";
    std::string id =
        NewPerson(events, first + " " + last, Phone(rng_, mobile), email, lives_home ? home : Address(rng_));
    adults.push_back({id, first, relationship, lives_home, pr, woman});
  };

  // Who the children live with.
  std::string carer_first, carer_role, other_first;
  bool carer_woman = true;
  const int shape = rng_.Int(0, 99);
  if (in_care) {
    add_adult(true, "mother", false, true, rng_.Chance(0.3));
    add_adult(false, "father", false, rng_.Chance(0.6), rng_.Chance(0.3));
    add_adult(rng_.Chance(0.8), "foster_carer", true, false, true);
    if (rng_.Chance(0.5)) add_adult(false, "foster_carer", true, false, true);
    // Foster carers have their own surname and address.
    carer_first = adults[2].first;
    carer_woman = adults[2].woman;
    carer_role = "foster carer";
    other_first = adults[0].first;
  } else if (shape < 30) {
    add_adult(true, "mother", true, true, rng_.Chance(0.3));
    add_adult(false, "father", true, true, false);
    carer_first = adults[0].first, carer_role = "mum", other_first = adults[1].first;
  } else if (shape < 65) {
    add_adult(true, "mother", true, true, rng_.Chance(0.3));
    add_adult(false, "father", false, rng_.Chance(0.6), true);
    carer_first = adults[0].first, carer_role = "mum", other_first = adults[1].first;
  } else if (shape < 80) {
    add_adult(true, "mother", true, true, false);
    add_adult(false, "step_father", true, false, true);
    add_adult(false, "father", false, rng_.Chance(0.5), true);
    carer_first = adults[0].first, carer_role = "mum", other_first = adults[1].first;
  } else if (shape < 88) {
    add_adult(false, "father", true, true, false);
    add_adult(true, "mother", false, true, true);
    carer_first = adults[0].first, carer_role = "dad", other_first = adults[1].first;
    carer_woman = false;
  } else {
    add_adult(true, "grandmother", true, false, false);
    add_adult(true, "mother", false, true, true);
    carer_first = adults[0].first, carer_role = "grandmother", other_first = adults[1].first;
  }
  if (!in_care && shape < 88 && rng_.Chance(0.25)) {
    const bool grandmother = rng_.Chance(0.6);
    add_adult(grandmother, grandmother ? "grandmother" : "grandfather", rng_.Chance(0.3), false, rng_.Chance(0.5));
  }

  // The children: those referred, and brothers and sisters who are not.
  struct Kid {
    std::string first, full_name, person_id, child_id;
    bool girl = false;
    int age = 0;
    bool referred = false;
  };
  std::vector<Kid> kids;
  const int referred = std::min(children_wanted, rng_.Chance(0.6) ? 1 : (rng_.Chance(0.7) ? 2 : 3));
  const int others = rng_.Chance(0.6) ? 0 : (rng_.Chance(0.75) ? 1 : 2);
  int age = rng_.Int(0, 17);
  for (int i = 0; i < referred + others; ++i) {
    Kid k;
    k.girl = rng_.Chance(0.5);
    k.first = std::string(rng_.Pick(k.girl ? demo::GirlNames() : demo::BoyNames()));
    for (const Kid& other : kids) {
      if (other.first == k.first) k.first = std::string(rng_.Pick(k.girl ? demo::GirlNames() : demo::BoyNames()));
    }
    k.full_name = k.first + " " + surname;
    k.referred = i < referred;
    k.age = i == 0
                ? age
                : (k.referred ? std::clamp(age + rng_.Int(-5, 5), 0, 17) : (rng_.Chance(0.5) ? rng_.Int(18, 22) : 0));
    kids.push_back(std::move(k));
  }
  for (Kid& k : kids) {
    if (k.referred) k.child_id = NewId();
    // Each brother and sister is one person, linked to the others' records.
    if (referred + others > 1)
      k.person_id =
          NewPerson(events, k.full_name, k.age >= 16 ? Phone(rng_, true) : "", "", in_care && k.referred ? "" : home);
  }

  // Schools: brothers and sisters of primary age go to the same one.
  const std::string primary(rng_.Pick(demo::PrimarySchools()));
  const std::string secondary(rng_.Pick(demo::SecondarySchools()));
  const std::string nursery(rng_.Pick(demo::Nurseries()));

  const auto today = Day(end_);
  std::vector<std::tuple<std::string, NoteContext, std::string>> opened_children;  // id, context, reason
  std::string parents_friend;  // one person, linked to each referred child (R5)
  struct Move {
    std::string link_id, child_id;
    std::chrono::sys_days on;
  };
  std::vector<Move> moves;
  // The same day for every child of the family.
  std::optional<std::chrono::sys_days> step_father_moves;
  if (rng_.Chance(0.4)) step_father_moves = WorkingDay(open_day + days(rng_.Int(20, 120)));
  int position = 0;
  std::map<std::string, std::string> born_of;  // each referred child's date of birth (R20)
  for (Kid& k : kids) {
    if (!k.referred) continue;
    ++position;
    NoteContext ctx;
    ctx.child = k.first;
    ctx.girl = k.girl;
    ctx.age = k.age;
    ctx.in_care = in_care;
    ctx.parent = carer_first;
    ctx.parent_role = carer_role;
    ctx.parent_woman = carer_woman;
    ctx.other_parent = other_first;
    for (const Kid& s : kids) {
      if (&s != &k) {
        ctx.sibling = s.first;
        break;
      }
    }
    ctx.school = k.age < 2 ? "" : (k.age < 4 ? nursery : (k.age < 11 ? primary : secondary));
    const auto [tfirst, tlast] = AdultName(rng_.Chance(0.75));
    (void)tfirst;
    ctx.teacher = (rng_.Chance(0.7) ? "Ms " : "Mr ") + tlast;
    ctx.worker = worker.full_name;
    ctx.worker_first = worker.first;
    ctx.manager = manager;
    ctx.language = language;

    const auto dob = today - days(k.age * 365 + rng_.Int(0, 364));
    const demo::ReferralText referral = demo::Referral(rng_, ctx);
    const auto received = open_day - days(rng_.Int(0, 3));
    events.push_back({events::kChildRecordOpened, Json{{"child_id", k.child_id},
                                                       {"full_name", k.full_name},
                                                       {"date_of_birth", FormatIsoDate(Date{dob})},
                                                       {"team_id", team_ids_[team]},
                                                       {"allocated_worker_id", worker.id},
                                                       {"referral",
                                                        {{"received_on", FormatIsoDate(Date{received})},
                                                         {"source", referral.source},
                                                         {"reason", referral.reason}}}}});
    ++children_;
    demo::PlanAssessments(
        batches_, next_order_,
        {k.child_id, k.first, k.full_name, adults.empty() ? "" : adults.front().id,
         adults.empty() ? "" : adults.front().first + " " + surname, adults.empty() ? "" : adults.front().first,
         Date{received}, open_day, &worker, managers.empty() ? nullptr : managers.front(), end_,
         options_.seed});  // R20: demo_assessment.h
    // R2 identity history and R4/R8 living arrangements (demo/demo_identity.cc).
    std::string carers;
    for (const Adult& a : adults) {
      if (a.relationship == "foster carer") carers += (carers.empty() ? "" : " and ") + a.first;
    }
    if (!carers.empty()) carers += " (foster carers)";
    // R20, R2: the child's sex follows the name chosen for them; a few are recorded as not known,
    // and so is every child not yet born when the record opened. The draw is made for every child,
    // so each child's draw stays the same whoever was born.
    const bool sex_not_known = sex_rng_.Chance(0.05);
    const std::string sex = sex_not_known || dob > Day(opened) ? "not_known" : (k.girl ? "female" : "male");
    for (NewEvent& e :
         demo::IdentityAndLivingEvents(rng_, demo::ChildFacts{k.child_id, k.first, surname, Date{dob}, k.age, in_care,
                                                              carers, first_contact.full_name, opened, sex})) {
      events.push_back(std::move(e));
    }

    // The household: parents and carers first (those with parental responsibility always, with
    // its basis: R3), then brothers and sisters; at most six. Who lives in the home has dated
    // periods; a parent who lives elsewhere lived there until they moved out.
    const std::string born = FormatIsoDate(Date{dob});
    born_of[k.child_id] = born;
    const auto opened_day_date = Day(opened);
    auto day_between = [&](std::chrono::sys_days from, std::chrono::sys_days to) {
      const int span = std::max(0, static_cast<int>((to - from).count()));
      return FormatIsoDate(Date{from + days(rng_.Int(0, span))});
    };
    int household = 0;
    std::string step_father_link;
    for (const Adult& a : adults) {
      if (household >= 6) break;
      Json extra = Json::object();
      if (a.pr) {
        std::string basis = a.relationship == "mother" ? "birth_mother"
                            : a.relationship == "father"
                                ? (rng_.Chance(0.5) ? "married_father" : "named_on_birth_certificate")
                                : "child_arrangements_order";
        extra["parental_responsibility_basis"] = basis;
        extra["parental_responsibility_since"] =
            basis == "child_arrangements_order" ? day_between(dob, opened_day_date) : born;
      }
      if (a.home) {
        const bool from_birth = a.relationship == "mother" || a.relationship == "father";
        extra["home_periods"] = Json::array(
            {{{"moved_in", from_birth ? born : day_between(dob, opened_day_date - days(30))}, {"moved_out", nullptr}}});
      } else if (!in_care && (a.relationship == "father" || a.relationship == "mother")) {
        extra["home_periods"] =
            Json::array({{{"moved_in", born}, {"moved_out", day_between(dob, opened_day_date - days(60))}}});
      }
      const std::string link_id = Link(events, k.child_id, a.id, a.relationship, a.home, a.pr, extra);
      if (a.relationship == "step_father") step_father_link = link_id;
      ++household;
    }
    for (const Kid& s : kids) {
      if (&s == &k || household >= 6) continue;
      const bool half = !s.referred && rng_.Chance(0.3);
      // In care, brothers and sisters referred together are placed together.
      const bool lives_here = in_care ? s.referred : (s.age < 18 || rng_.Chance(0.5));
      Json extra = Json::object();
      if (lives_here)
        extra["home_periods"] = Json::array(
            {{{"moved_in", day_between(dob - days(365 * 5), opened_day_date - days(30))}, {"moved_out", nullptr}}});
      Link(events, k.child_id, s.person_id, std::string(half ? "half_" : "") + (s.girl ? "sister" : "brother"),
           lives_here, false, extra);
      ++household;
    }

    // Important people, with their contact details (R5): the child's, and the parents' own.
    if (!ctx.school.empty()) {
      const std::string last = ctx.teacher.substr(3);
      const std::string role = k.age < 4 ? "other_professional" : "teacher";
      std::string id = NewPerson(events, ctx.teacher, Phone(rng_, false),
                                 demo::UsernameFor("", last).substr(1) + "@school.example.org", "");
      Link(events, k.child_id, id, role, false, false, Json{{"important_to", "child"}});
    }
    if (k.age >= 11 && rng_.Chance(0.5)) {
      auto [first, last] = AdultName(rng_.Chance(0.5));
      std::string id = NewPerson(events, first + " " + last, Phone(rng_, true), Email(first, last, "example.org"), "");
      Link(events, k.child_id, id, "youth_worker", false, false, Json{{"important_to", "child"}});
    }
    if (position == 1 && rng_.Chance(0.5)) {
      auto [first, last] = AdultName(rng_.Chance(0.6));
      static const std::vector<std::string> kRelations = {"neighbour", "friend", "aunt", "uncle", "other"};
      const std::string relation = rng_.Pick(kRelations);
      std::string id =
          NewPerson(events, first + " " + last, Phone(rng_, true), "", relation == "neighbour" ? Address(rng_) : "");
      Link(events, k.child_id, id, relation, false, false, Json{{"important_to", rng_.Chance(0.3) ? "both" : "child"}});
    }
    if (position == 1 && !in_care && rng_.Chance(0.5)) {
      // A friend the parent leans on: one of the parents' important people (R5).
      if (parents_friend.empty()) {
        auto [first, last] = AdultName(true);
        parents_friend = NewPerson(events, first + " " + last, Phone(rng_, true),
                                   rng_.Chance(0.5) ? Email(first, last, "example.com") : "", Address(rng_));
      }
    }
    if (!parents_friend.empty())
      Link(events, k.child_id, parents_friend, "friend", false, false, Json{{"important_to", "parents"}});

    // R7: family time for a child in care, with the parents who have parental responsibility.
    if (in_care) {
      Json with = Json::array();
      for (const Adult& a : adults) {
        if (a.relationship == "mother" || (a.relationship == "father" && a.pr)) with.push_back({{"person_id", a.id}});
      }
      static const std::vector<std::string> kHowOften = {"Every Saturday afternoon, two hours",
                                                         "Twice a week after school", "Every other Sunday, for lunch"};
      events.push_back(
          {events::kFamilyTimeArranged,
           Json{{"family_time_id", NewId()},
                {"child_id", k.child_id},
                {"with", with},
                {"how_often", rng_.Pick(kHowOften)},
                {"where", "The family centre on " + std::string(rng_.Pick(demo::Streets()))},
                {"support", rng_.Chance(0.7) ? "supervised" : "supported"},
                {"starts_on", FormatIsoDate(Date{open_day + days(7)})},
                {"ends_on", nullptr},
                {"childs_views",
                 rng_.Chance(0.5) ? Json(ctx.child + " says they look forward to seeing mum.") : Json(nullptr)}}});
      // R13: most foster carers come through an independent fostering agency.
      if (rng_.Chance(0.6)) {
        static const std::vector<std::string> kAgencies = {"Horizon Fostering", "Brightwater Family Care",
                                                           "Northern Lights Fostering", "Kingsmere Foster Partners"};
        char urn[16];
        std::snprintf(urn, sizeof urn, "SC%06d", rng_.Int(100000, 999999));
        events.push_back({events::kPrivateProviderUsed,
                          Json{{"provider_use_id", NewId()},
                               {"child_id", k.child_id},
                               {"provider_name", rng_.Pick(kAgencies)},
                               {"kind", "independent_fostering_agency"},
                               {"ofsted_urn", urn},
                               {"arrangement", "Foster placement with " + carer_first + " and support for the carers"},
                               {"starts_on", FormatIsoDate(Date{open_day})},
                               {"ends_on", nullptr}}});
      }
    }
    // R18 key changes: in some families the step-father moves out while the record is open,
    // recorded by the worker as a change of the household (a new version of the link).
    if (!step_father_link.empty() && step_father_moves && TimePoint(*step_father_moves) + hours(17) < end_) {
      moves.push_back({step_father_link, k.child_id, *step_father_moves});
    }
    opened_children.emplace_back(k.child_id, ctx, referral.reason);
  }
  // R20: the family's shape for the genogram: sex, dates of birth, the parents' relationships, a
  // grandparent who died, an adopted brother or sister, twins (demo_family_shapes.h).
  {
    // Dated no later than the day the records were opened, when these are written.
    FamilyShapeInput shape{surname, home, {}, {}, FormatIsoDate(Date{Day(opened)})};
    for (const Adult& a : adults) shape.adults.push_back({a.id, a.relationship, a.woman, a.home});
    for (const Kid& k : kids)
      shape.kids.push_back({k.person_id, k.child_id, k.girl, k.referred ? born_of[k.child_id] : ""});
    for (NewEvent& e : FamilyShapeEvents(shapes_rng_, shape)) {
      if (e.type == events::kPersonAdded) ++people_;
      events.push_back(std::move(e));
    }
  }
  batches_.push_back({opened, first_contact.id, std::move(events), next_order_++});
  for (const Move& m : moves) {
    // The link as the move leaves it: the step-father's periods closed, version 2.
    Json payload;
    for (const NewEvent& e : batches_.back().events) {
      if (e.type == events::kChildPersonLinked && e.payload["link_id"] == m.link_id) payload = e.payload;
    }
    if (payload.is_null() || payload["home_periods"].empty() ||
        payload["home_periods"].back()["moved_in"].get<std::string>() >= FormatIsoDate(Date{m.on})) {
      continue;
    }
    payload["home_periods"].back()["moved_out"] = FormatIsoDate(Date{m.on});
    payload["lives_in_home"] = false;
    payload["version"] = 2;
    payload["changed"] = Json::array({"home_periods"});
    payload["reason"] = "He told me he has moved to his brother's flat";
    payload["entry_id"] = nullptr;
    batches_.push_back({TimePoint(m.on) + hours(16),
                        worker.id,
                        {{events::kChildPersonLinkChanged, std::move(payload)}},
                        next_order_++});
  }
  family_records_.clear();
  for (auto& [child_id, ctx, reason] : opened_children) family_records_.push_back(child_id);
  const size_t family_entries_from = entries_.size();
  for (auto& [child_id, ctx, reason] : opened_children) PlanEntries(child_id, ctx, worker, opened, reason);
  for (auto& [child_id, ctx, reason] : opened_children) PlanDocuments(child_id, ctx, worker, opened);
  // R25: the family's Case Note Summaries, spread over what the due rule reports (demo_summary.h).
  const auto duty = StaffIn(kEdt, "edt");
  const std::string duty_worker_id = duty.empty() ? "" : duty.front()->id;
  for (int nth = 0; auto& [child_id, ctx, reason] : opened_children) {
    extra_entries_ += PlanSummaries(batches_, family_from, next_order_, child_id, ctx, worker.id, duty_worker_id,
                                    opened, end_, children_ + nth++);
  }
  for (size_t i = 0; i < opened_children.size(); ++i) {
    AddRecordPlans(batches_, next_order_, std::get<0>(opened_children[i]), worker, opened, end_,
                   children_ + static_cast<int>(i));
  }
  for (auto& [child_id, ctx, reason] : opened_children)
    for (Batch& b : PlanChildChronology(child_id, ctx, worker.id, opened, end_,
                                        std::span<const PlannedEntry>(entries_).subspan(family_entries_from)))
      batches_.push_back({b.at, b.actor, std::move(b.events), next_order_++});  // R20
}

}  // namespace childrecord::demo
