#include "demo/demo_generator.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "auth/password.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_identity.h"
#include "demo/demo_text.h"
#include "demo/demo_documents.h"
#include "store/blob_store.h"
#include "demo/demo_details.h"
#include "record/event_types.h"
#include "record/timeliness.h"

namespace childrecord {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using demo::NoteContext;
using demo::NoteText;
using demo::Rng;

// Every demo account's password: long, memorable, and printed by `childrecord demo`.
constexpr char kDemoPassword[] = "kind-words-for-every-child";

// SPEC §4 roles, in the order the logins are listed.
constexpr std::array<const char*, 9> kRoles = {"practitioner",    "first_contact",   "team_manager",
                                               "senior_manager",  "edt",             "records_officer",
                                               "data_protection", "auditor",         "admin"};

enum TeamIndex { kFirstContact = 0, kNorth, kSouth, kInCare, kEdt, kTeamCount };
constexpr std::array<const char*, kTeamCount> kTeamNames = {"First Contact Team", "Locality Team North",
                                                            "Locality Team South", "Children in Care Team",
                                                            "Emergency Duty Team"};

struct Staff {
  std::string id, username, full_name, first, role;
  int team = -1;
  int caseload = 0;
};

// A batch of events one person wrote at one moment: one Store::Append.
struct Batch {
  TimePoint at;
  std::string actor;
  std::vector<NewEvent> events;
  int64_t order = 0;  // creation order, to keep equal times stable
};

// A planned case note, before notes written in one sitting are gathered into a batch.
struct PlannedEntry {
  TimePoint occurred, recorded;
  std::string actor;
  bool intended_late = false;
  NewEvent event;
};

TimePoint AtTime(std::chrono::sys_days day, int minutes_after_midnight) {
  return TimePoint(day) + minutes(minutes_after_midnight);
}

std::chrono::sys_days Day(TimePoint t) { return std::chrono::floor<days>(t); }

// The same day or the next working day (Monday to Friday).
std::chrono::sys_days WorkingDay(std::chrono::sys_days d) {
  std::chrono::weekday w{d};
  if (w == std::chrono::Saturday) return d + days(2);
  if (w == std::chrono::Sunday) return d + days(1);
  return d;
}

std::string Phone(Rng& rng, bool mobile) {
  char buf[32];
  if (mobile) {
    std::snprintf(buf, sizeof buf, "07700 900%03d", rng.Int(0, 999));  // Ofcom's range for drama
  } else {
    std::snprintf(buf, sizeof buf, "0161 496 0%03d", rng.Int(0, 999));
  }
  return buf;
}

std::string Address(Rng& rng) {
  static const char kLetters[] = "ABDEFGHJLNPQRSTUWXYZ";
  std::string a = std::to_string(rng.Int(1, 148)) + " " + std::string(rng.Pick(demo::Streets())) +
                  ", Kingsmere, KM" + std::to_string(rng.Int(1, 9)) + " " + std::to_string(rng.Int(1, 9));
  a += kLetters[rng.Int(0, 19)];
  a += kLetters[rng.Int(0, 19)];
  return a;
}

std::string Email(std::string_view first, std::string_view last, std::string_view domain) {
  return demo::UsernameFor(first, last) + "@" + std::string(domain);
}

std::string Ukday(TimePoint t) { return FormatUkDate(t); }

class Generator {
 public:
  Generator(Store& store, FakeClock& clock, const Tenant& tenant, const DemoOptions& options, TimePoint end)
      : store_(store), clock_(clock), tenant_(tenant), options_(options), end_(end), rng_(options.seed) {}

  Result<DemoSummary> Run();

