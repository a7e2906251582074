// The record forms' one binder (web/form_fields.h): every error of an input is shown at once,
// beside its field and in the summary, so a person sees all that needs fixing in one go.
#include "web/form_fields.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

Json FormData() {
  Json fields = Json::array();
  fields.push_back(Heading("The referral"));
  fields.push_back(DateField("received_on", "When was it received?", "", TypedDate{"3", "", "2026"}));
  fields.push_back(TextField("source", "Who made it?", "", "School nurse"));
  fields.push_back(ChoiceField("pr_holds", "Parental responsibility?", "", {{"yes", "Yes", ""}, {"no", "No", ""}},
                               {"yes"}));
  fields.push_back(AreaField("reason", "Why?", "", ""));
  return Json{{"fields", fields}};
}

std::string Renamed(const std::string& field) {
  return field.starts_with("referral.") ? field.substr(9) : field;
}

TEST(FormFieldsTest, EveryErrorIsShownBesideItsFieldAndInTheSummary) {
  Json data = FormData();
  ShowErrors(data,
             {Error::Validation("received_on", "Enter the date the referral was received"),
              Error::Validation("referral.reason", "Say why the referral was made"),
              Error::Validation("pr_holds", "Say whether they have parental responsibility")},
             "reason", Renamed);
  ASSERT_TRUE(data["has_errors"].get<bool>());
  ASSERT_EQ(data["errors"].size(), 3u);
  // A date links to its day box; a choice to its first option; text to itself.
  EXPECT_EQ(data["errors"][0]["href"], "#received_on-day");
  EXPECT_EQ(data["errors"][1]["href"], "#reason");
  EXPECT_EQ(data["errors"][2]["href"], "#pr_holds");
  EXPECT_EQ(data["fields"][1]["error"], "Enter the date the referral was received");
  EXPECT_EQ(data["fields"][4]["error"], "Say why the referral was made");
  EXPECT_EQ(data["fields"][3]["error"], "Say whether they have parental responsibility");
  EXPECT_TRUE(data["fields"][2]["error"].is_null()) << "a field without an error shows none";
  // What was typed stays in the fields.
  EXPECT_EQ(data["fields"][1]["day"], "3");
  EXPECT_EQ(data["fields"][1]["month"], "");
  EXPECT_EQ(data["fields"][2]["value"], "School nurse");
}

TEST(FormFieldsTest, AnErrorNamingNoFieldOfTheFormIsShownAtTheDefaultField) {
  Json data = FormData();
  ShowErrors(data, {Error::Validation("", "Something is wrong"), Error::Validation("elsewhere", "Not on this form")},
             "source", nullptr);
  ASSERT_EQ(data["errors"].size(), 2u);
  EXPECT_EQ(data["errors"][0]["href"], "#source");
  EXPECT_EQ(data["errors"][1]["href"], "#source");
  EXPECT_EQ(data["fields"][2]["error"], "Something is wrong") << "a field shows its first error";
}

TEST(FormFieldsTest, NoErrorsLeaveTheFormWithoutASummary) {
  Json data = FormData();
  ShowErrors(data, {}, "reason", nullptr);
  EXPECT_FALSE(data["has_errors"].get<bool>());
  EXPECT_TRUE(data["errors"].empty());
}

TEST(FormFieldsTest, ADateIsKeptAsTypedAndReadBackFromItsParts) {
  Form form{{"moved_in-day", " 7 "}, {"moved_in-month", "2"}, {"moved_in-year", "2022"}};
  const TypedDate typed = DateFrom(form, "moved_in");
  EXPECT_EQ(typed.day, "7");
  EXPECT_EQ(typed.Iso(), "2022-02-07");
  EXPECT_TRUE(DateFrom(Form{}, "moved_in").Blank());
  EXPECT_EQ(DateOfIso("2023-09-01").month, "9");
}

}  // namespace
}  // namespace childrecord
