// The people around the child in the store, on both backends (R3, R5, R7, R13): links with
// parental responsibility bases and dated home periods (R3), important-to (R5), link changes kept
// as history (R3, R18 key changes), family time (R7) and private providers (R13) — projected on
// append and replayed identically by verify. Links written before the basis and home periods
// were kept (no home periods, no basis) still project and verify.
#include "features/people/people_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/ids.h"
#include "features/people/household_rules.h"
#include "features/people/people_events.h"
#include "features/people/person_link_change_rules.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class PeopleStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("People County Council", 0);
  }

  LinkedPerson Link(const std::string& link_id) {
    auto link = PeopleRepository(store()).GetPersonLink(r_.tenant.id, link_id);
    EXPECT_TRUE(link.ok()) << (link.ok() ? "" : link.error().message);
    return link.ok() ? *link : LinkedPerson{};
  }

  SeededRecord r_;
};

TEST_P(PeopleStoreTest, LinkWithHomePeriodsAndParentalResponsibilityBasisProjectsAndVerifies_R3_R5) {
  const std::string person = NewId(), link = NewId();
  auto payload = BuildPersonLink(
      Json{{"person_id", person},
           {"relationship", "father"},
           {"important_to", "both"},
           {"home_periods",
            Json::array({{{"moved_in", "2019-04-01"}, {"moved_out", "2021-06-30"}}, {{"moved_in", "2023-01-10"}}})},
           {"parental_responsibility",
            {{"holds", true}, {"basis", "named_on_birth_certificate"}, {"since", "2015-03-20"}}}},
      r_.child_id, link, clock().Now());
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  payload->erase("contact");
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kPersonAdded, payloads::PersonAdded(person, "Tomasz Nowak", "07700 900456")},
              {events::kChildPersonLinked, *payload}});
  LinkedPerson p = Link(link);
  EXPECT_EQ(p.full_name, "Tomasz Nowak");
  EXPECT_TRUE(p.lives_in_home);
  EXPECT_TRUE(p.parental_responsibility);
  EXPECT_EQ(p.parental_responsibility_basis, "named_on_birth_certificate");
  EXPECT_EQ(p.parental_responsibility_since, "2015-03-20");
  EXPECT_EQ(p.important_to, "both");
  EXPECT_EQ(HomePeriodsFromJson(Json::parse(p.home_periods)).size(), 2u);
  EXPECT_EQ(p.version, 1);
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
}

TEST_P(PeopleStoreTest, OldLinkPayloadsStillProjectWithoutTheNewFields_R3) {
  // Seed() wrote the mother's link as journals did before these were kept: no basis, no home periods.
  LinkedPerson mother = Link(r_.link_id);
  EXPECT_TRUE(mother.lives_in_home);
  EXPECT_TRUE(mother.parental_responsibility);
  EXPECT_EQ(mother.parental_responsibility_basis, "");
  EXPECT_EQ(mother.home_periods, "");
  EXPECT_EQ(mother.version, 1);
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
}

TEST_P(PeopleStoreTest, LinkChangesKeepHistoryAndReplay_R3_R18) {
  LinkedPerson mother = Link(r_.link_id);
  LinkChangeOptions options;
  options.legacy_home_since = ParseIsoDate("2024-01-02");
  options.entry_id = "entry-1";
  auto moved_out = BuildPersonLinkChange(mother, Json{{"home_move", {{"change", "moved_out"}, {"on", "2024-05-01"}}}},
                                         options, clock().Now());
  ASSERT_TRUE(moved_out.ok()) << moved_out.error().message;
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kChildPersonLinkChanged, *moved_out}});
  LinkedPerson after = Link(r_.link_id);
  EXPECT_FALSE(after.lives_in_home);
  EXPECT_EQ(after.version, 2);
  auto periods = HomePeriodsFromJson(Json::parse(after.home_periods));
  ASSERT_EQ(periods.size(), 1u);
  EXPECT_EQ(FormatIsoDate(periods[0].moved_in), "2024-01-02");
  EXPECT_EQ(FormatIsoDate(*periods[0].moved_out), "2024-05-01");

  auto pr = BuildPersonLinkChange(after,
                                  Json{{"parental_responsibility", {{"holds", true}, {"basis", "birth_mother"}}},
                                       {"reason", "Birth certificate seen"}},
                                  {}, clock().Now());
  ASSERT_TRUE(pr.ok()) << pr.error().message;
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kChildPersonLinkChanged, *pr}});
  auto changes = PeopleRepository(store()).ListPersonLinkChanges(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(changes.ok());
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ((*changes)[0].version, 3);  // newest first
  EXPECT_EQ((*changes)[0].parental_responsibility_basis, "birth_mother");
  EXPECT_EQ((*changes)[0].reason, "Birth certificate seen");
  EXPECT_EQ((*changes)[1].entry_id, "entry-1");
  EXPECT_EQ(Json::parse((*changes)[1].changed), Json::array({"home_periods"}));
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
}

