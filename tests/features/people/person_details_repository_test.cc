// R20: a person's details and the relationships between adults in the store, on both backends:
// projected on append (each version of the details kept), read with the person's link, listed by
// the record in date order, and replayed identically by verify.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/ids.h"
#include "features/people/people_events.h"
#include "features/people/people_repository.h"
#include "features/people/person_details_rules.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class PersonDetailsStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Details County Council", 0);
  }

  LinkedPerson Mother() {
    auto link = PeopleRepository(store()).GetPersonLink(r_.tenant.id, r_.link_id);
    EXPECT_TRUE(link.ok());
    return link.ok() ? *link : LinkedPerson{};
  }

  Json Details(const Json& input, int64_t version) {
    auto payload = BuildPersonDetails(input, r_.person_id, r_.child_id, version, clock().Now());
    EXPECT_TRUE(payload.ok()) << (payload.ok() ? "" : payload.error().message);
    return payload.ok() ? *payload : Json();
  }

  SeededRecord r_;
};

TEST_P(PersonDetailsStoreTest, DetailsAreReadWithThePersonAndEachVersionIsKept_R20) {
  EXPECT_EQ(Mother().details.version, 0) << "nothing recorded yet";
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kPersonDetailsRecorded, Details(Json{{"sex", "female"}, {"birth_order", 2}}, 1)}});
  LinkedPerson first = Mother();
  EXPECT_EQ(first.details.sex, "female");
  EXPECT_EQ(first.details.birth_order, 2);
  EXPECT_EQ(first.details.born_on, "");
  EXPECT_FALSE(first.details.died);
  EXPECT_EQ(first.details.version, 1);
  MustAppend(
      r_.tenant.id, r_.worker_id,
      {{events::kPersonDetailsRecorded,
        Details(Json{{"sex", "female"}, {"born_on", "1950-03-04"}, {"died", true}, {"died_on", "2021-05-06"}}, 2)}});
  LinkedPerson second = Mother();
  EXPECT_EQ(second.details.born_on, "1950-03-04");
  EXPECT_EQ(second.details.birth_order, 0);
  EXPECT_TRUE(second.details.died);
  EXPECT_EQ(second.details.died_on, "2021-05-06");
  EXPECT_EQ(second.details.version, 2);
  auto versions =
      RawQuery("SELECT version FROM person_detail_versions WHERE person_id = ? ORDER BY version", {r_.person_id});
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->size(), 2u);
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
}

TEST_P(PersonDetailsStoreTest, TwoRecordsFromTheSameVersionCollide_R20) {
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kPersonDetailsRecorded, Details(Json{{"sex", "female"}}, 1)}});
  auto refused =
      store().Append(r_.tenant.id, r_.worker_id, {{events::kPersonDetailsRecorded, Details(Json{{"sex", "male"}}, 1)}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Mother().details.sex, "female");
}

TEST_P(PersonDetailsStoreTest, RelationshipsAreListedInDateOrderAndVerified_R20) {
  const std::string father = NewId();
  MustAppend(
      r_.tenant.id, r_.worker_id,
      {{events::kPersonAdded, payloads::PersonAdded(father, "Tomasz Nowak")},
       {events::kChildPersonLinked, payloads::ChildPersonLinked(NewId(), r_.child_id, father, "father", false, true)}});
  std::vector<PartnerFacts> people = {{r_.person_id, "Mum", "", ""}, {father, "Tomasz Nowak", "", ""}};
  for (const auto& [kind, starts] : std::vector<std::pair<std::string, std::string>>{
           {"divorced", "2016-05-05"}, {"married", "2008-01-01"}, {"separated", "2014-02-02"}}) {
    auto payload = BuildPartnership(
        Json{{"first_person_id", r_.person_id}, {"second_person_id", father}, {"kind", kind}, {"starts_on", starts}},
        r_.child_id, people, clock().Now());
    ASSERT_TRUE(payload.ok()) << payload.error().message;
    (*payload)["partnership_id"] = NewId();
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kPartnershipRecorded, *payload}});
  }
  auto listed = PeopleRepository(store()).ListPartnerships(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ((*listed)[0].kind, "married");
  EXPECT_EQ((*listed)[1].kind, "separated");
  EXPECT_EQ((*listed)[2].kind, "divorced");
  EXPECT_EQ((*listed)[2].ends_on, "");
  EXPECT_EQ((*listed)[0].second_person_id, father);
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
  // An edited relationship is caught by verify.
  ASSERT_TRUE(RawQuery("UPDATE partnerships SET kind = 'married' WHERE kind = 'divorced'", {}).ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, ::testing::HasSubstr("partnerships"));
}

CHILDRECORD_INSTANTIATE_BACKENDS(PersonDetailsStoreTest);

}  // namespace
}  // namespace childrecord::testing
