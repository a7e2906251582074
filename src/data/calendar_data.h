#pragma once

#include <filesystem>
#include <memory>

#include "core/result.h"
#include "core/working_days.h"

namespace childrecord {

// Reads data_dir/calendar/bank-holidays-england.tsv (the council's list of bank holidays, format
// in core/working_days.h) into England's working-day calendar. Fails with a Validation error on
// field "data-dir" when the file cannot be read, or naming each bad line. Reads the file each
// call: a module calls it once at start and keeps the result (immutable, thread safe to share).
Result<std::shared_ptr<const WorkingDayCalendar>> ReadWorkingDayCalendar(const std::filesystem::path& data_dir);

}  // namespace childrecord
