#pragma once

// The threads `verify` spreads its work over (store/verify.cc): an ordered pool for the chains,
// whose items are checked in parallel but concluded in order, and a parallel loop for the buckets
// of rebuilt rows, which are independent of each other.

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace childrecord::verify {

// Runs `work` on each submitted item on `threads` threads and then `conclude` on each result in the
// order the items were submitted, one at a time (under the pool's lock: keep it short). `conclude`
// returns false to stop: items not yet worked on are dropped and Submit returns false from then on.
// At most `max_in_flight` items are queued or being worked on, so memory is bounded by it.
// Thread safety: Submit, TrySubmit and Finish are called from one thread (the producer); `work` runs
// concurrently on the pool's threads and must not share unsynchronised state between items;
// `conclude` runs on the pool's threads one at a time. The functions must outlive Finish().
template <typename In, typename Out>
class OrderedPool {
 public:
  OrderedPool(int threads, size_t max_in_flight, std::function<Out(In&)> work, std::function<bool(Out&)> conclude)
      : max_in_flight_(std::max<size_t>(1, max_in_flight)), work_(std::move(work)), conclude_(std::move(conclude)) {
    for (int i = 0; i < std::max(1, threads); ++i) threads_.emplace_back([this] { Run(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  ~OrderedPool() { Finish(); }

  // Queues `item`, waiting while the pool is full. False once `conclude` has asked to stop.
  bool Submit(In item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || in_flight_ < max_in_flight_; });
    if (stopped_) return false;
    Queue(std::move(item));
    return true;
  }

  // Queues `item` (moving from it) if the pool has room, without waiting: kFull leaves it as it
  // was, so the producer can do other work first and try again.
  enum class Offer { kQueued, kFull, kStopped };
  Offer TrySubmit(In& item) {
    std::lock_guard lock(mutex_);
    if (stopped_) return Offer::kStopped;
    if (in_flight_ >= max_in_flight_) return Offer::kFull;
    Queue(std::move(item));
    return Offer::kQueued;
  }

  // Waits until every submitted item is concluded (or dropped after a stop), then ends the threads.
  void Finish() {
    {
      std::lock_guard lock(mutex_);
      if (finishing_) return;
      finishing_ = true;
      ready_.notify_all();
    }
    for (auto& t : threads_) t.join();
  }

 private:
  void Queue(In item) {  // under mutex_
    queue_.emplace_back(next_submitted_++, std::move(item));
    ++in_flight_;
    ready_.notify_one();
  }

  void Run() {
    while (true) {
      std::pair<size_t, In> item;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return finishing_ || stopped_ || !queue_.empty(); });
        if (stopped_ || queue_.empty()) return;
        item = std::move(queue_.front());
        queue_.pop_front();
      }
      Out out = work_(item.second);
      std::lock_guard lock(mutex_);
      done_.emplace(item.first, std::move(out));
      while (!stopped_ && !done_.empty() && done_.begin()->first == next_concluded_) {
        if (!conclude_(done_.begin()->second)) {
          stopped_ = true;
          queue_.clear();
        }
        done_.erase(done_.begin());
        ++next_concluded_;
        --in_flight_;
      }
      room_.notify_all();
      if (stopped_) ready_.notify_all();
    }
  }

  const size_t max_in_flight_;
  std::function<Out(In&)> work_;
  std::function<bool(Out&)> conclude_;
  std::mutex mutex_;
  std::condition_variable ready_;  // an item is queued, or the pool is finishing or stopped
  std::condition_variable room_;   // an item was concluded
  std::deque<std::pair<size_t, In>> queue_;
  std::map<size_t, Out> done_;  // worked on, waiting for the items before them
  size_t next_submitted_ = 0;
  size_t next_concluded_ = 0;
  size_t in_flight_ = 0;
  bool finishing_ = false;
  bool stopped_ = false;
  std::vector<std::thread> threads_;
};

// Calls `body(i)` for every i in [0, count) on up to `threads` threads, in no particular order.
// `body` must be safe to call concurrently for different i.
inline void ParallelFor(size_t count, int threads, const std::function<void(size_t)>& body) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i = next++; i < count; i = next++) body(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<int>(std::max(1, threads), static_cast<int>(count)); ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

}  // namespace childrecord::verify
