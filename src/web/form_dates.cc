#include "web/form_dates.h"

#include <charconv>

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

std::string FieldOf(const Form& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
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

Result<std::string> DateFromForm(const Form& form, const std::string& name, const std::string& what) {
  return IsoDateFromForm(FieldOf(form, name + "-day"), FieldOf(form, name + "-month"), FieldOf(form, name + "-year"),
                         name, what);
}

void ReadDateInto(const Form& form, const std::string& name, const std::string& what, Json& target,
                  FieldErrors& errors) {
  auto date = DateFromForm(form, name, what);
  if (errors.Check(date) && !date->empty()) target[name] = *date;
}

}  // namespace childrecord
