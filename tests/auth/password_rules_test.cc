// Password rules (R44, SPEC §4, docs/security.md) from the data file cases/passwords.tsv: every
// password that must be refused is, with the field "password" and a message that does not repeat
// it, and every password that must pass does, with the shipped lists installed.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "auth/password.h"
#include "core/source_root.h"
#include "data/password_data.h"

namespace childrecord {
namespace {

struct PasswordCase {
  int line = 0;
  bool refused = false;
  std::string password;
  std::vector<std::string> names;
  std::string why;
};

std::string Unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\\x") == 0 && i + 3 < text.size()) {
      out.push_back(static_cast<char>(std::stoi(text.substr(i + 2, 2), nullptr, 16)));
      i += 3;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, separator)) parts.push_back(part);
  return parts;
}

std::vector<PasswordCase> ReadCases() {
  std::ifstream in(std::string(SourceRoot()) + "/tests/auth/cases/passwords.tsv");
  EXPECT_TRUE(in) << "cannot read tests/auth/cases/passwords.tsv";
  std::vector<PasswordCase> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    auto columns = Split(line, '\t');
    EXPECT_EQ(columns.size(), 4u) << "line " << number << ": " << line;
    if (columns.size() != 4) continue;
    PasswordCase c{number, columns[0] == "refused", Unescape(columns[1]), {}, columns[3]};
    EXPECT_TRUE(columns[0] == "refused" || columns[0] == "ok") << "line " << number;
    if (columns[2] != "-") c.names = Split(columns[2], ';');
    cases.push_back(std::move(c));
  }
  return cases;
}

class PasswordRules : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_TRUE(LoadCommonPasswords(std::string(SourceRoot()) + "/data").ok()); }
  static void TearDownTestSuite() {
    InstallCommonPasswords(nullptr);
    InstallPasswordWords(nullptr);
  }
};

TEST_F(PasswordRules, EveryCaseInTheDataFile_R44) {
  const auto cases = ReadCases();
  EXPECT_GT(cases.size(), 30u);
  for (const PasswordCase& c : cases) {
    Status s = CheckPasswordRules(c.password, PasswordContext{c.names});
    const std::string label = "line " + std::to_string(c.line) + " (" + c.why + ")";
    if (c.refused) {
      ASSERT_FALSE(s.ok()) << label << " was accepted";
      EXPECT_EQ(s.error().field, "password") << label;
      if (c.password.find_first_not_of(" \t") != std::string::npos && c.password.size() >= 4) {
        EXPECT_EQ(s.error().message.find(c.password), std::string::npos) << label << ": the message repeats it";
      }
    } else {
      EXPECT_TRUE(s.ok()) << label << " was refused: " << s.error().message;
    }
  }
}

TEST_F(PasswordRules, TheShippedWordListIsRead) {
  auto words = ReadPasswordWords(std::string(SourceRoot()) + "/data");
  ASSERT_TRUE(words.ok()) << words.error().message;
  EXPECT_TRUE((*words)->contains("summer"));
  EXPECT_TRUE((*words)->contains("liverpool"));
  EXPECT_FALSE((*words)->contains("horse"));
}

}  // namespace
}  // namespace childrecord