 private:
  void PlanStaff(TimePoint at);
  void PlanFamily(int children_wanted);
  void PlanEntries(const std::string& child_id, NoteContext ctx, const Staff& worker, TimePoint opened,
                   std::string_view referral_reason);
  void AddEntry(const std::string& child_id, const std::string& kind, TimePoint occurred, const Staff& author,
                const std::string& practitioner_id, NoteText text, bool significant, bool allow_late = true,
                bool on_behalf_allowed = true);
  std::string NewPerson(std::vector<NewEvent>& events, const std::string& full_name, const std::string& phone,
                        const std::string& email, const std::string& address);
  std::string Link(std::vector<NewEvent>& events, const std::string& child_id, const std::string& person_id,
                   const std::string& relationship, bool lives_in_home, bool parental_responsibility,
                   const Json& extra = Json::object());
  std::vector<const Staff*> StaffIn(int team, std::string_view role) const;
  const Staff& LeastLoaded(int team);
  std::pair<std::string, std::string> AdultName(bool woman);
  std::vector<Batch> GatherEntries();
  void PlanDocuments(const std::string& child_id, const NoteContext& ctx, const Staff& worker, TimePoint opened);

  Store& store_;
  FakeClock& clock_;
  const Tenant& tenant_;
  DemoOptions options_;
  TimePoint end_;
  Rng rng_;

  TimePoint history_start_{};
  std::array<std::string, kTeamCount> team_ids_;
  std::vector<Staff> staff_;
  std::vector<Batch> batches_;
  std::vector<PlannedEntry> entries_;
  int64_t next_order_ = 0;
  int children_ = 0;
  int people_ = 0;
  // Documents draw from their own stream so the rest of the authority is the same with or without them.
  Rng document_rng_{options_.seed ^ 0xd0c5u};
  std::vector<std::string> document_bytes_;

  // Issue 4 entry extras (demo_details.cc): kind details (R18, R19, R27, R31), sharing with
  // brothers' and sisters' records (R32) and amendments (R29/R30). Their own random stream, so
  // the households and notes of a seed stay as they were.
  void AddEntryExtras(PlannedEntry& e, const std::string& kind, const Staff& author);
  Rng extras_rng_{options_.seed * 1000003 + 4};
  // R1 closures (CloseSomeRecords): their own stream too.
  void CloseSomeRecords(const std::string& child_id, size_t first_entry, const Staff* manager);
  Rng closure_rng_{options_.seed * 7919 + 11};
  int records_planned_ = 0;
  const NoteContext* note_context_ = nullptr;  // the context of the child being planned
  std::vector<std::string> family_records_;    // the records of the family being planned
  std::vector<Batch> amendments_;
};

std::pair<std::string, std::string> Generator::AdultName(bool woman) {
  return {std::string(rng_.Pick(woman ? demo::WomenNames() : demo::MenNames())),
          std::string(rng_.Pick(demo::Surnames()))};
}

void Generator::PlanStaff(TimePoint at) {
  Batch batch{at, "system", {}, next_order_++};
  for (int t = 0; t < kTeamCount; ++t) {
    team_ids_[t] = NewId();
    batch.events.push_back({events::kTeamCreated, Json{{"team_id", team_ids_[t]}, {"name", kTeamNames[t]}}});
  }
  // Caseloads of about fifteen children per practitioner, spread across the three allocating teams.
  // At least two in each team, so colleagues can cover for each other.
  const int practitioners = std::max(6, (options_.children + 14) / 15);
  const int north = std::max(2, practitioners * 35 / 100);
  const int south = std::max(2, practitioners * 35 / 100);
  const int in_care = std::max(2, practitioners - north - south);
  struct Post {
    const char* role;
    int team;
    int count;
  };
  const std::vector<Post> posts = {
      {"team_manager", kNorth, 1},        {"practitioner", kNorth, north},
      {"team_manager", kFirstContact, 1}, {"first_contact", kFirstContact, std::max(2, practitioners / 5)},
      {"team_manager", kSouth, 1},        {"practitioner", kSouth, south},
      {"team_manager", kInCare, 1},       {"practitioner", kInCare, in_care},
      {"team_manager", kEdt, 1},          {"edt", kEdt, 3},
      {"senior_manager", -1, 2},          {"records_officer", -1, 2},
      {"data_protection", -1, 1},         {"auditor", -1, 1},
      {"admin", -1, 1},
  };
  std::map<std::string, int> taken;
  for (const Post& post : posts) {
    for (int i = 0; i < post.count; ++i) {
      auto [first, last] = AdultName(rng_.Chance(0.7));  // most of the workforce are women
      Staff s;
      s.id = NewId();
      s.first = first;
      s.full_name = first + " " + last;
      s.username = demo::UsernameFor(first, last);
      if (int n = ++taken[s.username]; n > 1) s.username += std::to_string(n);
      s.role = post.role;
      s.team = post.team;
      Json payload{{"user_id", s.id}, {"username", s.username}, {"full_name", s.full_name}, {"role", s.role}};
      if (s.team >= 0) payload["team_id"] = team_ids_[s.team];
      batch.events.push_back({events::kUserAdded, std::move(payload)});
      staff_.push_back(std::move(s));
    }
  }
  batches_.push_back(std::move(batch));
}

std::vector<const Staff*> Generator::StaffIn(int team, std::string_view role) const {
  std::vector<const Staff*> out;
  for (const Staff& s : staff_) {
    if (s.team == team && s.role == role) out.push_back(&s);
  }
  return out;
}

const Staff& Generator::LeastLoaded(int team) {
  Staff* best = nullptr;
  for (Staff& s : staff_) {
    if (s.team == team && s.role == "practitioner" && (best == nullptr || s.caseload < best->caseload)) best = &s;
  }
  ++best->caseload;
  return *best;
}

std::string Generator::NewPerson(std::vector<NewEvent>& events, const std::string& full_name,
                                 const std::string& phone, const std::string& email, const std::string& address) {
  std::string id = NewId();
  Json p{{"person_id", id}, {"full_name", full_name}};
  if (!phone.empty()) p["phone"] = phone;
  if (!email.empty()) p["email"] = email;
  if (!address.empty()) p["address"] = address;
  events.push_back({events::kPersonAdded, std::move(p)});
  ++people_;
  return id;
}

// A person linked to a child's record. `extra` adds the issue 4 fields (R3, R5): the basis and
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
  const Staff& first_contact = *contact_staff[static_cast<size_t>(rng_.Int(0, static_cast<int>(contact_staff.size()) - 1))];
  const auto managers = StaffIn(team, "team_manager");
  const std::string manager = managers.empty() ? "" : managers.front()->full_name;

