#include "features/people/people_pages.h"

#include <algorithm>
#include <set>

#include "core/time_format.h"
#include "features/children/record_page.h"
#include "features/people/household_rules.h"
#include "features/people/people_words.h"
#include "features/people/person_details_words.h"
#include "features/people/person_link_change_rules.h"
#include "features/record_form.h"
#include "http/error_response.h"
#include "http/url.h"
#include "web/form_fields.h"
#include "web/page_support.h"

namespace childrecord::features::people {
namespace {

// The form field an input error names ("parental_responsibility.basis" -> "pr_basis").
std::string FormNameFor(const std::string& field) {
  static const std::vector<std::pair<std::string, std::string>> kPrefixes = {
      {"contact.phone", "phone"},
      {"contact.email", "email"},
      {"contact.address", "address"},
      {"contact", "phone"},
      {"home_periods", "moved_in"},
      {"parental_responsibility.basis", "pr_basis"},
      {"parental_responsibility.since", "pr_since"},
      {"parental_responsibility", "pr_holds"},
      {"home_move.on", "move_on"},
      {"home_move", "home_move"},
      {"with", "with"},
      {"where", "place"},
  };
  for (const auto& [prefix, name] : kPrefixes) {
    if (field.rfind(prefix, 0) == 0) return name;
  }
  return field;
}

std::string PeoplePath(const ChildRecord& child) { return "/children/" + child.summary.id + "/people"; }

// The question page of a People form: back to the People tab.
RecordFormView PeopleFormView(const ChildRecord& child, std::string heading, std::string intro, std::string submit,
                              Json fields, std::string default_field) {
  return RecordFormView{.heading = std::move(heading),
                        .intro = std::move(intro),
                        .submit_label = std::move(submit),
                        .back_href = PeoplePath(child),
                        .back_text = "Back to the people in " + child.summary.full_name + "’s life",
                        .fields = std::move(fields),
                        .default_field = std::move(default_field)};
}

void PutIfGiven(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

// --- Add a person ------------------------------------------------------------------------------

Json AddPersonFields(const ChildRecord& child, const std::vector<PeopleService::SiblingPerson>& siblings,
                     const Form& form) {
  const std::string first = FirstName(child.summary.full_name);
  Json fields = Json::array();
  if (!siblings.empty()) {
    std::vector<Option> options;
    for (const auto& s : siblings) {
      options.push_back({s.person.person_id, s.person.full_name,
                         RelationshipLabel(s.person.relationship) + " on " + s.sibling_name + "’s record"});
    }
    options.push_back({"", "Someone new", ""});
    fields.push_back(
        ChoiceField("person_id", "Is this someone already on a brother’s or sister’s record?",
                    "They are linked, not copied: a change to their contact details shows on every record.", options,
                    {FormField(form, "person_id")}));
  }
  fields.push_back(Heading(siblings.empty() ? "Who they are" : "Someone new",
                           siblings.empty() ? "" : "Leave these blank if you chose someone above."));
  fields.push_back(TextField("full_name", "Full name", "", FormField(form, "full_name"), "", "text", "off"));
  fields.push_back(TextField("phone", "Phone number (optional)", "", FormField(form, "phone"), "20", "tel", "off"));
  fields.push_back(TextField("email", "Email address (optional)", "", FormField(form, "email"), "", "email", "off"));
  fields.push_back(AreaField("address", "Address (optional)", "", FormField(form, "address")));
  fields.push_back(Heading("Who they are to " + first));
  fields.push_back(SelectField("relationship", "Relationship to " + first, "", RelationshipOptions(),
                               FormField(form, "relationship")));
  fields.push_back(ChoiceField("important_to", "Who are they important to? (optional)",
                               "The important people of the child and of the parents or carers: family, friends, "
                               "neighbours, youth workers.",
                               ImportantToOptions(first), {FormField(form, "important_to")}));
  fields.push_back(Heading("The home"));
  fields.push_back(DateField("moved_in", "If they live in " + first + "’s home, when did they move in?",
                             "Leave blank if they do not live there.", DateFrom(form, "moved_in")));
  fields.push_back(Heading("Parental responsibility"));
  fields.push_back(ChoiceField("pr_holds", "Do they have parental responsibility for " + first + "?", "",
                               {{"yes", "Yes", ""}, {"no", "No", ""}}, {FormField(form, "pr_holds")}));
  fields.push_back(SelectField("pr_basis", "How do they have parental responsibility?",
                               "For example, as the birth mother, or by a court order.", BasisOptions(),
                               FormField(form, "pr_basis")));
  fields.push_back(DateField("pr_since", "Since when? (optional)", "", DateFrom(form, "pr_since")));
  return fields;
}

Json AddPersonInput(const Form& form) {
  Json input = Json::object();
  const std::string person_id = FormField(form, "person_id");
  if (!person_id.empty()) {
    input["person_id"] = person_id;
  } else {
    input["full_name"] = FormField(form, "full_name");
  }
  Json contact = Json::object();
  PutIfGiven(contact, "phone", FormField(form, "phone"));
  PutIfGiven(contact, "email", FormField(form, "email"));
  PutIfGiven(contact, "address", FormField(form, "address"));
  if (!contact.empty()) input["contact"] = contact;
  PutIfGiven(input, "relationship", FormField(form, "relationship"));
  PutIfGiven(input, "important_to", FormField(form, "important_to"));
  const TypedDate moved_in = DateFrom(form, "moved_in");
  if (!moved_in.Blank()) input["home_periods"] = Json::array({{{"moved_in", moved_in.Iso()}}});
  Json pr = Json::object();
  const std::string holds = FormField(form, "pr_holds");
  if (!holds.empty()) pr["holds"] = holds == "yes";
  PutIfGiven(pr, "basis", FormField(form, "pr_basis"));
  const TypedDate since = DateFrom(form, "pr_since");
  if (!since.Blank()) pr["since"] = since.Iso();
  input["parental_responsibility"] = pr;  // the page asks for an answer ("holds" is required)
  return input;
}

// --- Change a link ------------------------------------------------------------------------------

Json ChangeFields(const ChildRecord& child, const LinkedPerson& p, const Form& form, bool posted) {
  const std::string first = FirstName(child.summary.full_name);
  auto value = [&](const std::string& name, const std::string& current) {
    return posted ? FormField(form, name) : current;
  };
  Json fields = Json::array();
  fields.push_back(Heading("The home"));
  fields.push_back(
      ChoiceField("home_move", "Has " + p.full_name + " moved in or out of " + first + "’s home?", "",
                  {{"none", "No change", ""}, {"moved_in", "Moved in", ""}, {"moved_out", "Moved out", ""}},
                  {value("home_move", "none")}));
  fields.push_back(DateField("move_on", "When did they move?", "", posted ? DateFrom(form, "move_on") : TypedDate{}));
  fields.push_back(Heading("Parental responsibility"));
  fields.push_back(ChoiceField("pr_holds", "Do they have parental responsibility for " + first + "?", "",
                               {{"yes", "Yes", ""}, {"no", "No", ""}},
                               {value("pr_holds", p.parental_responsibility ? "yes" : "no")}));
  fields.push_back(SelectField("pr_basis", "How do they have parental responsibility?", "", BasisOptions(),
                               value("pr_basis", p.parental_responsibility_basis)));
  fields.push_back(DateField("pr_since", "Since when? (optional)", "",
                             posted ? DateFrom(form, "pr_since") : DateOfIso(p.parental_responsibility_since)));
  fields.push_back(Heading("Who they are to " + first));
  fields.push_back(SelectField("relationship", "Relationship to " + first, "", RelationshipOptions(),
                               value("relationship", RelationshipCodeOf(p.relationship))));
  fields.push_back(ChoiceField("important_to", "Who are they important to?", "", ImportantToOptions(first),
                               {value("important_to", p.important_to)}));
  fields.push_back(
      Heading("Contact details", "These belong to " + p.full_name + ": a change shows on every record they are on."));
  fields.push_back(TextField("phone", "Phone number", "", value("phone", p.phone), "20", "tel", "off"));
  fields.push_back(TextField("email", "Email address", "", value("email", p.email), "", "email", "off"));
  fields.push_back(AreaField("address", "Address", "", value("address", p.address)));
  fields.push_back(AreaField("reason", "Why is this changing? (optional)", "", FormField(form, "reason")));
  return fields;
}

Json ChangeInput(const LinkedPerson& p, const Form& form) {
  Json input = Json::object();
  const std::string move = FormField(form, "home_move");
  if (!move.empty() && move != "none") input["home_move"] = {{"change", move}, {"on", DateFrom(form, "move_on").Iso()}};
  const bool holds = FormField(form, "pr_holds") == "yes";
  const std::string basis = holds ? FormField(form, "pr_basis") : "";
  const TypedDate since_parts = DateFrom(form, "pr_since");
  const std::string since = holds && !since_parts.Blank() ? since_parts.Iso() : "";
  if (holds != p.parental_responsibility || basis != p.parental_responsibility_basis ||
      since != p.parental_responsibility_since) {
    Json pr{{"holds", holds}};
    PutIfGiven(pr, "basis", basis);
    PutIfGiven(pr, "since", since);
    input["parental_responsibility"] = pr;
  }
  const std::string relationship = FormField(form, "relationship");
  if (relationship != RelationshipCodeOf(p.relationship) ||
      (relationship != p.relationship && FindRelationshipType(p.relationship))) {
    input["relationship"] = relationship;
  }
  const std::string important = FormField(form, "important_to");
  if (!important.empty() && important != p.important_to) input["important_to"] = important;
  Json contact = Json::object();
  PutIfGiven(contact, "phone", FormField(form, "phone"));
  PutIfGiven(contact, "email", FormField(form, "email"));
  PutIfGiven(contact, "address", FormField(form, "address"));
  if (!contact.empty()) input["contact"] = contact;
  PutIfGiven(input, "reason", FormField(form, "reason"));
  return input;
}

// --- Family time and private providers ------------------------------------------------------------

Json FamilyTimeFields(const ChildRecord& child, const std::vector<LinkedPerson>& people, const Form& form) {
  const std::string first = FirstName(child.summary.full_name);
  std::vector<Option> options;
  for (const auto& p : people) options.push_back({p.person_id, p.full_name, RelationshipLabel(p.relationship)});
  std::set<std::string> chosen;
  for (auto [it, end] = form.equal_range("with"); it != end; ++it) chosen.insert(it->second);
  Json fields = Json::array();
  if (!options.empty()) {
    fields.push_back(ChoiceField("with", "Who does " + first + " spend this time with?", "Choose everyone who applies.",
                                 options, chosen, true));
  }
  fields.push_back(TextField(
      "with_other",
      options.empty() ? "Who does " + first + " spend this time with?" : "Someone not on the record (optional)",
      "Their name", FormField(form, "with_other")));
  fields.push_back(
      TextField("how_often", "How often", "For example, every Saturday afternoon", FormField(form, "how_often")));
  fields.push_back(TextField("place", "Where (optional)", "", FormField(form, "place")));
  fields.push_back(ChoiceField("support", "Is the time supervised?", "",
                               {{"supervised", "Supervised", "Someone stays with them all the time."},
                                {"supported", "Supported", "Someone helps, but does not stay all the time."},
                                {"unsupervised", "Unsupervised", ""}},
                               {FormField(form, "support")}));
  fields.push_back(DateField("starts_on", "When does it start?", "", DateFrom(form, "starts_on")));
  fields.push_back(DateField("ends_on", "When does it end? (optional)", "", DateFrom(form, "ends_on")));
  fields.push_back(AreaField("childs_views", first + "’s views about it (optional)",
                             "In their own words where you can.", FormField(form, "childs_views")));
  return fields;
}

Json FamilyTimeInput(const Form& form) {
  Json with = Json::array();
  for (auto [it, end] = form.equal_range("with"); it != end; ++it) {
    if (!it->second.empty()) with.push_back({{"person_id", it->second}});
  }
  if (!FormField(form, "with_other").empty()) with.push_back({{"name", FormField(form, "with_other")}});
  Json input{{"with", with}, {"how_often", FormField(form, "how_often")}};
  PutIfGiven(input, "where", FormField(form, "place"));
  PutIfGiven(input, "support", FormField(form, "support"));
  const TypedDate starts = DateFrom(form, "starts_on"), ends = DateFrom(form, "ends_on");
  if (!starts.Blank()) input["starts_on"] = starts.Iso();
  if (!ends.Blank()) input["ends_on"] = ends.Iso();
  PutIfGiven(input, "childs_views", FormField(form, "childs_views"));
  return input;
}

Json ProviderFields(const Form& form) {
  std::vector<Option> kinds{{"", "Choose the kind of provider", ""}};
  for (const auto& k : PrivateProviderKinds()) kinds.push_back({k.code, k.label, ""});
  Json fields = Json::array();
  fields.push_back(TextField("provider_name", "Provider’s name", "", FormField(form, "provider_name")));
  fields.push_back(SelectField("kind", "Kind of provider", "", kinds, FormField(form, "kind")));
  fields.push_back(TextField("ofsted_urn", "Ofsted number (optional)",
                             "As it appears on the Ofsted report, like SC123456", FormField(form, "ofsted_urn"), "10"));
  fields.push_back(AreaField("arrangement", "What they provide for the child", "", FormField(form, "arrangement")));
  fields.push_back(DateField("starts_on", "When did it start?", "", DateFrom(form, "starts_on")));
  fields.push_back(DateField("ends_on", "When did it end? (optional)", "", DateFrom(form, "ends_on")));
  return fields;
}

Json ProviderInput(const Form& form) {
  Json input = Json::object();
  for (const char* key : {"provider_name", "kind", "ofsted_urn", "arrangement"})
    PutIfGiven(input, key, FormField(form, key));
  const TypedDate starts = DateFrom(form, "starts_on"), ends = DateFrom(form, "ends_on");
  if (!starts.Blank()) input["starts_on"] = starts.Iso();
  if (!ends.Blank()) input["ends_on"] = ends.Iso();
  return input;
}

}  // namespace

std::vector<FeatureEndpoint> PeopleFormEndpoints(AppContext& context, PeopleService& service) {
  std::vector<FeatureEndpoint> out;

  // R3, R5: someone in the child's life, or someone already on a brother's or sister's record.
  RecordForm person{.detail = "person form", .field_for = FormNameFor};
  person.view = [&service](const Request& request, const ChildRecord& child, const Form& form,
                           bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(auto siblings,
                        service.PeopleOfSiblings(*request.principal, child.summary.id, AccessContextOf(request)));
    return PeopleFormView(child, "Add a person",
                          "Someone in " + FirstName(child.summary.full_name) +
                              "’s life: family, carers, friends, neighbours or professionals.",
                          "Add the person", AddPersonFields(child, siblings, form), "full_name");
  };
  person.submit = [&service](const Request& request, const ChildRecord& child,
                             const Form& form) -> Result<std::string> {
    CR_RETURN_IF_ERROR(
        service.AddPerson(*request.principal, child.summary.id, AddPersonInput(form), AccessContextOf(request)));
    return PeoplePath(child) + "?saved=person";
  };
  AddRecordForm(out, context, "/children/{id}/people/new", std::move(person));

  // R3: a change to someone's place in the child's life, kept with its history.
  auto linked = [&service](const Request& request, const ChildRecord& child) -> Result<LinkedPerson> {
    CR_ASSIGN_OR_RETURN(auto overview,
                        service.ReadPeopleOverview(*request.principal, child.summary.id, AccessContextOf(request)));
    const std::string link_id = request.PathParam("link_id");
    for (const LinkedPerson& p : overview.people) {
      if (p.link_id == link_id) return p;
    }
    return Error::NotFound("There is no such person on this record");
  };
  RecordForm change{.detail = "person change form", .field_for = FormNameFor};
  change.view = [linked](const Request& request, const ChildRecord& child, const Form& form,
                         bool posted) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(LinkedPerson p, linked(request, child));
    return PeopleFormView(child, "Change " + p.full_name + "’s details",
                          "Earlier details are kept in the record’s history.", "Save the change",
                          ChangeFields(child, p, form, posted), "home_move");
  };
  change.submit = [&service, linked](const Request& request, const ChildRecord& child,
                                     const Form& form) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(LinkedPerson p, linked(request, child));
    CR_RETURN_IF_ERROR(service.ChangePersonLink(*request.principal, child.summary.id, p.link_id, ChangeInput(p, form),
                                                AccessContextOf(request)));
    return PeoplePath(child) + "?saved=change";
  };
  AddRecordForm(out, context, "/children/{id}/people/{link_id}/change", std::move(change));

