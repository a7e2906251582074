#include "web/people_pages.h"

#include <set>

#include "core/time_format.h"
#include "http/error_response.h"
#include "http/url.h"
#include "record/household.h"
#include "record/person_link_change.h"
#include "web/page_support.h"
#include "web/record_page.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// --- Form fields for the generic people_form template ---------------------------------------------
// Every field carries every key the template asks about, so Mustache never looks a key up in an
// outer context by accident.

Json BaseField(const std::string& kind, const std::string& name, const std::string& label, const std::string& hint) {
  Json f{{"is_heading", false}, {"is_text", false},  {"is_textarea", false}, {"is_select", false},
         {"is_choices", false}, {"is_date", false},  {"checkboxes", false},  {"name", name},
         {"label", label},      {"hint", hint.empty() ? Json(nullptr) : Json(hint)},
         {"error", nullptr},    {"value", ""},       {"width", nullptr},     {"autocomplete", nullptr},
         {"input_type", "text"}, {"options", Json::array()}, {"day", ""}, {"month", ""}, {"year", ""}};
  f[kind] = true;
  return f;
}

Json Heading(const std::string& label, const std::string& hint = "") { return BaseField("is_heading", "", label, hint); }

Json TextField(const std::string& name, const std::string& label, const std::string& hint, const std::string& value,
               const std::string& width = "", const std::string& type = "text", const std::string& autocomplete = "") {
  Json f = BaseField("is_text", name, label, hint);
  f["value"] = value;
  if (!width.empty()) f["width"] = width;
  f["input_type"] = type;
  if (!autocomplete.empty()) f["autocomplete"] = autocomplete;
  return f;
}

Json AreaField(const std::string& name, const std::string& label, const std::string& hint, const std::string& value) {
  Json f = BaseField("is_textarea", name, label, hint);
  f["value"] = value;
  return f;
}

struct Option {
  std::string value, text, hint;
};

Json SelectField(const std::string& name, const std::string& label, const std::string& hint,
                 const std::vector<Option>& options, const std::string& selected) {
  Json f = BaseField("is_select", name, label, hint);
  for (const auto& o : options) f["options"].push_back({{"value", o.value}, {"text", o.text}, {"selected", o.value == selected}});
  return f;
}

Json ChoiceField(const std::string& name, const std::string& label, const std::string& hint,
                 const std::vector<Option>& options, const std::set<std::string>& selected, bool checkboxes = false) {
  Json f = BaseField("is_choices", name, label, hint);
  f["checkboxes"] = checkboxes;
  for (size_t i = 0; i < options.size(); ++i) {
    const auto& o = options[i];
    f["options"].push_back({{"id", i == 0 ? name : name + "-" + std::to_string(i + 1)},
                            {"value", o.value},
                            {"text", o.text},
                            {"hint", o.hint.empty() ? Json(nullptr) : Json(o.hint)},
                            {"selected", selected.count(o.value) > 0}});
  }
  return f;
}

// A date typed as day, month and year, kept as typed.
struct DateParts {
  std::string day, month, year;
  bool Blank() const { return day.empty() && month.empty() && year.empty(); }
  // "YYYY-MM-DD" for the rules to check; what was typed otherwise, which they refuse by name.
  std::string Iso() const {
    auto digits = [](const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; };
    if (!digits(day) || !digits(month) || !digits(year) || year.size() != 4 || day.size() > 2 || month.size() > 2) {
      return year + "-" + month + "-" + day;
    }
    return year + "-" + (month.size() == 1 ? "0" : "") + month + "-" + (day.size() == 1 ? "0" : "") + day;
  }
};

DateParts DateFrom(const Form& form, const std::string& name) {
  auto trim = [](std::string s) {
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t") + 1);
    return s;
  };
  return {trim(FormField(form, name + "-day")), trim(FormField(form, name + "-month")),
          trim(FormField(form, name + "-year"))};
}

DateParts DateOfIso(const std::string& iso) {
  auto d = ParseIsoDate(iso);
  if (!d) return {};
  return {std::to_string(static_cast<unsigned>(d->day())), std::to_string(static_cast<unsigned>(d->month())),
          std::to_string(static_cast<int>(d->year()))};
}

Json DateField(const std::string& name, const std::string& label, const std::string& hint, const DateParts& value) {
  Json f = BaseField("is_date", name, label, hint);
  f["day"] = value.day;
  f["month"] = value.month;
  f["year"] = value.year;
  return f;
}

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