  const std::string surname(rng_.Pick(demo::Surnames()));
  const std::string home = Address(rng_);
  static const std::map<std::string_view, std::vector<std::string_view>> kLanguages = {
      {"Nowak", {"Polish"}},    {"Kowalski", {"Polish"}},   {"Król", {"Polish"}},  {"Lewandowski", {"Polish"}},
      {"Wójcik", {"Polish"}},   {"Popescu", {"Romanian"}},  {"Ionescu", {"Romanian"}},   {"Khan", {"Urdu"}},
      {"Hussain", {"Urdu"}},    {"Iqbal", {"Urdu"}},        {"Begum", {"Bengali"}},      {"Rahman", {"Bengali"}},
      {"Yılmaz", {"Turkish"}},  {"Demir", {"Turkish"}},     {"Silva", {"Portuguese"}},   {"Fernandes", {"Portuguese"}},
      {"Dimitrov", {"Bulgarian"}}, {"Nguyen", {"Vietnamese"}}, {"Chen", {"Cantonese"}}, {"Wong", {"Cantonese"}}};
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
    std::string id = NewPerson(events, first + " " + last, Phone(rng_, mobile), email, lives_home ? home : Address(rng_));
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
    k.age = i == 0 ? age : (k.referred ? std::clamp(age + rng_.Int(-5, 5), 0, 17) : (rng_.Chance(0.5) ? rng_.Int(18, 22) : 0));
    kids.push_back(std::move(k));
  }
  for (Kid& k : kids) {
    if (k.referred) k.child_id = NewId();
    // Each brother and sister is one person, linked to the others' records.
    if (referred + others > 1) k.person_id = NewPerson(events, k.full_name, k.age >= 16 ? Phone(rng_, true) : "", "", in_care && k.referred ? "" : home);
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
    events.push_back({events::kChildRecordOpened,
                      Json{{"child_id", k.child_id},
                           {"full_name", k.full_name},
                           {"date_of_birth", FormatIsoDate(Date{dob})},
                           {"team_id", team_ids_[team]},
                           {"allocated_worker_id", worker.id},
                           {"referral",
                            {{"received_on", FormatIsoDate(Date{received})},
                             {"source", referral.source},
                             {"reason", referral.reason}}}}});
    ++children_;
    // R2 identity history and R4/R8 living arrangements (demo/demo_identity.cc).
    std::string carers;
    for (const Adult& a : adults) {
      if (a.relationship == "foster carer") carers += (carers.empty() ? "" : " and ") + a.first;
    }
    if (!carers.empty()) carers += " (foster carers)";
    for (NewEvent& e : demo::IdentityAndLivingEvents(
             rng_, demo::ChildFacts{k.child_id, k.first, surname, Date{dob}, k.age, in_care, carers,
                                    first_contact.full_name, opened})) {
      events.push_back(std::move(e));
    }

    // The household: parents and carers first (those with parental responsibility always, with
    // its basis: R3), then brothers and sisters; at most six. Who lives in the home has dated
    // periods; a parent who lives elsewhere lived there until they moved out.
    const std::string born = FormatIsoDate(Date{dob});
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
                            : a.relationship == "father" ? (rng_.Chance(0.5) ? "married_father" : "named_on_birth_certificate")
                                                         : "child_arrangements_order";
        extra["parental_responsibility_basis"] = basis;
        extra["parental_responsibility_since"] = basis == "child_arrangements_order" ? day_between(dob, opened_day_date) : born;
      }
      if (a.home) {
        const bool from_birth = a.relationship == "mother" || a.relationship == "father";
        extra["home_periods"] = Json::array({{{"moved_in", from_birth ? born : day_between(dob, opened_day_date - days(30))},
                                              {"moved_out", nullptr}}});
      } else if (!in_care && (a.relationship == "father" || a.relationship == "mother")) {
        extra["home_periods"] = Json::array({{{"moved_in", born}, {"moved_out", day_between(dob, opened_day_date - days(60))}}});
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
      if (lives_here) extra["home_periods"] = Json::array({{{"moved_in", day_between(dob - days(365 * 5), opened_day_date - days(30))}, {"moved_out", nullptr}}});
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
      std::string id = NewPerson(events, first + " " + last, Phone(rng_, true), "", relation == "neighbour" ? Address(rng_) : "");
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
    if (!parents_friend.empty()) Link(events, k.child_id, parents_friend, "friend", false, false, Json{{"important_to", "parents"}});

    // R7: family time for a child in care, with the parents who have parental responsibility.
    if (in_care) {
      Json with = Json::array();
      for (const Adult& a : adults) {
        if (a.relationship == "mother" || (a.relationship == "father" && a.pr)) with.push_back({{"person_id", a.id}});
      }
      static const std::vector<std::string> kHowOften = {"Every Saturday afternoon, two hours",
                                                         "Twice a week after school", "Every other Sunday, for lunch"};
      events.push_back({events::kFamilyTimeArranged,
                        Json{{"family_time_id", NewId()},
                             {"child_id", k.child_id},
                             {"with", with},
                             {"how_often", rng_.Pick(kHowOften)},
                             {"where", "The family centre on " + std::string(rng_.Pick(demo::Streets()))},
                             {"support", rng_.Chance(0.7) ? "supervised" : "supported"},
                             {"starts_on", FormatIsoDate(Date{open_day + days(7)})},
                             {"ends_on", nullptr},
                             {"childs_views", rng_.Chance(0.5) ? Json(ctx.child + " says they look forward to seeing mum.") : Json(nullptr)}}});
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
    batches_.push_back({TimePoint(m.on) + hours(16), worker.id, {{events::kChildPersonLinkChanged, std::move(payload)}},
                        next_order_++});
  }
  family_records_.clear();
  for (auto& [child_id, ctx, reason] : opened_children) family_records_.push_back(child_id);
  for (auto& [child_id, ctx, reason] : opened_children) PlanEntries(child_id, ctx, worker, opened, reason);
  for (auto& [child_id, ctx, reason] : opened_children) PlanDocuments(child_id, ctx, worker, opened);
}

