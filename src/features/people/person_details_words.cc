// R20: the People tab's words and forms for a person's details and the adults' relationships.
#include "features/people/person_details_words.h"

#include "core/time_format.h"
#include "features/people/people_words.h"
#include "features/people/person_details_rules.h"
#include "web/page_support.h"

namespace childrecord::features::people {
namespace {

const char* kOrdinals[] = {"",
                           "oldest",
                           "second oldest",
                           "third oldest",
                           "fourth oldest",
                           "fifth oldest",
                           "sixth oldest",
                           "seventh oldest",
                           "eighth oldest",
                           "ninth oldest",
                           "tenth oldest"};

std::string OrderWords(int64_t order) {
  if (order >= 1 && order <= 10) return std::string(kOrdinals[order]);
  return "number " + std::to_string(order) + " from the oldest";
}

std::vector<Option> CodeOptions(const std::vector<LabelledCode>& list) {
  std::vector<Option> options;
  for (const auto& c : list) options.push_back({c.code, c.label, c.explanation});
  return options;
}

void PutIfGiven(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

}  // namespace

std::string SexWords(const PersonDetailsView& d) {
  const std::string words = SexLabel(d.sex);
  return words.empty() ? "Not recorded yet" : words;
}

std::string BornWords(const PersonDetailsView& d) {
  if (!d.born_on.empty()) return UkDate(d.born_on);
  if (d.birth_order > 0) return "Not known: the " + OrderWords(d.birth_order) + " of the brothers and sisters";
  return d.version > 0 ? "Not known" : "Not recorded yet";
}

std::string DiedWords(const PersonDetailsView& d) {
  if (!d.died) return "";
  return d.died_on.empty() ? "Died (the date is not known)" : "Died on " + UkDate(d.died_on);
}

std::string PartnershipKindWords(const std::string& kind) {
  const LabelledCode* k = FindCode(PartnershipKinds(), kind);
  return k ? k->label : "A relationship";
}

Json DetailRows(const PersonDetailsView& d) {
  Json rows = Json::array();
  rows.push_back({{"key", "Sex"}, {"value", SexWords(d)}});
  rows.push_back({{"key", "Date of birth"}, {"value", BornWords(d)}});
  if (d.died) {
    rows.push_back({{"key", "Died"}, {"value", d.died_on.empty() ? "Yes (the date is not known)" : UkDate(d.died_on)}});
  }
  return rows;
}

Json PartnershipRows(const std::vector<PartnershipView>& partnerships,
                     const std::map<std::string, std::string>& names) {
  auto name = [&](const std::string& id) {
    auto it = names.find(id);
    return it == names.end() ? std::string("Someone no longer on this record") : it->second;
  };
  Json rows = Json::array();
  for (const auto& r : partnerships) {
    rows.push_back({{"who", name(r.first_person_id) + " and " + name(r.second_person_id)},
                    {"kind", PartnershipKindWords(r.kind)},
                    {"dates", Dates(r.starts_on, r.ends_on)},
                    {"recorded_at", UkDateTimeOf(r.recorded_at)},
                    {"recorded_by", r.recorded_by_name}});
  }
  return rows;
}

Json DetailFields(const LinkedPerson& p, const Form& form, bool posted) {
  const PersonDetailsView& d = p.details;
  auto value = [&](const std::string& name, const std::string& current) {
    return posted ? FormField(form, name) : current;
  };
  Json fields = Json::array();
  fields.push_back(ChoiceField("sex", "Sex", "", CodeOptions(PersonSexes()), {value("sex", d.sex)}));
  fields.push_back(
      DateField("born_on", "Date of birth (optional)", "", posted ? DateFrom(form, "born_on") : DateOfIso(d.born_on)));
  fields.push_back(
      TextField("birth_order", "Birth order, if the date of birth is not known (optional)",
                "Their place among their brothers and sisters: 1 for the oldest, 2 for the next, and so on",
                value("birth_order", d.birth_order > 0 ? std::to_string(d.birth_order) : ""), "2", "text"));
  fields.push_back(ChoiceField("died", "Has " + p.full_name + " died?", "", {{"no", "No", ""}, {"yes", "Yes", ""}},
                               {value("died", d.died ? "yes" : "no")}));
  fields.push_back(DateField("died_on", "If they have died, when? (optional)", "Leave blank if the date is not known.",
                             posted ? DateFrom(form, "died_on") : DateOfIso(d.died_on)));
  return fields;
}

Json DetailInput(const Form& form) {
  Json input = Json::object();
  PutIfGiven(input, "sex", FormField(form, "sex"));
  const TypedDate born = DateFrom(form, "born_on");
  if (!born.Blank()) input["born_on"] = born.Iso();
  const std::string order = FormField(form, "birth_order");
  if (!order.empty()) {
    const bool digits = order.size() <= 3 && order.find_first_not_of("0123456789") == std::string::npos;
    input["birth_order"] = digits ? Json(std::stoll(order)) : Json(order);  // the rules refuse what is not a number
  }
  input["died"] = FormField(form, "died") == "yes";
  const TypedDate died_on = DateFrom(form, "died_on");
  if (!died_on.Blank()) input["died_on"] = died_on.Iso();
  return input;
}

Json PartnershipFields(const std::vector<LinkedPerson>& people, const Form& form) {
  std::vector<Option> options{{"", "Choose a person", ""}};
  for (const auto& p : people)
    options.push_back({p.person_id, p.full_name + " (" + RelationshipLabel(p.relationship) + ")", ""});
  Json fields = Json::array();
  fields.push_back(SelectField("first_person_id", "First person", "", options, FormField(form, "first_person_id")));
  fields.push_back(SelectField("second_person_id", "Second person", "", options, FormField(form, "second_person_id")));
  fields.push_back(ChoiceField("kind", "What are they to each other?",
                               "If this changes later, for example they separate, record the new relationship: the "
                               "earlier one is kept.",
                               CodeOptions(PartnershipKinds()), {FormField(form, "kind")}));
  fields.push_back(DateField("starts_on", "Since when?", "", DateFrom(form, "starts_on")));
  fields.push_back(DateField("ends_on", "When did it end? (optional)", "", DateFrom(form, "ends_on")));
  return fields;
}

Json PartnershipInput(const Form& form) {
  Json input = Json::object();
  for (const char* key : {"first_person_id", "second_person_id", "kind"}) PutIfGiven(input, key, FormField(form, key));
  const TypedDate starts = DateFrom(form, "starts_on"), ends = DateFrom(form, "ends_on");
  if (!starts.Blank()) input["starts_on"] = starts.Iso();
  if (!ends.Blank()) input["ends_on"] = ends.Iso();
  return input;
}

}  // namespace childrecord::features::people
