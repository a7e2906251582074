// R21: a contact (phone call, conversation, meeting, letter, email) records who was there, what was
// discussed, actions, and decisions by whom and why; every problem at once; amended with the text.
#include "features/entries/contact_rules.h"

#include <gtest/gtest.h>

#include "features/entries/entry_details.h"

namespace childrecord {
namespace {

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const Error& one : e.All()) out.push_back(one.field);
  return out;
}

TEST(ContactRulesR21, ADecisionNeedsWhoMadeItAndWhyAndSomeoneMustBeNamed_AllAtOnce) {
  const Json input{{"body", "The school rang."},
                   {"contact", {{"who_was_there", Json::array()}, {"decisions", {{{"decision", "Review on Friday"}}}}}}};
  auto built = BuildContactDetails(input);
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(Fields(built.error()), (std::vector<std::string>{"contact.who_was_there", "contact.decisions[0].decided_by",
                                                             "contact.decisions[0].reasons"}));
}

TEST(ContactRulesR21, KeepsWhoWasThereWhatWasDiscussedActionsAndDecisions) {
  const Json input{{"body", "The school rang."},
                   {"contact",
                    {{"who_was_there", {{{"name", "Mr Jones"}, {"role", "Head teacher"}}, {{"person_id", "p1"}}}},
                     {"actions", "Send the plan"},
                     {"decisions", {{{"decision", "Review on Friday"}, {"decided_by", "Sam"}, {"reasons", "Mum works"}}}}}}};
  auto built = BuildContactDetails(input);
  ASSERT_TRUE(built.ok()) << built.error().message;
  const Json& c = (*built)["contact"];
  EXPECT_EQ(c["discussed"], "The school rang.") << "the body is what was discussed";
  EXPECT_EQ(c["who_was_there"].size(), 2u);
  EXPECT_EQ(c["decisions"][0]["decided_by"], "Sam");
  const std::string rows = EntryDetailRows(Json{{"contact", c}}.dump(), {{"p1", "Ann Smith (Mother)"}}).dump();
  for (const char* shown : {"Mr Jones (Head teacher)", "Ann Smith (Mother)", "Send the plan", "Decided by: Sam",
                            "Why: Mum works"}) {
    EXPECT_NE(rows.find(shown), std::string::npos) << shown;
  }
}

TEST(ContactRulesR21, AnOlderClientMayLeaveTheContactOut) {
  auto built = BuildContactDetails(Json{{"body", "A call."}});
  ASSERT_TRUE(built.ok());
  EXPECT_TRUE(built->empty());
}

TEST(ContactRulesR21, ActionsAndDecisionsAreAmendedWhoWasThereStays_R29R30) {
  const Json details{{"contact",
                      {{"who_was_there", {{{"name", "Mr Jones"}}}}, {"discussed", "A call."}, {"actions", nullptr},
                       {"decisions", Json::array()}}}};
  auto refused = AmendContactAnswers(details, Json{{"decisions", {{{"decision", "Review"}}}}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(Fields(refused.error()).size(), 2u);
  auto amended = AmendContactAnswers(
      details, Json{{"actions", "Ring back"}, {"decisions", {{{"decision", "Review"}, {"decided_by", "Sam"}, {"reasons", "New worry"}}}}});
  ASSERT_TRUE(amended.ok()) << amended.error().message;
  EXPECT_EQ((*amended)["contact"]["actions"], "Ring back");
  EXPECT_EQ((*amended)["contact"]["who_was_there"], details["contact"]["who_was_there"]);
  EXPECT_FALSE(AmendContactAnswers(Json{{"visit", Json::object()}}, Json::object()).ok());
}

}  // namespace
}  // namespace childrecord
