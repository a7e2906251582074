#include "record/field_rules.h"

#include <algorithm>

namespace childrecord::record_fields {

std::string Join(const std::string& prefix, const std::string& name) {
  return prefix.empty() ? name : prefix + "." + name;
}

std::string Index(const std::string& prefix, size_t i) { return prefix + "[" + std::to_string(i) + "]"; }

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

bool Missing(const Json& object, const std::string& name) {
  if (!object.is_object()) return true;
  auto it = object.find(name);
  return it == object.end() || it->is_null();
}

Result<std::string> Text(const Json& object, const std::string& name, const std::string& path,
                         const std::string& missing_message, size_t max_length, bool required) {
  if (Missing(object, name)) {
    if (required) return Error::Validation(path, missing_message);
    return std::string();
  }
  const Json& value = object.at(name);
  if (!value.is_string()) return Error::Validation(path, "This must be written as text");
  std::string text = Trim(value.get<std::string>());
  if (text.empty() && required) return Error::Validation(path, missing_message);
  if (text.size() > max_length) {
    return Error::Validation(path, "This must be " + std::to_string(max_length) + " characters or fewer");
  }
  return text;
}

Result<std::optional<bool>> OptionalBool(const Json& object, const std::string& name, const std::string& path) {
  if (Missing(object, name)) return std::optional<bool>();
  const Json& value = object.at(name);
  if (!value.is_boolean()) return Error::Validation(path, "Choose yes or no");
  return std::optional<bool>(value.get<bool>());
}

Result<bool> Bool(const Json& object, const std::string& name, const std::string& path,
                  const std::string& missing_message) {
  CR_ASSIGN_OR_RETURN(std::optional<bool> value, OptionalBool(object, name, path));
  if (!value) return Error::Validation(path, missing_message);
  return *value;
}

Result<std::optional<Date>> OptionalDate(const Json& object, const std::string& name, const std::string& path,
                                         const std::string& what, std::optional<Date> not_after,
                                         const std::string& not_after_message) {
  CR_ASSIGN_OR_RETURN(std::string text, OptionalText(object, name, path, 10));
  if (text.empty()) return std::optional<Date>();
  auto date = ParseIsoDate(text);
  if (!date) return Error::Validation(path, "Enter " + what + " as a real date, like 2026-11-24");
  if (not_after && std::chrono::sys_days(*date) > std::chrono::sys_days(*not_after)) {
    return Error::Validation(path, not_after_message.empty() ? "Enter " + what + " that is today or in the past"
                                                             : not_after_message);
  }
  return std::optional<Date>(*date);
}

Result<Date> RequiredDate(const Json& object, const std::string& name, const std::string& path,
                          const std::string& what, std::optional<Date> not_after,
                          const std::string& not_after_message) {
  CR_ASSIGN_OR_RETURN(std::optional<Date> date, OptionalDate(object, name, path, what, not_after, not_after_message));
  if (!date) return Error::Validation(path, "Enter " + what);
  return *date;
}

Result<std::string> Choice(const Json& object, const std::string& name, const std::string& path,
                           const std::vector<std::string>& codes, const std::string& missing_message,
                           bool required) {
  CR_ASSIGN_OR_RETURN(std::string code, Text(object, name, path, missing_message, 64, required));
  if (code.empty()) return code;
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
    return Error::Validation(path, "'" + code + "' is not one of the choices. " + missing_message);
  }
  return code;
}

Date Today(TimePoint now) { return LondonDate(now + kClockSkew); }

Json OptText(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json PeopleChosenOrNamed(const Json& object, const std::string& name, const std::string& path,
                         const std::string& missing_message, bool with_role, FieldErrors& errors) {
  Json people = Json::array();
  if (Missing(object, name) || !object.at(name).is_array() || object.at(name).empty()) {
    errors.Add(Error::Validation(path, missing_message));
    return people;
  }
  const Json& list = object.at(name);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = Index(path, i);
    if (!list[i].is_object()) {
      errors.Add(Error::Validation(at, "Choose the person or write their name"));
      continue;
    }
    auto person_id = OptionalText(list[i], "person_id", Join(at, "person_id"), 64);
    if (!errors.Check(person_id)) continue;
    if (!person_id->empty()) {
      people.push_back({{"person_id", *person_id}});
      continue;
    }
    auto person_name = Text(list[i], "name", Join(at, "name"), "Choose the person or write their name", 200);
    if (!with_role) {
      if (errors.Check(person_name)) people.push_back({{"name", *person_name}});
      continue;
    }
    auto role = OptionalText(list[i], "role", Join(at, "role"), 200);
    const bool name_ok = errors.Check(person_name), role_ok = errors.Check(role);
    if (name_ok && role_ok) people.push_back({{"name", *person_name}, {"role", OptText(*role)}});
  }
  return people;
}

}  // namespace childrecord::record_fields
