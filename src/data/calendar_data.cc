#include "data/calendar_data.h"

#include <fstream>
#include <sstream>

namespace childrecord {

Result<std::shared_ptr<const WorkingDayCalendar>> ReadWorkingDayCalendar(const std::filesystem::path& data_dir) {
  const std::filesystem::path file = data_dir / "calendar" / "bank-holidays-england.tsv";
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error::Validation("data-dir", "Cannot read the list of bank holidays " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  CR_ASSIGN_OR_RETURN(WorkingDayCalendar calendar, ParseWorkingDayCalendar(text.str(), file.filename().string()));
  if (calendar.LastListedYear() == 0) return Error::Validation("data-dir", file.string() + " lists no bank holidays");
  return std::shared_ptr<const WorkingDayCalendar>(std::make_shared<WorkingDayCalendar>(std::move(calendar)));
}

}  // namespace childrecord
