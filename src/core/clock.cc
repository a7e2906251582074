#include "core/clock.h"

namespace childrecord {

TimePoint SystemClock::Now() const {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

const SystemClock& SystemClock::Instance() {
  static const SystemClock* clock = new SystemClock();
  return *clock;
}

}  // namespace childrecord
