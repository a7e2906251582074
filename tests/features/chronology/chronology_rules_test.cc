// R20: the chronology's pure rules — date precision read and shown ("March 2019", "About 2017"),
// a hand-added item's required source, every error at once, the order and the page cursor.
// Cases: cases/chronology.txt.
#include "features/chronology/chronology_rules.h"

#include <gtest/gtest.h>

#include "features/chronology/chronology_views.h"
#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

constexpr char kCases[] = "tests/features/chronology/cases/";
const Date kToday{std::chrono::year(2026), std::chrono::month(12), std::chrono::day(4)};

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string Dash(const std::string& s) { return s == "-" ? "" : s; }

std::string Errors(const Error& error) {
  std::string out = "errors";
  for (const Error& e : error.All()) out += " " + e.field;
  return out;
}

std::string DateCase(const std::string& rest) {
  auto [precision, value] = SplitFirst(rest);
  auto parsed = ParseChronologyDate(Dash(precision), Dash(value), kToday);
  if (!parsed.ok()) return Errors(parsed.error());
  return ChronologyDateWords(*parsed) + " from " + ChronologyDateStart(*parsed);
}

std::string ItemCase(const std::string& rest) {
  Json input = Json::object();
  Json date = Json::object();
  std::string entry;
  size_t start = 0;
  while (start <= rest.size()) {
    const auto end = rest.find(';', start);
    const std::string pair = rest.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const auto eq = pair.find('=');
    if (eq == std::string::npos) return "malformed case";
    const std::string key = Trim(pair.substr(0, eq)), value = Dash(Trim(pair.substr(eq + 1)));
    if (key == "precision")
      date["precision"] = value;
    else if (key == "date")
      date["value"] = value;
    else if (key == "what")
      input["what_happened"] = value;
    else if (key == "source")
      input["source"] = value;
    else if (key == "impact")
      input["impact"] = value;
    else if (key == "entry")
      entry = value;
    else
      return "malformed case";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  input["date"] = date;
  auto built = BuildChronologyItemAdded(input, "c1", "i1", entry, kToday);
  return built.ok() ? "ok" : Errors(built.error());
}

std::string OrderCase(const std::string& rest) {
  const auto bar = rest.find(" | ");
  auto [ka, ra] = SplitFirst(rest.substr(0, bar));
  auto [kb, rb] = SplitFirst(rest.substr(bar + 3));
  const ChronologyPosition a{ka, ra}, b{kb, rb};
  const bool first = ComesBefore(a, b, false);
  // Newest first is exactly the other way round.
  EXPECT_EQ(ComesBefore(b, a, true), first) << rest;
  EXPECT_NE(ComesBefore(a, b, true), first) << rest;
  return first ? "first" : "second";
}

TEST(ChronologyRulesTest, CasesFromChronologyTxt_R20) {
  const std::string file = "chronology.txt";
  auto lines = ReadCaseFile(file, kCases);
  int count = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.rfind("= ", 0) == 0) << At(file, expect) << " (expected '= ...')";
    const std::string expected = expect.text.substr(2);
    auto [verb, rest] = SplitFirst(line.text);
    ++count;
    if (verb == "date") {
      EXPECT_EQ(DateCase(rest), expected) << At(file, line);
    } else if (verb == "item") {
      EXPECT_EQ(ItemCase(rest), expected) << At(file, line);
    } else if (verb == "order") {
      EXPECT_EQ(OrderCase(rest), expected) << At(file, line);
    } else if (verb == "cursor") {
      auto decoded = DecodeChronologyCursor(rest);
      EXPECT_EQ(decoded.ok() ? decoded->sort_key + " " + decoded->ref : std::string("refused"), expected)
          << At(file, line);
      if (decoded.ok()) {
        EXPECT_EQ(EncodeChronologyCursor(*decoded), rest) << At(file, line);
      }
    } else {
      ADD_FAILURE() << At(file, line) << " (unknown case)";
    }
  }
  EXPECT_GT(count, 30);
}

TEST(ChronologyRulesTest, ThePayloadKeepsThePrecisionAndTheSource_R20) {
  auto built = BuildChronologyItemAdded(Json{{"date", {{"precision", "about"}, {"value", "2017"}}},
                                             {"what_happened", "  Jo's grandfather died  "},
                                             {"source", "Mum"}},
                                        "c1", "i1", "", kToday);
  ASSERT_TRUE(built.ok()) << built.error().message;
  EXPECT_EQ((*built)["date"], (Json{{"precision", "about"}, {"value", "2017"}}));
  EXPECT_EQ((*built)["what_happened"], "Jo's grandfather died");
  EXPECT_EQ((*built)["source"], "Mum");
  EXPECT_TRUE((*built)["impact"].is_null());
  EXPECT_TRUE((*built)["entry_id"].is_null());
}

TEST(ChronologyRulesTest, AnImpactNoteNeedsTextAndAnItem_R20) {
  EXPECT_TRUE(
      BuildChronologyImpactNoted(Json{{"impact", "Jo lost the person who took him to school"}}, "c1", "closure:c1/42")
          .ok());
  auto empty = BuildChronologyImpactNoted(Json{{"impact", " "}}, "c1", "entry:e1");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "impact");
  EXPECT_FALSE(BuildChronologyImpactNoted(Json{{"impact", "x"}}, "c1", "users:u1").ok());
}

TEST(ChronologyRulesTest, FiltersByKindAndInclusiveDates_R20) {
  ChronologyItem item;
  item.kind = "living";
  item.sort_key = "2019-03-31T22:00:00.000000Z";
  ChronologyFilter filter;
  filter.to = "2019-03-31";
  EXPECT_TRUE(PassesFilter(item, filter));
  filter.from = "2019-04-01";
  EXPECT_FALSE(PassesFilter(item, filter));
  filter = {};
  filter.kinds = {"entry"};
  EXPECT_FALSE(PassesFilter(item, filter));
  EXPECT_EQ(DayAfter("2019-02-28"), "2019-03-01");
}

}  // namespace
}  // namespace childrecord