// Puts the error beside its field and in the summary, linking to the field's first input.
void ShowError(Json& data, const Error& error, const std::string& default_field) {
  std::string name = FormNameFor(error.field.empty() ? default_field : error.field);
  Json* target = nullptr;
  for (auto& f : data["fields"]) {
    if (f["name"] == name) target = &f;
  }
  if (target == nullptr) {
    for (auto& f : data["fields"]) {
      if (f["name"] == default_field) target = &f;
    }
  }
  std::string anchor = name;
  if (target != nullptr) {
    (*target)["error"] = error.message;
    anchor = (*target)["name"].get<std::string>();
    if ((*target)["is_date"].get<bool>()) anchor += "-day";
  }
  data["errors"] = Json::array({{{"message", error.message}, {"href", "#" + anchor}}});
  data["has_errors"] = true;
}

Response RenderForm(AppContext& context, const Request& request, const ChildRecord& child, const std::string& heading,
                    const std::string& intro, const std::string& action, const std::string& submit, Json fields,
                    const Error* error, const std::string& default_field) {
  const std::string& name = child.summary.full_name;
  Json data{{"child_name", name},
            {"heading", heading},
            {"intro", intro.empty() ? Json(nullptr) : Json(intro)},
            {"action", action},
            {"submit_label", submit},
            {"back_href", "/children/" + child.summary.id + "/people"},
            {"csrf_token", request.principal->csrf_token},
            {"fields", std::move(fields)},
            {"errors", Json::array()},
            {"has_errors", false}};
  if (error != nullptr) ShowError(data, *error, default_field);
  return RenderPage(context, request, "people_form", std::string(error ? "Error: " : "") + heading + " – " + name, data,
                    error ? 422 : 200, "children");
}

// --- Words for the page ----------------------------------------------------------------------------

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
              {"pr_since", p.parental_responsibility_since.empty() ? Json(nullptr)
                                                                   : Json(UkDate(p.parental_responsibility_since))},
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

// The child whose record a form writes on: recording must be allowed (decided and logged).
Result<ChildRecord> ChildForRecording(AppContext& context, const Request& request, const std::string& detail) {
  const AccessContext access = AccessContextOf(request);
  const std::string id = request.PathParam("id");
  CR_RETURN_IF_ERROR(context.records.Authorize(*request.principal, id, AccessAction::kRecordEntry, access, detail));
  return context.records.GetChild(*request.principal, id, access);
}

// Reads a posted form, checking its CSRF token; the error page to answer otherwise.
std::optional<Response> ReadPosted(AppContext& context, Request& request, Form& form) {
  if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
  return std::nullopt;
}

