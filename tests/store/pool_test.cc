// The connection pool: leases give connections back, whatever happens to them.
#include <gtest/gtest.h>

#include <chrono>
#include <future>

#include "store/db_url.h"
#include "store/postgres/postgres_connection.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class PoolTest : public BackendTest {
 protected:
  std::unique_ptr<ConnectionPool> MakePool(size_t size) {
    DbUrl url = ParseDbUrl(db_url()).value();
    ConnectionPool::Factory factory;
    if (url.dialect == Dialect::kSqlite) {
      factory = [path = url.sqlite_path] { return SqliteConnection::Open(path); };
    } else {
      factory = [conninfo = url.postgres_url] { return PostgresConnection::Open(conninfo); };
    }
    return std::make_unique<ConnectionPool>(std::move(factory), size);
  }
};

TEST_P(PoolTest, MoveAssigningALeaseReturnsTheConnectionItHeld) {
  auto pool = MakePool(2);
  auto a = pool->Acquire();
  auto b = pool->Acquire();
  ASSERT_TRUE(a.ok() && b.ok());
  *a = std::move(*b);  // a's first connection goes back to the pool
  // From a thread that holds no lease (this one holds one, and would not be made to wait): it
  // would wait for ever if the connection had been lost.
  auto c = std::async(std::launch::async, [&] {
    auto lease = pool->Acquire();
    return lease.ok() && (*lease)->Exec("SELECT 1").ok();
  });
  ASSERT_EQ(c.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_TRUE(c.get());
  CR_EXPECT_OK((*a)->Exec("SELECT 1"));
}

TEST_P(PoolTest, AThreadHoldingALeaseIsNeverMadeToWaitForAnother) {
  // Every connection held by a thread that then asks for one more: with waiting, none would ever
  // be returned (a request reading a list, then the names of the records it came from).
  auto pool = MakePool(1);
  auto outer = pool->Acquire();
  ASSERT_TRUE(outer.ok());
  auto nested = std::async(std::launch::async, [&] {
    // A thread of its own holding the only connection's worth, asking again: as the request did.
    auto first = pool->Acquire();  // waits for `outer` to be given back
    if (!first.ok()) return false;
    auto second = pool->Acquire();  // must not wait: this thread holds a lease
    return second.ok() && (*second)->Exec("SELECT 1").ok() && (*first)->Exec("SELECT 1").ok();
  });
  *outer = ConnectionPool::Lease(pool.get(), nullptr);  // give the connection back
  ASSERT_EQ(nested.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_TRUE(nested.get());
  // And what was opened beyond the bound was closed again: one connection, still usable.
  auto again = std::async(std::launch::async, [&] {
    auto a = pool->Acquire();
    return a.ok() && (*a)->Exec("SELECT 1").ok();
  });
  ASSERT_EQ(again.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_TRUE(again.get());
}

TEST_P(PoolTest, AConnectionReturnedInATransactionIsRolledBack) {
  auto pool = MakePool(1);
  {
    auto lease = pool->Acquire();
    ASSERT_TRUE(lease.ok());
    CR_ASSERT_OK((*lease)->BeginWrite());
    CR_ASSERT_OK((*lease)->Exec("INSERT INTO tenants (id, name, created_at) VALUES ('t', 'Left open', 'x')"));
  }
  auto lease = pool->Acquire();
  ASSERT_TRUE(lease.ok());
  auto rows = (*lease)->Query("SELECT COUNT(*) FROM tenants", {});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(AsInt((*rows)[0][0]), 0);
  CR_EXPECT_OK((*lease)->BeginWrite());  // and it is usable for a new transaction
  (*lease)->Rollback();
}

CHILDRECORD_INSTANTIATE_BACKENDS(PoolTest);

}  // namespace
}  // namespace childrecord::testing
