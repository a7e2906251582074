#include "core/ids.h"

#include <gtest/gtest.h>

#include <set>

namespace childrecord {
namespace {

TEST(Ids, NewIdsAreWellFormedAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string id = NewId();
    EXPECT_TRUE(IsWellFormedId(id)) << id;
    EXPECT_EQ(id[14], '4');
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(Ids, RejectsMalformed) {
  EXPECT_FALSE(IsWellFormedId("not-an-id"));
  EXPECT_FALSE(IsWellFormedId("3F2B0000-0000-4000-8000-000000000000"));
  EXPECT_TRUE(IsWellFormedId("3f2b0000-0000-4000-8000-000000000000"));
}

TEST(Ids, RandomHexHasTheAskedLength) { EXPECT_EQ(RandomHex(32).size(), 64u); }

}  // namespace
}  // namespace childrecord
