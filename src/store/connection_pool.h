#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/database.h"

namespace childrecord {

// Hands out connections, opening up to `max_size` on demand and waiting when all are in use.
// Thread safe. A connection returned in a transaction is rolled back first.
//
// A thread that already holds a lease is never made to wait: its next lease takes an idle
// connection or opens one beyond `max_size`. Waiting there could wait forever - every connection
// held by a thread waiting in the same way, as eight request threads each reading a list and then
// one more row did once - so a nested lease costs at most a connection more, never a hung server.
// Leases are used on the thread that acquired them.
class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Connection>>()>;
  ConnectionPool(Factory factory, size_t max_size) : factory_(std::move(factory)), max_size_(max_size) {}

  // Exclusive use of one connection until destroyed.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    // Returns the connection held before (a defaulted move would close it and leak its slot).
    Lease& operator=(Lease&& other) noexcept {
      if (this != &other) {
        if (connection_) pool_->Release(std::move(connection_));
        pool_ = other.pool_;
        connection_ = std::move(other.connection_);
      }
      return *this;
    }
    ~Lease() {
      if (connection_) pool_->Release(std::move(connection_));
    }
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  Result<Lease> Acquire();

 private:
  void Release(std::unique_ptr<Connection> connection);

  Factory factory_;
  size_t max_size_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  size_t open_ = 0;
};

}  // namespace childrecord
