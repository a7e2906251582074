#include "store/connection_pool.h"

namespace childrecord {

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty() || open_ < max_size_; });
  if (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
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
  return Lease(this, std::move(opened).value());
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
  connection->Rollback();
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(connection));
  available_.notify_one();
}

}  // namespace childrecord
