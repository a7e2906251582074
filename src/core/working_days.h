#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time_format.h"

namespace childrecord {

// England's working days: Monday to Friday, except the bank holidays the council lists in
// data/calendar/bank-holidays-england.tsv. Timescales in working days use it: a Child and Family
// Assessment within 45 working days of the referral (R20), a child in care's first review within
// 20 working days (R24). Pure and immutable once built; thread safe to share.
class WorkingDayCalendar {
 public:
  WorkingDayCalendar() = default;
  explicit WorkingDayCalendar(std::set<Date> bank_holidays) : bank_holidays_(std::move(bank_holidays)) {}

  bool IsWorkingDay(Date day) const;
  bool IsBankHoliday(Date day) const { return bank_holidays_.count(day) > 0; }

  // The day `count` working days after `start` (count >= 0). `start` itself is day 0 and need not
  // be a working day: 1 working day after a Friday is the next Monday (or Tuesday when Monday is a
  // bank holiday). AddWorkingDays(start, 0) is `start`.
  Date AddWorkingDays(Date start, int count) const;

  // How many working days lie after `from` up to and including `to` (0 when `to` <= `from`):
  // the inverse of AddWorkingDays, so WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
  int WorkingDaysBetween(Date from, Date to) const;

  // The last year the file lists a bank holiday for (0 when it lists none). Dates after it count
  // only weekends as non-working days; the operations guide says to add each year's days.
  int LastListedYear() const;

 private:
  std::set<Date> bank_holidays_;
};

// Parses the calendar file's text (format in its header comment: "YYYY-MM-DD TAB name" a line,
// # comments and blank lines skipped). Fails with a Validation error whose field is `file_name`
// and whose message names the file and line of every bad line at once. Pure.
Result<WorkingDayCalendar> ParseWorkingDayCalendar(std::string_view text, const std::string& file_name);

}  // namespace childrecord
