#pragma once

// What the language benchmarks measure the checker against, and how they time it
// (language_check_bench, language_quality_bench). Header only; no state.

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace childrecord::bench {

// The baseline: lower-case the text and split it into words, keeping the words (the least any
// checker must do). Returns how many words; `lower` and `words` are reused between calls.
inline size_t TokeniseOnly(std::string_view text, std::string& lower, std::vector<std::string_view>& words) {
  lower.assign(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  words.clear();
  size_t start = std::string::npos;
  for (size_t i = 0; i <= lower.size(); ++i) {
    bool letter = i < lower.size() && ((lower[i] >= 'a' && lower[i] <= 'z') || (lower[i] >= '0' && lower[i] <= '9'));
    if (letter && start == std::string::npos) start = i;
    if (!letter && start != std::string::npos) {
      words.emplace_back(lower.data() + start, i - start);
      start = std::string::npos;
    }
  }
  return words.size();
}

// Milliseconds per call of `f`: the best of five rounds of `iterations` calls, to keep other load
// on the machine out of the figure.
template <typename F>
double MillisPerCall(int iterations, F&& f) {
  double best = 1e300;
  for (int round = 0; round < 5; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i) f();
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count() / iterations);
  }
  return best;
}

}  // namespace childrecord::bench
