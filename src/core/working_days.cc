#include "core/working_days.h"

#include <chrono>

namespace childrecord {

namespace {

Date NextDay(Date day) { return Date{std::chrono::sys_days{day} + std::chrono::days{1}}; }

}  // namespace

bool WorkingDayCalendar::IsWorkingDay(Date day) const {
  const std::chrono::weekday weekday{std::chrono::sys_days{day}};
  if (weekday == std::chrono::Saturday || weekday == std::chrono::Sunday) return false;
  return !IsBankHoliday(day);
}

Date WorkingDayCalendar::AddWorkingDays(Date start, int count) const {
  Date day = start;
  for (int left = count; left > 0;) {
    day = NextDay(day);
    if (IsWorkingDay(day)) --left;
  }
  return day;
}

int WorkingDayCalendar::WorkingDaysBetween(Date from, Date to) const {
  int count = 0;
  for (Date day = NextDay(from); std::chrono::sys_days{day} <= std::chrono::sys_days{to}; day = NextDay(day)) {
    if (IsWorkingDay(day)) ++count;
  }
  return count;
}

int WorkingDayCalendar::LastListedYear() const {
  if (bank_holidays_.empty()) return 0;
  return static_cast<int>(bank_holidays_.rbegin()->year());
}

Result<WorkingDayCalendar> ParseWorkingDayCalendar(std::string_view text, const std::string& file_name) {
  std::set<Date> days;
  std::string problems;
  size_t line_number = 0;
  size_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // a byte-order mark from a spreadsheet
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') {
      if (end == text.size()) break;
      continue;
    }
    const std::string_view date_text = line.substr(0, line.find('\t'));
    if (auto day = ParseIsoDate(date_text)) {
      days.insert(*day);
    } else {
      if (!problems.empty()) problems += "; ";
      problems += file_name + " line " + std::to_string(line_number) + ": '" + std::string(date_text) +
                  "' is not a date written as YYYY-MM-DD";
    }
    if (end == text.size()) break;
  }
  if (!problems.empty()) return Error::Validation(file_name, problems);
  return WorkingDayCalendar(std::move(days));
}

}  // namespace childrecord
