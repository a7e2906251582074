#pragma once

#include <chrono>

#include "core/clock.h"

namespace childrecord {

// R28: records are made as things happen and at the latest within 24 hours of the event.
inline constexpr std::chrono::hours kRecordingDeadline{24};

// True when an entry about an event at `occurred_at`, written at `recorded_at`, is late (R28).
inline bool IsLateEntry(TimePoint occurred_at, TimePoint recorded_at) {
  return recorded_at - occurred_at > kRecordingDeadline;
}

}  // namespace childrecord
