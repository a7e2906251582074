// R40: who may allocate a record, and what an allocation must say; R20: what a move to another
// team must say (cases/allocation.txt).
#include "features/allocation/allocation_rules.h"

#include <gtest/gtest.h>

#include <map>

#include "features/allocation/team_move_rules.h"
#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;
using testing::Words;

constexpr char kCases[] = "tests/features/allocation/cases/";

UserAccount Account(const std::string& id, const std::string& name, const std::string& role, const std::string& team,
                    bool active = true) {
  UserAccount u;
  u.id = id;
  u.full_name = name;
  u.role = role;
  u.team_id = team;
  u.active = active;
  return u;
}

const std::map<std::string, UserAccount>& Accounts() {
  static const std::map<std::string, UserAccount> accounts = {
      {"w-ada", Account("w-ada", "Ada Active", "practitioner", "team-a")},
      {"w-old", Account("w-old", "Olive Old", "practitioner", "team-a")},
      {"w-ben", Account("w-ben", "Ben Disabled", "practitioner", "team-a", false)},
      {"w-tm", Account("w-tm", "Tina Manager", "team_manager", "team-a")},
      {"w-bob", Account("w-bob", "Bob Elsewhere", "practitioner", "team-b")},
  };
  return accounts;
}

Result<Json> Build(const Json& input) {
  std::optional<UserAccount> worker;
  if (auto id = input.find("worker_id"); id != input.end() && id->is_string()) {
    if (auto found = Accounts().find(id->get<std::string>()); found != Accounts().end()) worker = found->second;
  }
  return BuildChildAllocated(input, "child-1", AllocationState{"team-a", "w-old", "Olive Old"}, worker);
}

// R20: a move of the record (team-a's, allocated to w-old) to another team; "closed " first: of
// a closed record.
Result<Json> BuildMove(std::string rest) {
  const bool closed = rest.starts_with("closed ");
  if (closed) rest = rest.substr(7);
  Json input = Json::parse(rest, nullptr, false);
  if (input.is_discarded()) return Error::Internal("the case's input is not JSON");
  const std::vector<Team> teams = {{"team-a", "North"}, {"team-b", "South"}};
  return BuildTeamChanged(input, "child-1", AllocationState{"team-a", "w-old", "Olive Old", closed}, teams);
}

TEST(AllocationRules, CasesFromTheFile_R40_R20) {
  const std::string file = "allocation.txt";
  auto lines = ReadCaseFile(file, kCases);
  int ran = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    ASSERT_LT(i + 1, lines.size()) << At(file, line) << " has no expectation";
    const auto& expect = lines[++i];
    ++ran;
    if (line.text.starts_with("may ")) {
      auto w = Words(line.text);
      ASSERT_EQ(w.size(), 4u) << At(file, line);
      UserAccount who = Account("u-1", "Someone", w[1], w[2] == "-" ? "" : w[2]);
      EXPECT_EQ(MayAllocate(who, w[3]) ? "= yes" : "= no", expect.text) << At(file, line);
      continue;
    }
    const bool move = line.text.starts_with("move ");
    ASSERT_TRUE(move || line.text.starts_with("> ")) << At(file, line);
    Json input = move ? Json::object() : Json::parse(line.text.substr(2), nullptr, false);
    ASSERT_FALSE(input.is_discarded()) << At(file, line);
    auto built = move ? BuildMove(line.text.substr(5)) : Build(input);
    if (expect.text == "= ok") {
      ASSERT_TRUE(built.ok()) << At(file, line) << ": " << built.error().message;
      while (i + 1 < lines.size() && lines[i + 1].indented && lines[i + 1].text.starts_with("/")) {
        const auto& check = lines[++i];
        auto [pointer, rest] = SplitFirst(check.text);
        Json want = Json::parse(rest.substr(rest.find('=') + 1), nullptr, false);
        EXPECT_EQ((*built)[Json::json_pointer(pointer)], want) << At(file, check);
      }
      continue;
    }
    auto [word, fields] = SplitFirst(expect.text.substr(2));
    ASSERT_EQ(word, "error") << At(file, expect);
    ASSERT_FALSE(built.ok()) << At(file, line) << " was allowed";
    std::vector<std::string> got;
    for (const Error& e : built.error().All()) got.push_back(e.field);
    EXPECT_EQ(got, Words(fields)) << At(file, line) << ": " << built.error().message;
  }
  EXPECT_GE(ran, 28);
}

TEST(AllocationRules, TheRefusalOfTheSameWorkerNamesThem_R40) {
  auto built = Build(Json{{"worker_id", "w-old"}});
  ASSERT_FALSE(built.ok());
  EXPECT_NE(built.error().message.find("already allocated to Olive Old"), std::string::npos) << built.error().message;
}

TEST(AllocationRules, ABodyThatIsNotAnObjectIsABadRequest) {
  auto built = BuildChildAllocated(Json::array(), "child-1", AllocationState{"team-a", "", ""}, std::nullopt);
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(built.error().code, ErrorCode::kBadRequest);
}

}  // namespace
}  // namespace childrecord
