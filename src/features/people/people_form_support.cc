#include "features/people/people_form_support.h"

#include "web/page_support.h"

namespace childrecord::features::people {

Json BaseField(const std::string& kind, const std::string& name, const std::string& label, const std::string& hint) {
  Json f{{"is_heading", false}, {"is_text", false},  {"is_textarea", false}, {"is_select", false},
         {"is_choices", false}, {"is_date", false},  {"checkboxes", false},  {"name", name},
         {"label", label},      {"hint", hint.empty() ? Json(nullptr) : Json(hint)},
         {"error", nullptr},    {"value", ""},       {"width", nullptr},     {"autocomplete", nullptr},
         {"input_type", "text"}, {"options", Json::array()}, {"day", ""}, {"month", ""}, {"year", ""}};
  f[kind] = true;
  return f;
}

Json Heading(const std::string& label, const std::string& hint) { return BaseField("is_heading", "", label, hint); }

Json TextField(const std::string& name, const std::string& label, const std::string& hint, const std::string& value,
               const std::string& width, const std::string& type, const std::string& autocomplete) {
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

Json SelectField(const std::string& name, const std::string& label, const std::string& hint,
                 const std::vector<Option>& options, const std::string& selected) {
  Json f = BaseField("is_select", name, label, hint);
  for (const auto& o : options) f["options"].push_back({{"value", o.value}, {"text", o.text}, {"selected", o.value == selected}});
  return f;
}

Json ChoiceField(const std::string& name, const std::string& label, const std::string& hint,
                 const std::vector<Option>& options, const std::set<std::string>& selected, bool checkboxes) {
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

}  // namespace childrecord::features::people
