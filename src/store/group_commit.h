#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace childrecord {

// Group commit (the leveldb writers' queue, without a thread of its own): callers that must each
// wait for a durable write submit their items; the first caller waiting becomes the writer, takes
// every item queued so far (up to `max_batch`), writes them with one call of `write` (one
// transaction, one fsync), and wakes the others, each of whom finds its item's outcome set by
// `write`. Items are written in the order they were submitted. Thread safe. `write` is called by
// one thread at a time, without the queue's lock held.
template <class Item>
class GroupCommit {
 public:
  using Write = std::function<void(const std::vector<Item*>& batch)>;

  GroupCommit(Write write, size_t max_batch) : write_(std::move(write)), max_batch_(max_batch) {}

  // Queues `item` and returns once a writer (this thread or another) has written it; `item`
  // must live until then.
  void Submit(Item& item) {
    Slot mine(&item);
    std::unique_lock lock(mutex_);
    queue_.push_back(&mine);
    mine.woken.wait(lock, [&] { return mine.done || queue_.front() == &mine; });
    if (mine.done) return;
    std::vector<Slot*> slots;
    std::vector<Item*> batch;
    for (auto it = queue_.begin(); it != queue_.end() && batch.size() < max_batch_; ++it) {
      slots.push_back(*it);
      batch.push_back((*it)->item);
    }
    lock.unlock();
    write_(batch);
    lock.lock();
    for (Slot* slot : slots) {
      queue_.pop_front();
      if (slot == &mine) continue;
      slot->done = true;
      slot->woken.notify_one();
    }
    if (!queue_.empty()) queue_.front()->woken.notify_one();  // the next writer
  }

 private:
  struct Slot {
    explicit Slot(Item* queued) : item(queued) {}
    Item* item;
    bool done = false;
    std::condition_variable woken;
  };

  const Write write_;
  const size_t max_batch_;
  std::mutex mutex_;
  std::deque<Slot*> queue_;  // guarded by mutex_; the front is the writer
};

}  // namespace childrecord
