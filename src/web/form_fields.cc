#include "web/form_fields.h"

#include "web/page_support.h"

namespace childrecord {

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

TypedDate DateFrom(const Form& form, const std::string& name) {
  auto trim = [](std::string s) {
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t") + 1);
    return s;
  };
  return {trim(FormField(form, name + "-day")), trim(FormField(form, name + "-month")),
          trim(FormField(form, name + "-year"))};
}

TypedDate DateOfIso(const std::string& iso) {
  auto d = ParseIsoDate(iso);
  if (!d) return {};
  return {std::to_string(static_cast<unsigned>(d->day())), std::to_string(static_cast<unsigned>(d->month())),
          std::to_string(static_cast<int>(d->year()))};
}

Json DateField(const std::string& name, const std::string& label, const std::string& hint, const TypedDate& value) {
  Json f = BaseField("is_date", name, label, hint);
  f["day"] = value.day;
  f["month"] = value.month;
  f["year"] = value.year;
  return f;
}

void ShowErrors(Json& data, const std::vector<Error>& errors, const std::string& default_field,
                const std::function<std::string(const std::string&)>& field_for) {
  Json summary = Json::array();
  for (const Error& error : errors) {
    const std::string name = error.field.empty() ? default_field : (field_for ? field_for(error.field) : error.field);
    Json* target = nullptr;
    for (const std::string& wanted : {name, default_field}) {
      for (auto& f : data["fields"]) {
        if (target == nullptr && !f["is_heading"].get<bool>() && f["name"] == wanted) target = &f;
      }
    }
    std::string anchor = name;
    if (target != nullptr) {
      if ((*target)["error"].is_null()) (*target)["error"] = error.message;  // a field shows its first error
      anchor = (*target)["name"].get<std::string>();
      if ((*target)["is_date"].get<bool>()) anchor += "-day";
      if ((*target)["is_choices"].get<bool>() && !(*target)["options"].empty()) {
        anchor = (*target)["options"][0]["id"].get<std::string>();
      }
    }
    summary.push_back({{"message", error.message}, {"href", "#" + anchor}});
  }
  data["errors"] = std::move(summary);
  data["has_errors"] = !data["errors"].empty();
}

}  // namespace childrecord
