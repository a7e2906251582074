#include "features/people/people_words.h"

#include "features/people/household_rules.h"
#include "features/people/person_link_change_rules.h"

namespace childrecord::features::people {

std::string FirstName(const std::string& full_name) { return full_name.substr(0, full_name.find(' ')); }

std::string RelationshipLabel(const std::string& stored) {
  const RelationshipType* t = FindRelationshipType(stored);
  return t ? t->label : stored;  // old journals' free text as written
}

std::vector<Option> RelationshipOptions() {
  std::vector<Option> options{{"", "Choose the relationship", ""}};
  for (const auto& t : RelationshipTypes()) options.push_back({t.code, t.label, ""});
  return options;
}

std::vector<Option> BasisOptions() {
  std::vector<Option> options{{"", "Choose how they have parental responsibility", ""}};
  for (const auto& b : ParentalResponsibilityBases()) options.push_back({b.code, b.label, ""});
  return options;
}

std::vector<Option> ImportantToOptions(const std::string& child_first) {
  return {{"child", "Important to " + child_first, ""},
          {"parents", "Important to the parents or carers", ""},
          {"both", "Important to both", ""}};
}

std::string ImportantToWords(const std::string& code) {
  if (code == "child") return "The child";
  if (code == "parents") return "The parents and carers";
  if (code == "both") return "The child and the parents and carers";
  return "";
}

std::string Dates(const std::string& from, const std::string& to) {
  if (to.empty()) return "From " + UkDate(from);
  return UkDate(from) + " to " + UkDate(to);
}

// "Yes, since 3 March 2024" or "No (lived there 3 March 2024 to 1 June 2025)".
std::string LivesWords(const LinkedPerson& p, bool lives_now) {
  auto periods = HomePeriodsFromJson(Json::parse(p.home_periods.empty() ? "[]" : p.home_periods, nullptr, false));
  if (lives_now) {
    return periods.empty() ? "Yes" : "Yes, since " + FormatUkDate(periods.back().moved_in);
  }
  if (periods.empty()) return "No";
  std::string past;
  for (const auto& period : periods) {
    if (!period.moved_out) continue;
    past += (past.empty() ? "" : "; ") + FormatUkDate(period.moved_in) + " to " + FormatUkDate(*period.moved_out);
  }
  return past.empty() ? "No" : "No (lived there " + past + ")";
}

bool LivesNow(const LinkedPerson& p, Date today) {
  if (p.home_periods.empty()) return p.lives_in_home;
  return LivesInHomeOn(HomePeriodsFromJson(Json::parse(p.home_periods, nullptr, false)), today);
}

Json PersonCard(const LinkedPerson& p, bool lives_now, const std::string& change_href) {
  const LabelledCode* basis = FindCode(ParentalResponsibilityBases(), p.parental_responsibility_basis);
  auto opt = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  return Json{{"full_name", p.full_name},
              {"relationship", RelationshipLabel(p.relationship)},
              {"parental_responsibility", p.parental_responsibility},
              {"pr_basis", basis ? basis->label : std::string("Basis not recorded yet")},
              {"pr_since",
               p.parental_responsibility_since.empty() ? Json(nullptr) : Json(UkDate(p.parental_responsibility_since))},
              {"pr_explanation", basis ? opt(basis->explanation) : Json(nullptr)},
              {"lives", LivesWords(p, lives_now)},
              {"important_to", opt(ImportantToWords(p.important_to))},
              {"phone", p.phone},
              {"email", p.email},
              {"address", p.address},
              {"change_href", opt(change_href)}};
}

std::string ChangeWords(const PersonLinkChangeView& c) {
  Json changed = Json::parse(c.changed.empty() ? "[]" : c.changed, nullptr, false);
  std::string words;
  auto add = [&](const std::string& w) { words += (words.empty() ? "" : "; ") + w; };
  for (const auto& item : changed.is_array() ? changed : Json::array()) {
    const std::string what = item.is_string() ? item.get<std::string>() : "";
    if (what == "home_periods") {
      auto periods = HomePeriodsFromJson(Json::parse(c.home_periods.empty() ? "[]" : c.home_periods, nullptr, false));
      if (periods.empty()) continue;
      add(periods.back().moved_out ? "Moved out on " + FormatUkDate(*periods.back().moved_out)
                                   : "Moved in on " + FormatUkDate(periods.back().moved_in));
    } else if (what == "parental_responsibility") {
      const LabelledCode* basis = FindCode(ParentalResponsibilityBases(), c.parental_responsibility_basis);
      add(c.parental_responsibility ? "Parental responsibility: " + (basis ? basis->label : std::string("yes"))
                                    : "No longer has parental responsibility");
    } else if (what == "relationship") {
      add("Relationship changed");
    } else if (what == "important_to") {
      add("Who they are important to changed");
    }
  }
  return words;
}

}  // namespace childrecord::features::people
