#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time_format.h"
#include "web/page_support.h"

namespace childrecord {

// The one form binder of the record's forms (features/record_form.h): each field of the generic
// record_form template built from its description and what was typed (every field carries every key
// the template asks about, so Mustache never looks a key up in an outer context by accident), and
// dates typed as day, month and year read back as typed. Pure.

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
struct TypedDate {
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

TypedDate DateFrom(const Form& form, const std::string& name);

TypedDate DateOfIso(const std::string& iso);

Json DateField(const std::string& name, const std::string& label, const std::string& hint, const TypedDate& value);

// Shows every one of `errors` beside its field and lists them all in the GOV.UK error summary,
// linking to each field's first input. `field_for` turns the field an error names (the input's,
// "referral.source") into the form's ("source"); an error naming no field, or one not on the form,
// is shown at `default_field`.
void ShowErrors(Json& data, const std::vector<Error>& errors, const std::string& default_field,
                const std::function<std::string(const std::string&)>& field_for);

}  // namespace childrecord