  // R7: family time, with whom, how often and how it is supported.
  RecordForm family_time{.detail = "family time form", .field_for = FormNameFor};
  family_time.view = [&service](const Request& request, const ChildRecord& child, const Form& form,
                                bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(auto people,
                        service.ListPeople(*request.principal, child.summary.id, AccessContextOf(request)));
    return PeopleFormView(child, "Arrange family time",
                          "Time " + FirstName(child.summary.full_name) +
                              " spends with family and important people, and how it is supported.",
                          "Save the family time", FamilyTimeFields(child, people, form),
                          people.empty() ? "with_other" : "with");
  };
  family_time.submit = [&service](const Request& request, const ChildRecord& child,
                                  const Form& form) -> Result<std::string> {
    CR_RETURN_IF_ERROR(service.ArrangeFamilyTime(*request.principal, child.summary.id, FamilyTimeInput(form),
                                                 AccessContextOf(request)));
    return PeoplePath(child) + "?saved=family-time#family-time";
  };
  AddRecordForm(out, context, "/children/{id}/family-time/new", std::move(family_time));

  // R13: a private provider (an independent fostering agency, a children's home).
  RecordForm provider{.detail = "private provider form", .field_for = FormNameFor};
  provider.view = [](const Request&, const ChildRecord& child, const Form& form, bool) -> Result<RecordFormView> {
    return PeopleFormView(child, "Add a private provider",
                          "A provider not run by the council, such as an independent fostering agency.",
                          "Save the provider", ProviderFields(form), "provider_name");
  };
  provider.submit = [&service](const Request& request, const ChildRecord& child,
                               const Form& form) -> Result<std::string> {
    CR_RETURN_IF_ERROR(service.RecordPrivateProvider(*request.principal, child.summary.id, ProviderInput(form),
                                                     AccessContextOf(request)));
    return PeoplePath(child) + "?saved=provider#private-providers";
  };
  AddRecordForm(out, context, "/children/{id}/private-providers/new", std::move(provider));