TEST_P(PeopleStoreTest, TwoChangesFromTheSameVersionCollide_R3) {
  LinkedPerson mother = Link(r_.link_id);
  LinkChangeOptions options;
  options.legacy_home_since = ParseIsoDate("2024-01-02");
  auto first = BuildPersonLinkChange(mother, Json{{"home_move", {{"change", "moved_out"}, {"on", "2024-05-01"}}}},
                                     options, clock().Now());
  auto second = BuildPersonLinkChange(mother, Json{{"important_to", "child"}}, options, clock().Now());
  ASSERT_TRUE(first.ok() && second.ok());
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kChildPersonLinkChanged, *first}});
  auto refused = store().Append(r_.tenant.id, r_.worker_id, {{events::kChildPersonLinkChanged, *second}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_FALSE(Link(r_.link_id).lives_in_home);  // the first change stands
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
}

TEST_P(PeopleStoreTest, FamilyTimeAndPrivateProvidersProjectAndVerify_R7_R13) {
  auto time = BuildFamilyTime(Json{{"with", Json::array({{{"person_id", r_.person_id}}, {{"name", "Nan Okafor"}}})},
                                   {"how_often", "Every Saturday afternoon"},
                                   {"support", "supervised"},
                                   {"starts_on", "2024-02-03"},
                                   {"childs_views", "I want longer visits"}},
                              r_.child_id, clock().Now());
  ASSERT_TRUE(time.ok()) << time.error().message;
  (*time)["family_time_id"] = NewId();
  auto provider = BuildPrivateProviderUse(Json{{"provider_name", "Horizon Fostering"},
                                               {"kind", "independent_fostering_agency"},
                                               {"ofsted_urn", "SC123456"},
                                               {"arrangement", "Foster carers"},
                                               {"starts_on", "2024-02-01"}},
                                          r_.child_id, clock().Now());
  ASSERT_TRUE(provider.ok()) << provider.error().message;
  (*provider)["provider_use_id"] = NewId();
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kFamilyTimeArranged, *time}, {events::kPrivateProviderUsed, *provider}});
  auto times = PeopleRepository(store()).ListFamilyTime(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(times.ok());
  ASSERT_EQ(times->size(), 1u);
  EXPECT_EQ((*times)[0].support, "supervised");
  EXPECT_EQ(Json::parse((*times)[0].with_people).size(), 2u);
  auto providers = PeopleRepository(store()).ListPrivateProviders(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(providers.ok());
  ASSERT_EQ(providers->size(), 1u);
  EXPECT_EQ((*providers)[0].ofsted_urn, "SC123456");
  EXPECT_TRUE(Verify(r_.tenant).ok) << Verify(r_.tenant).problem;
}

TEST_P(PeopleStoreTest, VerifyCatchesAnEditedHomeHistory_R3) {
  auto moved =
      BuildPersonLinkChange(Link(r_.link_id), Json{{"home_move", {{"change", "moved_out"}, {"on", "2024-05-01"}}}},
                            LinkChangeOptions{ParseIsoDate("2024-01-02"), "", "home_move"}, clock().Now());
  ASSERT_TRUE(moved.ok());
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kChildPersonLinkChanged, *moved}});
  ASSERT_TRUE(RawQuery("UPDATE child_people SET home_periods = ? WHERE id = ?",
                       {std::string(R"([{"moved_in":"2024-01-02","moved_out":null}])"), r_.link_id})
                  .ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, ::testing::HasSubstr("child_people"));
}

CHILDRECORD_INSTANTIATE_BACKENDS(PeopleStoreTest);

}  // namespace
}  // namespace childrecord::testing
