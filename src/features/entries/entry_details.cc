#include "features/entries/entry_details.h"

#include <utility>
#include <vector>

#include "core/time_format.h"
#include "features/entries/contact_rules.h"
#include "features/people/household_rules.h"

namespace childrecord {
namespace {

std::string Text(const Json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void Add(Json& rows, const std::string& label, const std::string& value) {
  if (!value.empty()) rows.push_back({{"label", label}, {"value", value}});
}

// "Yes" / "No — because …", from a yes/no field and the reason given when it is no.
std::string YesNo(const Json& object, const char* key, const char* reason_key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_boolean()) return {};
  if (it->get<bool>()) return "Yes";
  const std::string reason = Text(object, reason_key);
  return reason.empty() ? "No" : "No — " + reason;
}

// A role as typed, or a relationship's code ("step_father") in words ("Step-father").
std::string RoleWords(const std::string& role) {
  const RelationshipType* type = FindRelationshipType(role);
  return type ? type->label : role;
}

// R18: everyone present, those chosen from the record and those typed by name, one a line so
// a court reads the list plainly.
std::string People(const Json& list, const PeopleNames& people) {
  std::string out;
  if (!list.is_array()) return out;
  for (const auto& person : list) {
    std::string line;
    if (const std::string id = Text(person, "person_id"); !id.empty()) {
      auto named = people.find(id);
      line = named != people.end() ? named->second : "Someone linked to the record";
    } else {
      line = Text(person, "name");
      if (line.empty()) line = Text(person, "full_name");
      if (line.empty()) continue;
      const std::string role = RoleWords(Text(person, "role"));
      if (!role.empty()) line += " (" + role + ")";
    }
    out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

std::string UkDateText(const std::string& iso) {
  auto date = ParseIsoDate(iso);
  return date ? FormatUkDate(*date) : iso;
}

// Every row of EntryDetailRows, none left out.
Json AllDetailRows(const std::string& details_json, const PeopleNames& people);

}  // namespace

std::string EntryBodyLabel(const std::string& kind) {
  if (kind == "visit") return "What was discussed and seen";
  if (kind == "management_decision") return "Decision";
  if (IsContactKind(kind)) return "What was discussed";
  return "What happened";
}

std::vector<std::string> PeopleChosenIn(const std::string& details_json) {
  std::vector<std::string> ids;
  if (details_json.empty()) return ids;
  const Json details = Json::parse(details_json, nullptr, false);
  if (!details.is_object()) return ids;
  // R18 a visit's, R21 a contact's.
  auto v = details.find("visit");
  if (v == details.end() || !v->is_object()) v = details.find("contact");
  if (v == details.end() || !v->is_object()) return ids;
  auto who = v->find("who_was_there");
  if (who == v->end() || !who->is_array()) return ids;
  for (const Json& person : *who) {
    if (const std::string id = Text(person, "person_id"); !id.empty()) ids.push_back(id);
  }
  return ids;
}

Json EntryDetailRows(const std::string& details_json, const PeopleNames& people, const std::string& leave_out) {
  Json all = AllDetailRows(details_json, people);
  if (leave_out.empty()) return all;
  Json rows = Json::array();
  for (const Json& row : all) {
    if (row.value("label", "") != leave_out) rows.push_back(row);
  }
  return rows;
}

namespace {

Json AllDetailRows(const std::string& details_json, const PeopleNames& people) {
  Json rows = Json::array();
  if (details_json.empty()) return rows;
  const Json details = Json::parse(details_json, nullptr, false);
  if (!details.is_object()) return rows;

  if (auto v = details.find("visit"); v != details.end() && v->is_object()) {
    Add(rows, "Where", Text(*v, "place"));
    Add(rows, "Who was there", People((*v)["who_was_there"], people));
    Add(rows, "Why", Text(*v, "purpose"));
    std::string interpreter = YesNo(*v, "interpreter_used", "");
    if (interpreter == "Yes" && !Text(*v, "interpreter_language").empty()) {
      interpreter += " — " + Text(*v, "interpreter_language");
    }
    Add(rows, "Interpreter used", interpreter);
    Add(rows, "Child seen", YesNo(*v, "child_seen", "child_not_seen_reason"));
    Add(rows, "Seen alone", YesNo(*v, "seen_alone", "seen_alone_reason"));
    Add(rows, "What was discussed and seen", Text(*v, "discussed_and_seen"));
    Add(rows, "In the child's words", Text(*v, "childs_words"));
    Add(rows, "What parents said", Text(*v, "parents_said"));
    Add(rows, "How parents behaved", Text(*v, "parents_behaviour"));
    Add(rows, "Worries", Text(*v, "worries"));
    Add(rows, "What helps", Text(*v, "what_helps"));
    if (auto a = v->find("analysis"); a != v->end() && a->is_object()) {
      Add(rows, "What is worrying", Text(*a, "worrying"));
      Add(rows, "What is helping", Text(*a, "helping"));
      Add(rows, "What needs to happen", Text(*a, "needs_to_happen"));
    }
  }
  if (auto u = details.find("unsuccessful_visit"); u != details.end() && u->is_object()) {
    Add(rows, "Where", Text(*u, "place"));
    Add(rows, "What happened", Text(*u, "what_happened"));
    Add(rows, "What happens next", Text(*u, "what_happens_next"));
    Add(rows, "Next visit", UkDateText(Text(*u, "next_visit_on")));
  }
  if (auto d = details.find("decision"); d != details.end() && d->is_object()) {
    Add(rows, "Decision", Text(*d, "decision"));
    Add(rows, "Reasons", Text(*d, "reasons"));
    Add(rows, "Views considered", Text(*d, "views_considered"));
  }
  // R21: who was there, what was discussed, the actions, and each decision with who made it and why.
  if (auto c = details.find("contact"); c != details.end() && c->is_object()) {
    Add(rows, "Who was there", People((*c)["who_was_there"], people));
    Add(rows, "What was discussed", Text(*c, "discussed"));
    Add(rows, "Actions", Text(*c, "actions"));
    if (auto list = c->find("decisions"); list != c->end() && list->is_array()) {
      for (size_t i = 0; i < list->size(); ++i) {
        const Json& d = (*list)[i];
        const std::string label = list->size() == 1 ? "Decision" : "Decision " + std::to_string(i + 1);
        std::string value = Text(d, "decision");
        if (!Text(d, "decided_by").empty()) value += "\nDecided by: " + Text(d, "decided_by");
        if (!Text(d, "reasons").empty()) value += "\nWhy: " + Text(d, "reasons");
        Add(rows, label, value);
      }
    }
  }
  return rows;
}

}  // namespace

}  // namespace childrecord
