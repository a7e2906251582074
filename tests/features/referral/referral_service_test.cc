// R1 on both backends: accepting a referral through ReferralService. A new record opens with the
// NHS number given and, when possible matches were shown, the reason none is the child kept on the
// opening's access-log row for the auditor (R40); "the same child" takes only a record the
// referral's details found, and a closed one reopens on the referral; only those who may open
// records (the access table) can do any of it.
#include "features/referral/referral_service.h"

#include <gtest/gtest.h>

#include "core/ids.h"
#include "features/accounts/accounts_events.h"
#include "features/children/children_events.h"
#include "features/closure/closure_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class ReferralServiceTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Referral County Council", 0);  // Amara Okafor, born 14 March 2015
    first_contact_.user.id = NewId();
    first_contact_.user.role = "first_contact";
    first_contact_.user.active = true;
    MustAppend(r_.tenant.id, "system",
               {{events::kUserAdded,
                 payloads::UserAdded(first_contact_.user.id, "fay.contact", "Fay Contact", "first_contact", "")}});
  }

  ReferralInput Referral(const std::string& first, const std::string& last) {
    return ReferralInput{.first_name = first,
                         .last_name = last,
                         .date_of_birth = "2015-03-14",
                         .received_on = "2026-11-23",
                         .source = "School nurse",
                         .reason = "Bruising seen at school",
                         .team_id = r_.team_id};
  }

  SeededRecord r_;
  Principal first_contact_;
};

TEST_P(ReferralServiceTest, OpensWithTheNhsNumberAndKeepsWhyNoneWasTheChild) {
  RecordAccess access(store(), r_.tenant.id);
  ReferralService referrals(store(), r_.tenant.id, access);
  ReferralInput referral = Referral("Okafor", "Amarah");  // swapped and misspelt
  referral.nhs_number = "9434765919";
  auto matches = referrals.PossibleMatchesFor(first_contact_, referral, {});
  ASSERT_TRUE(matches.ok()) << matches.error().message;
  ASSERT_EQ(matches->size(), 1u);
  EXPECT_EQ(matches->front().child.id, r_.child_id);

  const std::string why = "A different child: another mother and address";
  auto opened = referrals.Open(first_contact_, referral, why, {});
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_NE(*opened, r_.child_id);
  EXPECT_EQ(AsText(RawValue("SELECT nhs_number FROM children WHERE id = ?", {*opened})), "9434765919");
  EXPECT_EQ(AsText(RawValue("SELECT full_name FROM children WHERE id = ?", {*opened})), "Okafor Amarah");
  EXPECT_EQ(AsText(RawValue("SELECT reason FROM access_log WHERE child_id = ? AND action = 'child.open'", {*opened})),
            why);
  // The journal still verifies with the two events written together.
  EXPECT_TRUE(Verify(r_.tenant).ok);
}

TEST_P(ReferralServiceTest, TheSameChildOnlyAmongThePossibleMatchesAndAClosedRecordReopens) {
  RecordAccess access(store(), r_.tenant.id);
  ReferralService referrals(store(), r_.tenant.id, access);
  const std::string other = NewId();
  MustAppend(
      r_.tenant.id, r_.worker_id,
      {{events::kChildRecordOpened, payloads::ChildRecordOpened(other, "Leo Turner", r_.team_id, "", "2019-01-01")}});
  // Leo is not a possible match for Amara: choosing him is refused.
  auto refused = referrals.SameChild(first_contact_, other, Referral("Amara", "Okafor"), {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kValidation);

  // Amara's open record is hers already: nothing changes.
  auto same = referrals.SameChild(first_contact_, r_.child_id, Referral("Amara", "Okafor"), {});
  ASSERT_TRUE(same.ok()) << same.error().message;
  EXPECT_EQ(*same, "open");

  // Closed, it reopens on the new referral.
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildRecordClosed, Json{{"child_id", r_.child_id},
                                                {"closed_on", "2026-11-20"},
                                                {"reason", "Needs met"},
                                                {"closing_summary", nullptr}}}});
  auto reopened = referrals.SameChild(first_contact_, r_.child_id, Referral("Amara", "Okafor"), {});
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(*reopened, "reopened");
  EXPECT_EQ(AsText(RawValue("SELECT status FROM children WHERE id = ?", {r_.child_id})), "open");
  EXPECT_EQ(AsText(RawValue("SELECT referral_source FROM children WHERE id = ?", {r_.child_id})), "School nurse");
}

TEST_P(ReferralServiceTest, OnlyThoseWhoMayOpenRecords) {
  RecordAccess access(store(), r_.tenant.id);
  ReferralService referrals(store(), r_.tenant.id, access);
  Principal practitioner;
  practitioner.user.id = r_.worker_id;
  practitioner.user.role = "practitioner";
  practitioner.user.active = true;
  EXPECT_EQ(referrals.PossibleMatchesFor(practitioner, Referral("Amara", "Okafor"), {}).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(referrals.Open(practitioner, Referral("Amara", "Okafor"), "", {}).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(referrals.Teams(practitioner).error().code, ErrorCode::kForbidden);
}

CHILDRECORD_INSTANTIATE_BACKENDS(ReferralServiceTest);

}  // namespace
}  // namespace childrecord::testing