void Generator::PlanDocuments(const std::string& child_id, const NoteContext& ctx, const Staff& worker,
                              TimePoint opened) {
  if (options_.blob_dir.empty()) return;
  for (demo::PlannedDocument& d : demo::PlanChildDocuments(document_rng_, child_id, ctx, worker.id, opened, end_)) {
    batches_.push_back({d.at, d.actor, {std::move(d.event)}, next_order_++});
    document_bytes_.push_back(std::move(d.bytes));
  }
}

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
      "The family has moved to another local authority, which has accepted the case transfer.",
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

Result<DemoSummary> Generator::Run() {
  if (options_.children < 0) return Error::Validation("children", "The number of children cannot be negative");
  if (options_.months_of_history < 1 || options_.months_of_history > 120) {
    return Error::Validation("months_of_history", "The months of history must be between 1 and 120");
  }
  CR_RETURN_IF_ERROR(CheckPasswordRules(kDemoPassword));
  history_start_ = DemoHistoryStart(options_, end_);

  PlanStaff(history_start_);
  int remaining = options_.children;
  while (remaining > 0) {
    const int before = children_;
    PlanFamily(remaining);
    remaining -= children_ - before;
  }
  std::vector<Batch> entry_batches = GatherEntries();
  for (Batch& a : amendments_) entry_batches.push_back(std::move(a));
  for (Batch& b : entry_batches) {
    b.order = next_order_++;
    batches_.push_back(std::move(b));
  }
  std::stable_sort(batches_.begin(), batches_.end(), [](const Batch& a, const Batch& b) {
    return a.at != b.at ? a.at < b.at : a.order < b.order;
  });

  // One hash for everyone (Argon2id is slow by design).
  CR_ASSIGN_OR_RETURN(const std::string hash, HashPassword(kDemoPassword));

  // The documents' files are durable before any event names them (as DocumentService does).
  if (!options_.blob_dir.empty()) {
    BlobStore blobs(options_.blob_dir);
    CR_RETURN_IF_ERROR(blobs.Init());
    for (const std::string& bytes : document_bytes_) CR_RETURN_IF_ERROR(blobs.Put(bytes));
  }

  DemoSummary summary;
  summary.documents = static_cast<int>(document_bytes_.size());
  bool passwords_set = false;
  for (Batch& b : batches_) {
    if (b.at > clock_.Now()) clock_.Set(b.at);  // never backwards
    CR_RETURN_IF_ERROR(store_.Append(tenant_.id, b.actor, std::move(b.events)));
    if (!passwords_set) {
      for (const Staff& s : staff_) CR_RETURN_IF_ERROR(store_.SetPasswordHash(tenant_.id, s.id, hash));
      passwords_set = true;
    }
  }

  summary.teams = kTeamCount;
  summary.users = static_cast<int>(staff_.size());
  summary.children = children_;
  summary.people = people_;
  summary.entries = static_cast<int>(entries_.size());
  summary.password = kDemoPassword;
  for (const char* role : kRoles) {
    for (const Staff& s : staff_) {
      if (s.role == role) {
        summary.logins.push_back({s.username, s.full_name, s.role, s.team >= 0 ? kTeamNames[s.team] : ""});
        break;
      }
    }
  }
  return summary;
}

}  // namespace

TimePoint DemoHistoryStart(const DemoOptions& options, TimePoint end) {
  const int months = std::clamp(options.months_of_history, 1, 120);
  const auto day = std::chrono::floor<days>(end) - days(months * 365 / 12);
  return TimePoint(day) + hours(8);
}

Result<DemoSummary> GenerateDemo(Store& store, FakeClock& clock, const Tenant& tenant, const DemoOptions& options,
                                 TimePoint end) {
  return Generator(store, clock, tenant, options, end).Run();
}

}  // namespace childrecord
