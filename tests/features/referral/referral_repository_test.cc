// R1: the records that may be the same child as a new referral, looked up on both backends by date
// of birth, by NHS number and by the names' beginnings (SQLite FTS5, PostgreSQL tsvector), each
// through an index; restricted records only for those named on them (R48).
#include "features/referral/referral_repository.h"

#include <gtest/gtest.h>

#include <set>

#include "core/ids.h"
#include "features/children/children_events.h"
#include "features/identity/identity_events.h"
#include "features/identity/identity_rules.h"
#include "features/restriction/restriction_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class ReferralRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    r_ = Seed("Referral Borough", 0);  // Amara Okafor
  }

  std::string OpenChild(const std::string& name, const std::string& date_of_birth, const std::string& nhs = "") {
    const std::string id = NewId();
    std::vector<NewEvent> events{
        {events::kChildRecordOpened, payloads::ChildRecordOpened(id, name, r_.team_id, r_.worker_id, date_of_birth)}};
    if (!nhs.empty()) {
      auto change = BuildIdentityChanged(
          Json{{"effective_from", "2026-11-20"}, {"changes", {{"nhs_number", {{"value", nhs}}}}}}, id, clock().Now());
      EXPECT_TRUE(change.ok());
      events.push_back({events::kIdentityChanged, *change});
    }
    MustAppend(r_.tenant.id, r_.worker_id, events);
    return id;
  }

  std::set<std::string> Found(const ReferralInput& referral, const std::string& viewer = "") {
    auto found = ReferralRepository(store()).Candidates(r_.tenant.id, referral, viewer.empty() ? r_.worker_id : viewer);
    EXPECT_TRUE(found.ok()) << found.error().message;
    std::set<std::string> names;
    if (found.ok()) {
      for (const MatchCandidate& c : *found) names.insert(c.full_name);
    }
    return names;
  }

  SeededRecord r_;
};

TEST_P(ReferralRepositoryTest, FindsByDateOfBirthNhsNumberAndTheNamesBeginnings) {
  OpenChild("John Smith", "2015-06-14");
  OpenChild("Muhammad Khan", "2016-07-01", "9434765919");
  OpenChild("Noah Baker", "2015-06-14");
  OpenChild("Katherine Jones", "2012-01-09");
  OpenChild("Zoë O'Brien", "2018-02-02");
  OpenChild("Mary Smith", "2010-10-10");

  // Misspelt: the names' beginnings find John Smith, the birthday Noah Baker as well.
  EXPECT_EQ(Found({.first_name = "Jon", .last_name = "Smyth", .date_of_birth = "2015-06-14"}),
            (std::set<std::string>{"John Smith", "Noah Baker"}));
  // Swapped, and with a vowel changed: "Khan Mohammed".
  EXPECT_EQ(Found({.first_name = "Khan", .last_name = "Mohammed"}), (std::set<std::string>{"Muhammad Khan"}));
  // By NHS number alone, whatever the name.
  EXPECT_EQ(Found({.first_name = "Leo", .last_name = "Turner", .nhs_number = "9434765919"}),
            (std::set<std::string>{"Muhammad Khan"}));
  // C and K begin alike; accents are folded as the index folds them.
  EXPECT_EQ(Found({.first_name = "Catherine", .last_name = "Jones"}), (std::set<std::string>{"Katherine Jones"}));
  EXPECT_EQ(Found({.first_name = "zoe", .last_name = "o'brien"}), (std::set<std::string>{"Zoë O'Brien"}));
  // Nothing alike: nothing read.
  EXPECT_TRUE(Found({.first_name = "Ruby", .last_name = "Walsh", .date_of_birth = "2001-01-01"}).empty());
}

TEST_P(ReferralRepositoryTest, TheCandidatesCarryWhatThePageShows) {
  const std::string id = OpenChild("John Smith", "2015-03-14", "9434765919");
  auto found = ReferralRepository(store()).Candidates(
      r_.tenant.id, {.first_name = "Jon", .last_name = "Smith", .nhs_number = "9434765919"}, r_.worker_id);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_EQ(found->size(), 1u);  // found twice (NHS number, name), listed once
  const MatchCandidate& c = found->front();
  EXPECT_EQ(c.id, id);
  EXPECT_EQ(c.date_of_birth, "2015-03-14");
  EXPECT_EQ(c.nhs_number, "9434765919");
  EXPECT_EQ(c.status, "open");
  EXPECT_FALSE(c.team_name.empty());
}

TEST_P(ReferralRepositoryTest, RestrictedRecordsOnlyForThoseNamed) {
  // R48: a restricted record is not there for anyone not named on it, not even as a possible match.
  const std::string named = NewId();
  const std::string secret = OpenChild("Hidden Quillfeather", "2014-04-04");
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildAccessRestricted, Json{{"child_id", secret},
                                                    {"restricted", true},
                                                    {"named_user_ids", Json::array({named})},
                                                    {"reason", "A member of staff's relative"}}}});
  const ReferralInput referral{.first_name = "Hidden", .last_name = "Quillfeather", .date_of_birth = "2014-04-04"};
  EXPECT_TRUE(Found(referral).empty());
  EXPECT_EQ(Found(referral, named), (std::set<std::string>{"Hidden Quillfeather"}));
}

CHILDRECORD_INSTANTIATE_BACKENDS(ReferralRepositoryTest);

}  // namespace
}  // namespace childrecord::testing
