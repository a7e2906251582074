#include "store/connection_pool.h"

namespace childrecord {
namespace {

// How many leases this thread holds (of any pool): a thread holding one must not wait for another.
thread_local int leases_held = 0;

}  // namespace

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  if (leases_held == 0) available_.wait(lock, [&] { return !idle_.empty() || open_ < max_size_; });
  if (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    ++leases_held;
    return Lease(this, std::move(connection));
  }
  ++open_;
  lock.unlock();
  auto opened = factory_();
  if (!opened.ok()) {
    std::lock_guard relock(mutex_);
    --open_;
    available_.notify_one();
    return opened.error();
  }
  ++leases_held;
  return Lease(this, std::move(opened).value());
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
  --leases_held;
  connection->Rollback();
  std::lock_guard lock(mutex_);
  if (open_ > max_size_) {  // opened beyond the bound for a nested lease: closed again
    --open_;
    return;
  }
  idle_.push_back(std::move(connection));
  available_.notify_one();
}

}  // namespace childrecord
