// The connection pool: leases give connections back, whatever happens to them.
#include <gtest/gtest.h>

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
  auto c = pool->Acquire();  // would wait for ever if it had been lost
  ASSERT_TRUE(c.ok());
  CR_EXPECT_OK((*a)->Exec("SELECT 1"));
  CR_EXPECT_OK((*c)->Exec("SELECT 1"));
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
