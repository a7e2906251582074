#pragma once

// The demo's only source of randomness: every name, date and note of a demo authority follows
// from the seed.

#include <cstdint>
#include <random>
#include <vector>

namespace childrecord::demo {

// A seeded random source with results that are the same on every platform (the standard
// distributions are not specified exactly, so they are avoided).
class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed) {}
  // Uniform in [lo, hi].
  int Int(int lo, int hi) { return lo + static_cast<int>(gen_() % static_cast<uint64_t>(hi - lo + 1)); }
  // True with probability `p`.
  bool Chance(double p) { return static_cast<double>(gen_() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(Int(0, static_cast<int>(items.size()) - 1))];
  }

 private:
  std::mt19937_64 gen_;
};

}  // namespace childrecord::demo
