#include "features/genogram/genogram_rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace childrecord {

GenogramSex SexOfRelationship(const std::string& r) {
  static const std::set<std::string> female = {"mother",          "step_mother", "adoptive_mother",
                                               "sister",          "half_sister", "step_sister",
                                               "adoptive_sister", "grandmother", "aunt"};
  static const std::set<std::string> male = {"father",           "step_father",  "adoptive_father",
                                             "brother",          "half_brother", "step_brother",
                                             "adoptive_brother", "grandfather",  "uncle"};
  if (female.contains(r)) return GenogramSex::kFemale;
  if (male.contains(r)) return GenogramSex::kMale;
  return GenogramSex::kUnknown;
}

int GenerationOfRelationship(const std::string& r) {
  static const std::map<std::string, int> generations = {{"great_grandparent", 0},
                                                         {"grandmother", 1},
                                                         {"grandfather", 1},
                                                         {"mother", 2},
                                                         {"father", 2},
                                                         {"step_mother", 2},
                                                         {"step_father", 2},
                                                         {"adoptive_mother", 2},
                                                         {"adoptive_father", 2},
                                                         {"parents_partner", 2},
                                                         {"aunt", 2},
                                                         {"uncle", 2},
                                                         {"foster_carer", 2},
                                                         {"special_guardian", 2},
                                                         {"brother", 3},
                                                         {"sister", 3},
                                                         {"half_brother", 3},
                                                         {"half_sister", 3},
                                                         {"step_brother", 3},
                                                         {"step_sister", 3},
                                                         {"adoptive_brother", 3},
                                                         {"adoptive_sister", 3},
                                                         {"cousin", 3}};
  auto found = generations.find(r);
  return found == generations.end() ? -1 : found->second;
}

namespace {

// The people of the given relationships, in the record's order.
std::vector<std::string> Having(const std::vector<GenogramPerson>& people, const std::set<std::string>& codes) {
  std::vector<std::string> out;
  for (const auto& p : people) {
    if (codes.contains(p.relationship)) out.push_back(p.id);
  }
  return out;
}

std::string FirstOr(const std::vector<std::string>& ids, const std::string& fallback = "") {
  return ids.empty() ? fallback : ids.front();
}

void AddChildren(GenogramCouple& couple, const std::vector<std::string>& ids, GenogramLine line) {
  for (const auto& id : ids) couple.children.push_back({id, line});
}

// ISO dates compare as text; "" as the limit is no limit.
bool OnOrBefore(const std::string& date, const std::string& limit) { return limit.empty() || date <= limit; }

GenogramSex SexOf(const std::string& recorded, const std::string& relationship) {
  if (recorded == "male") return GenogramSex::kMale;
  if (recorded == "female") return GenogramSex::kFemale;
  if (recorded == "other") return GenogramSex::kOther;
  return SexOfRelationship(relationship);  // not recorded, or recorded as not known
}

GenogramCoupleStyle StyleOfKind(const std::string& kind) {
  if (kind == "married") return GenogramCoupleStyle::kMarried;
  if (kind == "civil_partners") return GenogramCoupleStyle::kCivilPartners;
  if (kind == "living_together") return GenogramCoupleStyle::kLivingTogether;
  if (kind == "separated") return GenogramCoupleStyle::kSeparated;
  return GenogramCoupleStyle::kDivorced;
}

struct BirthFacts {
  std::string born_on;
  int64_t birth_order = 0;
};

// Oldest first: by date of birth; a child known only by birth order takes that place among them;
// the rest after them in the record's order. Then children of one date of birth are grouped as a
// multiple birth.
void OrderChildren(GenogramCouple& couple, const std::map<std::string, BirthFacts>& facts) {
  std::vector<GenogramChildLine> dated, by_order, rest;
  for (const auto& c : couple.children) {
    auto it = facts.find(c.id);
    if (it != facts.end() && !it->second.born_on.empty()) {
      dated.push_back(c);
    } else if (it != facts.end() && it->second.birth_order > 0) {
      by_order.push_back(c);
    } else {
      rest.push_back(c);
    }
  }
  std::stable_sort(dated.begin(), dated.end(),
                   [&](const auto& a, const auto& b) { return facts.at(a.id).born_on < facts.at(b.id).born_on; });
  std::stable_sort(by_order.begin(), by_order.end(), [&](const auto& a, const auto& b) {
    return facts.at(a.id).birth_order < facts.at(b.id).birth_order;
  });
  std::vector<GenogramChildLine> ordered = dated;
  for (const auto& c : by_order) {
    const size_t at = std::min<size_t>(static_cast<size_t>(facts.at(c.id).birth_order - 1), ordered.size());
    ordered.insert(ordered.begin() + static_cast<std::ptrdiff_t>(at), c);
  }
  ordered.insert(ordered.end(), rest.begin(), rest.end());
  int group = 0;
  for (size_t i = 0; i < ordered.size(); ++i) {
    auto born = [&](size_t k) {
      auto it = facts.find(ordered[k].id);
      return it == facts.end() ? std::string() : it->second.born_on;
    };
    if (born(i).empty() || ordered[i].multiple_birth != 0) continue;
    bool twins = false;
    for (size_t j = i + 1; j < ordered.size(); ++j) {
      if (born(j) == born(i)) {
        if (!twins) ++group;
        twins = true;
        ordered[j].multiple_birth = group;
      }
    }
    if (twins) ordered[i].multiple_birth = group;
  }
  couple.children = std::move(ordered);
}

}  // namespace