  // R20: a person's sex, date of birth or birth order, and whether they died, for the genogram.
  RecordForm details{.detail = "person details form", .field_for = FormNameFor};
  details.view = [linked](const Request& request, const ChildRecord& child, const Form& form,
                          bool posted) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(LinkedPerson p, linked(request, child));
    return PeopleFormView(child, "Record " + p.full_name + "’s details",
                          "What the family tree needs. Earlier details are kept in the record’s history.",
                          "Save the details", DetailFields(p, form, posted), "sex");
  };
  details.submit = [&service, linked](const Request& request, const ChildRecord& child,
                                      const Form& form) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(LinkedPerson p, linked(request, child));
    CR_RETURN_IF_ERROR(service.RecordPersonDetails(*request.principal, child.summary.id, p.link_id, DetailInput(form),
                                                   AccessContextOf(request)));
    return PeoplePath(child) + "?saved=details";
  };
  AddRecordForm(out, context, "/children/{id}/people/{link_id}/details", std::move(details));

  // R20: a relationship between two adults on the record (married, separated, divorced...).
  RecordForm partnership{.detail = "relationship form", .field_for = FormNameFor};
  partnership.view = [&service](const Request& request, const ChildRecord& child, const Form& form,
                                bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(auto people,
                        service.ListPeople(*request.principal, child.summary.id, AccessContextOf(request)));
    return PeopleFormView(child, "Record a relationship between adults",
                          "For example, " + FirstName(child.summary.full_name) +
                              "’s parents are married, or separated. It is drawn on the family tree.",
                          "Save the relationship", PartnershipFields(people, form), "first_person_id");
  };
  partnership.submit = [&service](const Request& request, const ChildRecord& child,
                                  const Form& form) -> Result<std::string> {
    CR_RETURN_IF_ERROR(service.RecordPartnership(*request.principal, child.summary.id, PartnershipInput(form),
                                                 AccessContextOf(request)));
    return PeoplePath(child) + "?saved=relationship#relationships";
  };
  AddRecordForm(out, context, "/children/{id}/partnerships/new", std::move(partnership));
  return out;
}

}  // namespace childrecord::features::people
