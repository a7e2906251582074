#pragma once

// The council's bank holiday file as shipped (data/calendar/bank-holidays-england.tsv), parsed
// once: the working-day timescales of R20 and R24 are tested against the real file.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/source_root.h"
#include "core/working_days.h"

namespace childrecord::testing {

inline const WorkingDayCalendar& RepositoryCalendar() {
  static const WorkingDayCalendar calendar = [] {
    std::ifstream in(std::string(SourceRoot()) + "/data/calendar/bank-holidays-england.tsv", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = ParseWorkingDayCalendar(text.str(), "bank-holidays-england.tsv");
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message);
    return parsed.ok() ? *parsed : WorkingDayCalendar();
  }();
  return calendar;
}

}  // namespace childrecord::testing
