#include "features/chronology/chronology_rules.h"

#include <algorithm>

#include "core/field_errors.h"
#include "record/field_rules.h"

namespace childrecord {
namespace {

using namespace record_fields;

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

bool Digits(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

// "2019", "2019-03" or "2019-03-14" split into its parts; false for any other shape.
bool SplitDate(const std::string& value, std::string& year, std::string& month, std::string& day) {
  year = value.substr(0, 4);
  if (value.size() < 4 || !Digits(year)) return false;
  if (value.size() == 4) return true;
  if (value.size() < 7 || value[4] != '-') return false;
  month = value.substr(5, 2);
  if (!Digits(month)) return false;
  if (value.size() == 7) return true;
  if (value.size() != 10 || value[7] != '-') return false;
  day = value.substr(8, 2);
  return Digits(day);
}

// The references' kinds of source (chronology_sources.h): what "<prefix>:<id>" may start with.
constexpr const char* kRefPrefixes[] = {"entry",  "item",    "household", "living",     "order",
                                        "opened", "closure", "transfer",  "assessment", "assessed",
                                        "plan",   "planend", "review",    "teammove",   "reopened"};

}  // namespace

const std::vector<std::string>& DatePrecisions() {
  static const auto* precisions = new std::vector<std::string>{"day", "month", "year", "about", "before"};
  return *precisions;
}

std::string DatePrecisionLabel(const std::string& precision) {
  if (precision == "day") return "On a day";
  if (precision == "month") return "In a month";
  if (precision == "year") return "In a year";
  if (precision == "about") return "About then (not certain)";
  if (precision == "before") return "Before then (not certain)";
  return precision;
}

Result<ChronologyDate> ParseChronologyDate(const std::string& precision, const std::string& value, Date today,
                                           const std::string& field) {
  FieldErrors errors;
  const auto& known = DatePrecisions();
  if (precision.empty()) {
    errors.Add(Error::Validation(field + ".precision", "Choose how precisely the date is known"));
  } else if (std::find(known.begin(), known.end(), precision) == known.end()) {
    errors.Add(Error::Validation(field + ".precision", "Choose how precisely the date is known from the list"));
  }
  std::string year, month, day;
  if (value.empty()) {
    errors.Add(Error::Validation(field, "Enter the date, at least its year"));
    return errors.ToStatus().error();
  }
  if (!SplitDate(value, year, month, day)) {
    errors.Add(Error::Validation(field, "Enter the date as a year, a month and year, or a day, month and year"));
    return errors.ToStatus().error();
  }
  if (!errors.empty()) return errors.ToStatus().error();
  // R29 accurate: the date says no more than is known, and no less than the precision promises.
  if (precision == "day" && day.empty()) {
    errors.Add(Error::Validation(field, "Enter the day, month and year, or choose a less precise date"));
  } else if (precision == "month" && !day.empty()) {
    errors.Add(Error::Validation(field,
                                 "A date known only to the month has no day: leave the day empty, or choose "
                                 "‘On a day’"));
  } else if (precision == "month" && month.empty()) {
    errors.Add(Error::Validation(field, "Enter the month and the year"));
  } else if (precision == "year" && !month.empty()) {
    errors.Add(Error::Validation(field,
                                 "A date known only to the year has no month or day: leave them empty, or "
                                 "choose a more precise date"));
  }
  if (!errors.empty()) return errors.ToStatus().error();
  const int y = std::stoi(year);
  const unsigned m = month.empty() ? 1u : static_cast<unsigned>(std::stoi(month));
  const unsigned d = day.empty() ? 1u : static_cast<unsigned>(std::stoi(day));
  const Date start{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (y < 1900 || !start.ok()) return Error::Validation(field, "The date must be a real date");
  if (start > today) return Error::Validation(field, "The date must be today or in the past");
  return ChronologyDate{precision, value};
}

std::string ChronologyDateWords(const ChronologyDate& date) {
  std::string year, month, day;
  if (!SplitDate(date.value, year, month, day)) return date.value;
  std::string words = year;
  if (!month.empty()) {
    const int m = std::stoi(month);
    const std::string month_name = m >= 1 && m <= 12 ? kMonths[m - 1] : month;
    words = month_name + " " + year;
    if (!day.empty()) words = std::to_string(std::stoi(day)) + " " + words;
  }
  if (date.precision == "about") return "About " + words;
  if (date.precision == "before") return "Before " + words;
  return words;
}

std::string ChronologyDateStart(const ChronologyDate& date) {
  std::string year, month, day;
  if (!SplitDate(date.value, year, month, day)) return date.value;
  return year + "-" + (month.empty() ? "01" : month) + "-" + (day.empty() ? "01" : day);
}

const std::vector<std::string>& ChronologyKinds() {
  static const auto* kinds =
      new std::vector<std::string>{"entry", "added", "household", "living", "order", "assessment", "plan", "record"};
  return *kinds;
}

std::string ChronologyKindLabel(const std::string& kind) {
  if (kind == "entry") return "Significant entries";
  if (kind == "added") return "Added by a practitioner";
  if (kind == "household") return "Moves in and out of the home";
  if (kind == "living") return "Where they live and legal status";
  if (kind == "order") return "Orders";
  if (kind == "assessment") return "Assessments";
  if (kind == "plan") return "Plans and reviews";
  if (kind == "record") return "The record opened, closed, moved or sent on";
  return kind;
}

Result<Json> BuildChronologyItemAdded(const Json& input, const std::string& child_id, const std::string& item_id,
                                      const std::string& entry_id, Date today) {
  if (!input.is_object()) return Error::Validation("", "Send the item as a JSON object");
  FieldErrors errors;
  // The date: {precision, value}; a missing date is the date's error, said with the others.
  const Json date = input.contains("date") && input["date"].is_object() ? input["date"] : Json::object();
  const std::string precision =
      date.contains("precision") && date["precision"].is_string() ? date["precision"].get<std::string>() : "";
  const std::string value = date.contains("value") && date["value"].is_string() ? date["value"].get<std::string>() : "";
  auto parsed = ParseChronologyDate(precision, value, today);
  errors.Check(parsed);
  auto what = Text(input, "what_happened", "what_happened", "Enter what happened", 2000);
  errors.Check(what);
  // R20: a hand-added item says who or which document it comes from; a promoted one's source is
  // its entry, so a source is optional there.
  auto source =
      Text(input, "source", "source", "Enter the source: who told you, or which document or record it comes from", 500,
           entry_id.empty());
  errors.Check(source);
  auto impact = OptionalText(input, "impact", "impact", 4000);
  errors.Check(impact);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"item_id", item_id},
              {"child_id", child_id},
              {"date", {{"precision", parsed->precision}, {"value", parsed->value}}},
              {"what_happened", *what},
              {"source", OptText(*source)},
              {"impact", OptText(*impact)},
              {"entry_id", OptText(entry_id)}};
}

Result<Json> BuildChronologyImpactNoted(const Json& input, const std::string& child_id, const std::string& source_ref) {
  if (!input.is_object()) return Error::Validation("", "Send the impact as a JSON object");
  if (!IsChronologyRef(source_ref)) return Error::Validation("source_ref", "This is not an item of the chronology");
  CR_ASSIGN_OR_RETURN(std::string impact,
                      Text(input, "impact", "impact", "Enter the impact on the child, good or bad", 4000));
  return Json{{"child_id", child_id}, {"source_ref", source_ref}, {"impact", impact}};
}

bool IsChronologyRef(const std::string& ref) {
  const auto colon = ref.find(':');
  if (colon == std::string::npos || colon + 1 >= ref.size() || ref.size() > 200) return false;
  const std::string prefix = ref.substr(0, colon);
  return std::any_of(std::begin(kRefPrefixes), std::end(kRefPrefixes), [&](const char* p) { return prefix == p; }) &&
         ref.find_first_of("| ", colon) == std::string::npos;
}

bool ComesBefore(const ChronologyPosition& a, const ChronologyPosition& b, bool newest_first) {
  const bool before = a.sort_key != b.sort_key ? a.sort_key < b.sort_key : a.ref < b.ref;
  const bool same = a.sort_key == b.sort_key && a.ref == b.ref;
  return newest_first ? (!before && !same) : before;
}

std::string EncodeChronologyCursor(const ChronologyPosition& position) {
  return position.sort_key + "|" + position.ref;
}

Result<ChronologyPosition> DecodeChronologyCursor(const std::string& cursor) {
  const auto bar = cursor.find('|');
  if (bar == std::string::npos || bar == 0 || !IsChronologyRef(cursor.substr(bar + 1))) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  return ChronologyPosition{cursor.substr(0, bar), cursor.substr(bar + 1)};
}

}  // namespace childrecord
