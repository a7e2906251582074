#include "features/genogram/genogram_rules.h"

#include <map>
#include <set>

namespace childrecord {

GenogramSex SexOfRelationship(const std::string& r) {
  static const std::set<std::string> female = {"mother", "step_mother", "adoptive_mother", "sister", "half_sister",
                                               "step_sister", "adoptive_sister", "grandmother", "aunt"};
  static const std::set<std::string> male = {"father", "step_father", "adoptive_father", "brother", "half_brother",
                                             "step_brother", "adoptive_brother", "grandfather", "uncle"};
  if (female.contains(r)) return GenogramSex::kFemale;
  if (male.contains(r)) return GenogramSex::kMale;
  return GenogramSex::kUnknown;
}

int GenerationOfRelationship(const std::string& r) {
  static const std::map<std::string, int> generations = {
      {"great_grandparent", 0}, {"grandmother", 1},     {"grandfather", 1},      {"mother", 2},
      {"father", 2},            {"step_mother", 2},     {"step_father", 2},      {"adoptive_mother", 2},
      {"adoptive_father", 2},   {"parents_partner", 2}, {"aunt", 2},             {"uncle", 2},
      {"foster_carer", 2},      {"special_guardian", 2}, {"brother", 3},         {"sister", 3},
      {"half_brother", 3},      {"half_sister", 3},     {"step_brother", 3},     {"step_sister", 3},
      {"adoptive_brother", 3},  {"adoptive_sister", 3}, {"cousin", 3}};
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

}  // namespace

GenogramModel BuildGenogram(const std::string& child_id, const std::string& child_name, bool child_at_home,
                            const std::vector<GenogramPerson>& people) {
  GenogramModel model;
  model.people.push_back({child_id, child_name, "child", GenogramSex::kUnknown, 3, true, child_at_home, false});
  std::vector<GenogramPerson> family;
  for (const auto& p : people) {
    const int generation = GenerationOfRelationship(p.relationship);
    if (generation < 0 || p.id == child_id) continue;
    family.push_back(p);
    model.people.push_back({p.id, p.full_name, p.relationship, SexOfRelationship(p.relationship), generation, false,
                            p.lives_with_child, p.parental_responsibility});
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
  // Adoptive parents: the child hangs from them by the adoption line.
  const auto adoptive = Having(family, {"adoptive_mother", "adoptive_father"});
  if (!adoptive.empty()) {
    GenogramCouple c{adoptive[0], adoptive.size() > 1 ? adoptive[1] : ""};
    c.children.push_back({child_id, GenogramLine::kAdopted});
    AddChildren(c, Having(family, {"adoptive_brother", "adoptive_sister"}), GenogramLine::kAdopted);
    add(std::move(c));
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
  return model;
}

}  // namespace childrecord
