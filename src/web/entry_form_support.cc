#include "web/entry_form_support.h"

#include <charconv>
#include <set>

#include "core/time_format.h"

namespace childrecord {
namespace {

bool ParseNumber(const std::string& text, int& out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

std::string Trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

Result<Date> DateFromForm(const std::string& d, const std::string& m, const std::string& y, const std::string& field,
                          const std::string& what) {
  int day, month, year;
  if (!ParseNumber(Trimmed(d), day) || !ParseNumber(Trimmed(m), month) || !ParseNumber(Trimmed(y), year) ||
      year < 1900 || year > 2200) {
    return Error::Validation(field, "Enter " + what + ", for example 24 11 2026");
  }
  Date date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
            std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok()) return Error::Validation(field, "The " + what.substr(what.find(' ') + 1) + " must be a real date");
  return date;
}

}  // namespace

Result<std::string> IsoDateFromForm(const std::string& day, const std::string& month, const std::string& year,
                                    const std::string& field, const std::string& what) {
  if (Trimmed(day).empty() && Trimmed(month).empty() && Trimmed(year).empty()) return std::string();
  CR_ASSIGN_OR_RETURN(Date date, DateFromForm(day, month, year, field, what));
  return FormatIsoDate(date);
}

Result<std::string> OccurredAtFromForm(const std::string& day, const std::string& month, const std::string& year,
                                       const std::string& time) {
  CR_ASSIGN_OR_RETURN(Date date, DateFromForm(day, month, year, "occurred_at", "the date it happened"));
  const std::string t = Trimmed(time);
  int hour, minute;
  auto colon = t.find(':');
  if (colon == std::string::npos || !ParseNumber(t.substr(0, colon), hour) ||
      !ParseNumber(t.substr(colon + 1), minute)) {
    return Error::Validation("occurred_time", "Enter the time it happened, for example 14:30");
  }
  auto instant = LondonLocalToUtc(date, hour, minute);
  if (!instant) return Error::Validation("occurred_time", "The time it happened must be a real time, like 14:30");
  return FormatUtc(*instant);
}

std::string FieldId(const std::string& path) {
  std::string id;
  for (char c : path) {
    if (c == '.' || c == '[') {
      id.push_back('-');
    } else if (c != ']') {
      id.push_back(c);
    }
  }
  return id;
}

std::string ErrorKey(const std::string& id) {
  std::string key = "error_" + id;
  for (char& c : key) {
    if (c == '-') c = '_';
  }
  return key;
}

void SetAtPath(Json& root, const std::string& path, Json value) {
  Json* at = &root;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '[') {
      const size_t close = path.find(']', i);
      if (close == std::string::npos) return;
      const size_t index = std::stoul(path.substr(i + 1, close - i - 1));
      if (!at->is_array()) *at = Json::array();
      while (at->size() <= index) at->push_back(Json::object());
      at = &(*at)[index];
      i = close + 1;
      if (i < path.size() && path[i] == '.') ++i;
      continue;
    }
    size_t end = path.find_first_of(".[", i);
    if (end == std::string::npos) end = path.size();
    const std::string key = path.substr(i, end - i);
    if (!at->is_object()) *at = Json::object();
    at = &(*at)[key];
    i = end;
    if (i < path.size() && path[i] == '.') ++i;
  }
  *at = std::move(value);
}

std::vector<Error> CollectFieldErrors(Json input, const std::function<Status(const Json&)>& check,
                                      const std::vector<Json>& placeholders) {
  std::vector<Error> errors;
  std::set<std::string> seen;
  for (int round = 0; round < 60; ++round) {
    Status status = check(input);
    if (status.ok()) break;
    const Error& e = status.error();
    if (e.code != ErrorCode::kValidation || e.field.empty() || seen.count(e.field)) {
      if (!seen.count(e.field)) errors.push_back(e);
      break;
    }
    seen.insert(e.field);
    errors.push_back(e);
    bool past = false;
    for (const Json& placeholder : placeholders) {
      Json trial = input;
      SetAtPath(trial, e.field, placeholder);
      Status again = check(trial);
      if (again.ok() || again.error().field != e.field) {
        input = std::move(trial);
        past = true;
        break;
      }
    }
    if (!past) break;
  }
  return errors;
}

}  // namespace childrecord