void PutIfGiven(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

// --- Add a person ------------------------------------------------------------------------------

Json AddPersonFields(const ChildRecord& child, const std::vector<RecordService::SiblingPerson>& siblings,
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
    fields.push_back(ChoiceField("person_id", "Is this someone already on a brother’s or sister’s record?",
                                 "They are linked, not copied: a change to their contact details shows on every record.",
                                 options, {FormField(form, "person_id")}));
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
  const DateParts moved_in = DateFrom(form, "moved_in");
  if (!moved_in.Blank()) input["home_periods"] = Json::array({{{"moved_in", moved_in.Iso()}}});
  Json pr = Json::object();
  const std::string holds = FormField(form, "pr_holds");
  if (!holds.empty()) pr["holds"] = holds == "yes";
  PutIfGiven(pr, "basis", FormField(form, "pr_basis"));
  const DateParts since = DateFrom(form, "pr_since");
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
  fields.push_back(ChoiceField("home_move", "Has " + p.full_name + " moved in or out of " + first + "’s home?", "",
                               {{"none", "No change", ""}, {"moved_in", "Moved in", ""}, {"moved_out", "Moved out", ""}},
                               {value("home_move", "none")}));
  fields.push_back(DateField("move_on", "When did they move?", "", posted ? DateFrom(form, "move_on") : DateParts{}));
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
  fields.push_back(Heading("Contact details", "These belong to " + p.full_name +
                                                  ": a change shows on every record they are on."));
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
  const DateParts since_parts = DateFrom(form, "pr_since");
  const std::string since = holds && !since_parts.Blank() ? since_parts.Iso() : "";
  if (holds != p.parental_responsibility || basis != p.parental_responsibility_basis ||
      since != p.parental_responsibility_since) {
    Json pr{{"holds", holds}};
    PutIfGiven(pr, "basis", basis);
    PutIfGiven(pr, "since", since);
    input["parental_responsibility"] = pr;
  }
  const std::string relationship = FormField(form, "relationship");
  if (relationship != RelationshipCodeOf(p.relationship) || (relationship != p.relationship && FindRelationshipType(p.relationship))) {
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
  fields.push_back(TextField("with_other", options.empty() ? "Who does " + first + " spend this time with?"
                                                            : "Someone not on the record (optional)",
                             "Their name", FormField(form, "with_other")));
  fields.push_back(TextField("how_often", "How often", "For example, every Saturday afternoon", FormField(form, "how_often")));
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
  const DateParts starts = DateFrom(form, "starts_on"), ends = DateFrom(form, "ends_on");
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
  fields.push_back(TextField("ofsted_urn", "Ofsted number (optional)", "As it appears on the Ofsted report, like SC123456",
                             FormField(form, "ofsted_urn"), "10"));
  fields.push_back(AreaField("arrangement", "What they provide for the child", "", FormField(form, "arrangement")));
  fields.push_back(DateField("starts_on", "When did it start?", "", DateFrom(form, "starts_on")));
  fields.push_back(DateField("ends_on", "When did it end? (optional)", "", DateFrom(form, "ends_on")));
  return fields;
}

Json ProviderInput(const Form& form) {
  Json input = Json::object();
  for (const char* key : {"provider_name", "kind", "ofsted_urn", "arrangement"}) PutIfGiven(input, key, FormField(form, key));
  const DateParts starts = DateFrom(form, "starts_on"), ends = DateFrom(form, "ends_on");
  if (!starts.Blank()) input["starts_on"] = starts.Iso();
  if (!ends.Blank()) input["ends_on"] = ends.Iso();
  return input;
}

const std::map<std::string, std::string>& SavedMessages() {
  static const auto* m = new std::map<std::string, std::string>{{"person", "The person was added"},
                                                               {"change", "The change was saved"},
                                                               {"family-time", "The family time was saved"},
                                                               {"provider", "The private provider was saved"}};
  return *m;
}

Response PeopleTab(AppContext& context, Request& request) {
  const Principal& who = *request.principal;
  const std::string id = request.PathParam("id");
  const AccessContext access = AccessContextOf(request);
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord* child = &std::get<ChildRecord>(loaded);
  auto overview = context.records.ReadPeopleOverview(who, id, access);
  if (!overview.ok()) return ErrorPage(context, request, overview.error());
  auto facts = context.store.GetChildAccess(context.tenant.id, id);
  const bool may_record = facts.ok() && DecideRecordAccess(who.user, AccessAction::kRecordEntry, *facts, false) ==
                                            AccessDecision::kAllowed;
  const Date today = LondonDate(context.store.clock().Now());
  const std::string child_path = "/children/" + id;
  const std::string first = FirstName(child->summary.full_name);

  Json household = Json::array(), important_child = Json::array(), important_parents = Json::array();
  std::map<std::string, std::string> names;
  for (const auto& p : overview->people) {
    names[p.link_id] = p.full_name;
    const bool lives = LivesNow(p, today);
    Json card = PersonCard(p, lives, may_record ? child_path + "/people/" + p.link_id + "/change" : "");
    if (lives) {
      household.push_back(std::move(card));
    } else if (p.important_to == "parents") {
      important_parents.push_back(std::move(card));
    } else {
      important_child.push_back(std::move(card));
    }
  }
  Json groups = Json::array(
      {{{"id", "household"},
        {"heading", "Living in the home now"},
        {"intro", "Everyone living in " + first + "’s home. People with parental responsibility are marked."},
        {"empty", "The record does not show anyone living in the home."},
        {"people", household}},
       {{"id", "important-child"},
        {"heading", "Other family and important people of " + first},
        {"intro", nullptr},
        {"empty", "No-one else has been recorded yet."},
        {"people", important_child}},
       {{"id", "important-parents"},
        {"heading", "Important people of the parents and carers"},
        {"intro", nullptr},
        {"empty", "No-one has been recorded yet."},
        {"people", important_parents}}});

  Json family_time = Json::array();
  for (const auto& f : overview->family_time) {
    std::string with;
    Json list = Json::parse(f.with_people.empty() ? "[]" : f.with_people, nullptr, false);
    for (const auto& w : list.is_array() ? list : Json::array()) {
      std::string name = w.contains("full_name") && w["full_name"].is_string() ? w["full_name"].get<std::string>()
                         : w.contains("name") && w["name"].is_string()         ? w["name"].get<std::string>()
                                                                               : "someone";
      with += (with.empty() ? "" : ", ") + name;
    }
    const std::string support = f.support == "supervised" ? "Supervised" : f.support == "supported" ? "Supported" : "Unsupervised";
    family_time.push_back({{"with", with},
                           {"how_often", f.how_often},
                           {"where", f.place},
                           {"support", support},
                           {"dates", Dates(f.starts_on, f.ends_on)},
                           {"childs_views", f.childs_views}});
  }
  Json providers = Json::array();
  for (const auto& v : overview->providers) {
    const LabelledCode* kind = FindCode(PrivateProviderKinds(), v.kind);
    providers.push_back({{"provider_name", v.provider_name},
                         {"kind", kind ? kind->label : v.kind},
                         {"ofsted_urn", v.ofsted_urn},
                         {"arrangement", v.arrangement},
                         {"dates", Dates(v.starts_on, v.ends_on)}});
  }
  Json changes = Json::array();
  for (const auto& c : overview->changes) {
    std::string reason = c.reason;
    if (!c.entry_id.empty() && reason.empty()) reason = "Recorded on a visit";
    changes.push_back({{"recorded_at", UkDateTimeOf(c.recorded_at)},
                       {"full_name", names.count(c.link_id) ? names[c.link_id] : std::string()},
                       {"what", ChangeWords(c)},
                       {"reason", reason.empty() ? Json(nullptr) : Json(reason)},
                       {"recorded_by", c.recorded_by_name}});
  }
  Json data{{"child_name", child->summary.full_name},
            {"child_first", first},
            {"child_href", child_path},
            {"people_href", child_path + "/people"},
            {"may_record", may_record},
            {"add_person_href", child_path + "/people/new"},
            {"add_family_time_href", child_path + "/family-time/new"},
            {"add_provider_href", child_path + "/private-providers/new"},
            {"groups", groups},
            {"family_time", family_time},
            {"providers", providers},
            {"changes", changes},
            {"has_changes", !changes.empty()}};
  auto saved = SavedMessages().find(request.Query("saved"));
  data["saved"] = saved == SavedMessages().end() ? Json(nullptr) : Json(saved->second);
  return RenderRecordPage(context, request, *child, "people", "people", "People – " + child->summary.full_name, data);
}

}  // namespace

void AddPeoplePageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/children/{id}/people", SignedIn(context, [&context](Request& request) {
               return PeopleTab(context, request);
             }));

  auto add_person = [&context](Request& request, bool posted) {
    const Principal& who = *request.principal;
    Form form;
    if (posted) {
      if (auto refused = ReadPosted(context, request, form)) return *refused;
    }
    auto child = ChildForRecording(context, request, "person form");
    if (!child.ok()) return ErrorPage(context, request, child.error());
    auto siblings = context.records.PeopleOfSiblings(who, child->summary.id, AccessContextOf(request));
    if (!siblings.ok()) return ErrorPage(context, request, siblings.error());
    const std::string action = "/children/" + child->summary.id + "/people/new";
    const std::string heading = "Add a person";
    const std::string intro = "Someone in " + FirstName(child->summary.full_name) +
                              "’s life: family, carers, friends, neighbours or professionals.";
    if (!posted) {
      return RenderForm(context, request, *child, heading, intro, action, "Add the person",
                        AddPersonFields(*child, *siblings, form), nullptr, "full_name");
    }
    auto saved = context.records.AddPerson(who, child->summary.id, AddPersonInput(form), AccessContextOf(request));
    if (!saved.ok()) {
      if (saved.error().code != ErrorCode::kValidation) return ErrorPage(context, request, saved.error());
      return RenderForm(context, request, *child, heading, intro, action, "Add the person",
                        AddPersonFields(*child, *siblings, form), &saved.error(), "full_name");
    }
    return Response::Redirect("/children/" + child->summary.id + "/people?saved=person");
  };
  router.Add("GET", "/children/{id}/people/new",
             SignedIn(context, [add_person](Request& request) { return add_person(request, false); }));
  router.Add("POST", "/children/{id}/people/new",
             SignedIn(context, [add_person](Request& request) { return add_person(request, true); }));

  auto change = [&context](Request& request, bool posted) {
    const Principal& who = *request.principal;
    Form form;
    if (posted) {
      if (auto refused = ReadPosted(context, request, form)) return *refused;
    }
    auto child = ChildForRecording(context, request, "person change form");
    if (!child.ok()) return ErrorPage(context, request, child.error());
    auto overview = context.records.ReadPeopleOverview(who, child->summary.id, AccessContextOf(request));
    if (!overview.ok()) return ErrorPage(context, request, overview.error());
    const std::string link_id = request.PathParam("link_id");
    auto it = std::find_if(overview->people.begin(), overview->people.end(),
                           [&](const LinkedPerson& p) { return p.link_id == link_id; });
    if (it == overview->people.end()) {
      return ErrorPage(context, request, Error::NotFound("There is no such person on this record"));
    }
    const std::string action = "/children/" + child->summary.id + "/people/" + link_id + "/change";
    const std::string heading = "Change " + it->full_name + "’s details";
    const std::string intro = "Earlier details are kept in the record’s history.";
    if (!posted) {
      return RenderForm(context, request, *child, heading, intro, action, "Save the change",
                        ChangeFields(*child, *it, form, false), nullptr, "home_move");
    }
    auto saved = context.records.ChangePersonLink(who, child->summary.id, link_id, ChangeInput(*it, form),
                                                  AccessContextOf(request));
    if (!saved.ok()) {
      const ErrorCode code = saved.error().code;
      if (code != ErrorCode::kValidation && code != ErrorCode::kConflict) return ErrorPage(context, request, saved.error());
      return RenderForm(context, request, *child, heading, intro, action, "Save the change",
                        ChangeFields(*child, *it, form, true), &saved.error(), "home_move");
    }
    return Response::Redirect("/children/" + child->summary.id + "/people?saved=change");
  };
  router.Add("GET", "/children/{id}/people/{link_id}/change",
             SignedIn(context, [change](Request& request) { return change(request, false); }));
  router.Add("POST", "/children/{id}/people/{link_id}/change",
             SignedIn(context, [change](Request& request) { return change(request, true); }));

  auto family_time = [&context](Request& request, bool posted) {
    const Principal& who = *request.principal;
    Form form;
    if (posted) {
      if (auto refused = ReadPosted(context, request, form)) return *refused;
    }
    auto child = ChildForRecording(context, request, "family time form");
    if (!child.ok()) return ErrorPage(context, request, child.error());
    auto people = context.records.ListPeople(who, child->summary.id, AccessContextOf(request));
    if (!people.ok()) return ErrorPage(context, request, people.error());
    const std::string action = "/children/" + child->summary.id + "/family-time/new";
    const std::string heading = "Arrange family time";
    const std::string intro = "Time " + FirstName(child->summary.full_name) +
                              " spends with family and important people, and how it is supported.";
    const std::string first_field = people->empty() ? "with_other" : "with";
    if (!posted) {
      return RenderForm(context, request, *child, heading, intro, action, "Save the family time",
                        FamilyTimeFields(*child, *people, form), nullptr, first_field);
    }
    auto saved = context.records.ArrangeFamilyTime(who, child->summary.id, FamilyTimeInput(form), AccessContextOf(request));
    if (!saved.ok()) {
      if (saved.error().code != ErrorCode::kValidation) return ErrorPage(context, request, saved.error());
      Error e = saved.error();
      if (e.field.rfind("with", 0) == 0) e.field = first_field;
      return RenderForm(context, request, *child, heading, intro, action, "Save the family time",
                        FamilyTimeFields(*child, *people, form), &e, first_field);
    }
    return Response::Redirect("/children/" + child->summary.id + "/people?saved=family-time#family-time");
  };
  router.Add("GET", "/children/{id}/family-time/new",
             SignedIn(context, [family_time](Request& request) { return family_time(request, false); }));
  router.Add("POST", "/children/{id}/family-time/new",
             SignedIn(context, [family_time](Request& request) { return family_time(request, true); }));

  auto provider = [&context](Request& request, bool posted) {
    const Principal& who = *request.principal;
    Form form;
    if (posted) {
      if (auto refused = ReadPosted(context, request, form)) return *refused;
    }
    auto child = ChildForRecording(context, request, "private provider form");
    if (!child.ok()) return ErrorPage(context, request, child.error());
    const std::string action = "/children/" + child->summary.id + "/private-providers/new";
    const std::string heading = "Add a private provider";
    const std::string intro = "A provider not run by the council, such as an independent fostering agency.";
    if (!posted) {
      return RenderForm(context, request, *child, heading, intro, action, "Save the provider", ProviderFields(form),
                        nullptr, "provider_name");
    }
    auto saved = context.records.RecordPrivateProvider(who, child->summary.id, ProviderInput(form), AccessContextOf(request));
    if (!saved.ok()) {
      if (saved.error().code != ErrorCode::kValidation) return ErrorPage(context, request, saved.error());
      return RenderForm(context, request, *child, heading, intro, action, "Save the provider", ProviderFields(form),
                        &saved.error(), "provider_name");
    }
    return Response::Redirect("/children/" + child->summary.id + "/people?saved=provider#private-providers");
  };
  router.Add("GET", "/children/{id}/private-providers/new",
             SignedIn(context, [provider](Request& request) { return provider(request, false); }));
  router.Add("POST", "/children/{id}/private-providers/new",
             SignedIn(context, [provider](Request& request) { return provider(request, true); }));
}

}  // namespace childrecord
