#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time_format.h"
#include "http/request.h"
#include "http/url.h"
#include "record/read_models.h"
#include "service/app_context.h"
#include "web/page_support.h"

namespace childrecord::features::people {

// The generic people_form template's fields (every field carries every key the template asks
// about, so Mustache never looks a key up in an outer context by accident), dates typed as day,
// month and year, and rendering a form with its error. For the People forms (people_pages.cc).

Json BaseField(const std::string& kind, const std::string& name, const std::string& label, const std::string& hint);

Json Heading(const std::string& label, const std::string& hint = "");

Json TextField(const std::string& name, const std::string& label, const std::string& hint, const std::string& value,
               const std::string& width = "", const std::string& type = "text", const std::string& autocomplete = "");

Json AreaField(const std::string& name, const std::string& label, const std::string& hint, const std::string& value);

struct Option {
  std::string value, text, hint;
};

Json SelectField(const std::string& name, const std::string& label, const std::string& hint,
                 const std::vector<Option>& options, const std::string& selected);

Json ChoiceField(const std::string& name, const std::string& label, const std::string& hint,
                 const std::vector<Option>& options, const std::set<std::string>& selected, bool checkboxes = false);

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

DateParts DateFrom(const Form& form, const std::string& name);

DateParts DateOfIso(const std::string& iso);

Json DateField(const std::string& name, const std::string& label, const std::string& hint, const DateParts& value);

// The form field an input error names ("parental_responsibility.basis" -> "pr_basis").
std::string FormNameFor(const std::string& field);

// Puts the error beside its field and in the summary, linking to the field's first input.
void ShowError(Json& data, const Error& error, const std::string& default_field);

Response RenderForm(AppContext& context, const Request& request, const ChildRecord& child, const std::string& heading,
                    const std::string& intro, const std::string& action, const std::string& submit, Json fields,
                    const Error* error, const std::string& default_field);

}  // namespace childrecord::features::people