std::optional<PairStatus> StatusOfPair(const std::vector<GenogramPartnership>& recorded, const std::string& a,
                                       const std::string& b, const std::string& as_at) {
  const GenogramPartnership* latest = nullptr;
  for (const auto& r : recorded) {
    const bool pair = (r.first == a && r.second == b) || (r.first == b && r.second == a);
    if (!pair || !OnOrBefore(r.starts_on, as_at)) continue;
    if (latest == nullptr || r.starts_on >= latest->starts_on) latest = &r;
  }
  if (latest == nullptr) return std::nullopt;
  PairStatus status{StyleOfKind(latest->kind), latest->starts_on};
  const bool ended = !latest->ends_on.empty() && (as_at.empty() || latest->ends_on < as_at);
  if (ended && (status.style == GenogramCoupleStyle::kMarried || status.style == GenogramCoupleStyle::kCivilPartners ||
                status.style == GenogramCoupleStyle::kLivingTogether)) {
    status.style = GenogramCoupleStyle::kSeparated;
    status.since = latest->ends_on;
  }
  return status;
}

GenogramModel BuildGenogram(const std::string& child_id, const std::string& child_name, bool child_at_home,
                            const std::vector<GenogramPerson>& people,
                            const std::vector<GenogramPartnership>& partnerships, const GenogramOptions& options) {
  const std::string& as_at = options.as_at;
  GenogramModel model;
  model.people.push_back({child_id, child_name, "child", SexOf(options.child_sex, ""), 3, true, child_at_home, false,
                          options.child_born_on});
  std::map<std::string, BirthFacts> births{{child_id, {options.child_born_on, 0}}};
  std::vector<GenogramPerson> family;
  for (const auto& p : people) {
    const int generation = GenerationOfRelationship(p.relationship);
    if (generation < 0 || p.id == child_id) continue;
    if (!p.born_on.empty() && !OnOrBefore(p.born_on, as_at)) continue;  // not born yet on the date shown
    family.push_back(p);
    births[p.id] = {p.born_on, p.birth_order};
    const bool died = p.died && (p.died_on.empty() || OnOrBefore(p.died_on, as_at));
    model.people.push_back({p.id, p.full_name, p.relationship, SexOf(p.sex, p.relationship), generation, false,
                            p.lives_with_child, p.parental_responsibility, p.born_on, died,
                            died ? p.died_on : std::string()});
  }
  auto add = [&](GenogramCouple c) {
    if (c.first.empty()) return;
    model.couples.push_back(std::move(c));
  };
  const std::string mother = FirstOr(Having(family, {"mother"}));
  const std::string father = FirstOr(Having(family, {"father"}));
  // The birth parents and their children: the child and full brothers and sisters (record order
  // stands for birth order until the record holds dates of birth).
  GenogramCouple birth{mother.empty() ? father : mother, mother.empty() ? "" : father};
  birth.children.push_back({child_id, GenogramLine::kBirth});
  AddChildren(birth, Having(family, {"brother", "sister"}), GenogramLine::kBirth);
  const std::string birth_first = birth.first;
  if (!birth.first.empty()) add(std::move(birth));
  // Half-brothers and sisters: a parent with another partner not on the record.
  const auto halves = Having(family, {"half_brother", "half_sister"});
  if (!halves.empty() && !birth_first.empty()) {
    GenogramCouple other{birth_first, ""};
    AddChildren(other, halves, GenogramLine::kBirth);
    add(std::move(other));
  }
  // Step-parents live with a parent; step-brothers and sisters are their children.
  for (const auto& step : Having(family, {"step_father", "parents_partner"})) {
    add({step, mother.empty() ? father : mother, GenogramCoupleStyle::kLivingTogether, {}});
  }
  for (const auto& step : Having(family, {"step_mother"})) {
    add({step, father.empty() ? mother : father, GenogramCoupleStyle::kLivingTogether, {}});
  }
  const auto step_parents = Having(family, {"step_father", "step_mother", "parents_partner"});
  const auto step_children = Having(family, {"step_brother", "step_sister"});
  if (!step_parents.empty() && !step_children.empty()) {
    GenogramCouple c{step_parents.front(), ""};
    AddChildren(c, step_children, GenogramLine::kBirth);
    add(std::move(c));
  }
  // Adoptive parents: the child hangs from them by the adoption line. Without adoptive parents on
  // the record, an adoptive brother or sister was adopted by the child's parents: they hang from
  // the birth parents' point by the adoption line.
  const auto adoptive = Having(family, {"adoptive_mother", "adoptive_father"});
  const auto adoptive_siblings = Having(family, {"adoptive_brother", "adoptive_sister"});
  if (!adoptive.empty()) {
    GenogramCouple c{adoptive[0], adoptive.size() > 1 ? adoptive[1] : ""};
    c.children.push_back({child_id, GenogramLine::kAdopted});
    AddChildren(c, adoptive_siblings, GenogramLine::kAdopted);
    add(std::move(c));
  } else if (!adoptive_siblings.empty() && !birth_first.empty()) {
    AddChildren(model.couples.front(), adoptive_siblings, GenogramLine::kAdopted);
  }
  // Foster carers and special guardians care for the child: the fostering line.
  const auto carers = Having(family, {"foster_carer", "special_guardian"});
  if (!carers.empty()) {
    GenogramCouple c{carers[0], carers.size() > 1 ? carers[1] : ""};
    c.children.push_back({child_id, GenogramLine::kFostered});
    add(std::move(c));
  }
  // Grandparents: the parents of the first parent on the record, with the aunts and uncles.
  const auto grandparents = Having(family, {"grandmother", "grandfather"});
  const std::string parent = !mother.empty() ? mother : father;
  const auto aunts = Having(family, {"aunt", "uncle"});
  if (!grandparents.empty()) {
    GenogramCouple c{grandparents[0], grandparents.size() > 1 ? grandparents[1] : ""};
    if (!parent.empty()) c.children.push_back({parent, GenogramLine::kBirth});
    AddChildren(c, aunts, GenogramLine::kBirth);
    add(std::move(c));
  }
  const auto greats = Having(family, {"great_grandparent"});
  if (!greats.empty() && !grandparents.empty()) {
    GenogramCouple c{greats[0], greats.size() > 1 ? greats[1] : ""};
    c.children.push_back({grandparents[0], GenogramLine::kBirth});
    add(std::move(c));
  }
  const auto cousins = Having(family, {"cousin"});
  if (!cousins.empty() && !aunts.empty()) {
    GenogramCouple c{aunts[0], ""};
    AddChildren(c, cousins, GenogramLine::kBirth);
    add(std::move(c));
  }
  // The relationships recorded between adults in the tree, as they stood on the date shown.
  std::set<std::string> present;
  for (const auto& p : family) present.insert(p.id);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& r : partnerships) {
    if (!present.contains(r.first) || !present.contains(r.second) || r.first == r.second) continue;
    const auto key = std::minmax(r.first, r.second);
    if (!pairs.insert({key.first, key.second}).second) continue;
    auto status = StatusOfPair(partnerships, r.first, r.second, as_at);
    if (!status) continue;
    auto couple = std::find_if(model.couples.begin(), model.couples.end(), [&](const GenogramCouple& c) {
      return (c.first == r.first && c.second == r.second) || (c.first == r.second && c.second == r.first);
    });
    if (couple == model.couples.end()) {
      model.couples.push_back({r.first, r.second, status->style, {}, status->since});
    } else {
      couple->style = status->style;
      couple->since = status->since;
    }
  }
  for (auto& c : model.couples) OrderChildren(c, births);
  return model;
}

}  // namespace childrecord
