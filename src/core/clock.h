#pragma once

#include <atomic>
#include <chrono>

namespace childrecord {

using TimePoint = std::chrono::sys_time<std::chrono::microseconds>;

// Where "now" comes from. Tests and the demo generator replace it; production uses SystemClock.
// Implementations are thread safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint Now() const override;
  // A process-wide instance; never destroyed.
  static const SystemClock& Instance();
};

// A clock that only moves when told to.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(TimePoint start) : now_(start.time_since_epoch().count()) {}
  TimePoint Now() const override { return TimePoint(std::chrono::microseconds(now_.load())); }
  void Set(TimePoint t) { now_ = t.time_since_epoch().count(); }
  void Advance(std::chrono::microseconds d) { now_ += d.count(); }

 private:
  std::atomic<long long> now_;
};

}  // namespace childrecord
