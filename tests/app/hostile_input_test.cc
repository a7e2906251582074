// Every registered route, walked with hostile text in every query parameter, header and form
// field the handlers read: control characters (a line break that would start a header of its
// own, an escape, DEL, a C1 control), invalid UTF-8 (stray bytes, an overlong form, a surrogate)
// and over-long values. Each request comes from a signed-in senior manager with a valid CSRF
// token, so only the edge (http/request_text.h) stands between the text and the handler; every
// answer must be a 4xx that names the problem, never a 2xx, 3xx or 5xx (R44; SPEC §4, §5).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/app_support.h"
#include "features/accounts/user_accounts.h"
#include "core/ids.h"
#include "core/source_root.h"
#include "http/request_text.h"
#include "http/url.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

constexpr char kPassword[] = "a long and unusual test passphrase 42";

// The names handlers read, found in src/ as Query("name"), Header("name"), FormField(form, "name")
// and equal_range("name"), so a parameter added to any handler is walked without editing this test.
struct ReadNames {
  std::set<std::string> query, headers, form;
};

ReadNames NamesReadBySource() {
  ReadNames names;
  const std::regex query(R"re(Query\("([^"]+)"\))re");
  const std::regex header(R"re(Header\("([^"]+)"\))re");
  const std::regex field(R"re((?:FormField\([^,()]+, |equal_range\()"([^"]+)"\))re");
  for (const auto& file : std::filesystem::recursive_directory_iterator(std::string(SourceRoot()) + "/src")) {
    if (file.path().extension() != ".cc") continue;
    std::ifstream in(file.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (auto [re, into] : {std::pair{&query, &names.query}, {&header, &names.headers}, {&field, &names.form}}) {
      for (auto it = std::sregex_iterator(source.begin(), source.end(), *re); it != std::sregex_iterator(); ++it) {
        into->insert((*it)[1]);
      }
    }
  }
  return names;
}

struct Hostile {
  std::string label;
  std::string value;
  bool in_form;  // forms may hold line breaks and tabs (a text area sends them); these are refused anyway
};

std::vector<Hostile> HostileValues() {
  return {{"a line break and a header", "/\r\nSet-Cookie: childrecord=attacker", false},
          {"a tab", "/\t/evil", false},
          {"an escape character", "name\x1b[2J", true},
          {"a NUL-free C0 control",
           "a\x01"
           "b",
           true},
          {"DEL", "a\x7f", true},
          {"a C1 control",
           "a\xc2\x85"
           "b",
           true},
          {"stray bytes", "\xff\xfe", true},
          {"an overlong encoding", "\xc0\xaf", true},
          {"a lone surrogate", "\xed\xa0\x80", true},
          {"a truncated sequence", "caf\xc3", true}};
}

class HostileInputTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tenant = store().CreateTenant("Hostile Input Council");
    ASSERT_TRUE(tenant.ok());
    tenant_ = *tenant;
    auto user =
        AddUser(store(), tenant_.id, "system", {"senior.b", "Sam Senior", "senior_manager", "Team B"}, kPassword);
    ASSERT_TRUE(user.ok()) << user.error().message;
    SessionSettings settings;
    SessionService sessions(store(), tenant_.id, settings);
    auto web = sessions.SignIn("senior.b", kPassword, "web");
    auto api = sessions.SignIn("senior.b", kPassword, "api");
    ASSERT_TRUE(web.ok() && api.ok());
    web_ = *web;
    api_ = *api;
    app_ = MakeTestApplication(store(), tenant_, blob_dir_);
    ASSERT_NE(app_, nullptr);
  }
  void TearDown() override {
    std::filesystem::remove_all(blob_dir_);
    BackendTest::TearDown();
  }

  // A request to `pattern` (ids filled in) as the signed-in person, by cookie and CSRF token for
  // pages and bearer token for the API.
  Request SignedInRequest(const std::string& method, const std::string& pattern) {
    Request r;
    r.method = method;
    r.path = std::regex_replace(pattern, std::regex(R"(\{[a-z_]+\}|\*)"), NewId());
    r.target = r.path;
    r.remote_address = "192.0.2.9";
    r.headers["cookie"] = "childrecord=" + web_.token;
    r.headers["authorization"] = "Bearer " + api_.token;
    r.headers["x-csrf-token"] = web_.csrf_token;
    return r;
  }

  void ExpectRefused(Request request, const std::string& label) {
    const std::string method = request.method, path = request.path;
    Response r = app_->Handle(request);
    EXPECT_GE(r.status, 400) << label << " " << method << " " << path << ": " << r.body.substr(0, 300);
    EXPECT_LT(r.status, 500) << label << " " << method << " " << path << ": " << r.body.substr(0, 300);
    for (const auto& [name, value] : r.headers) {
      EXPECT_EQ(value.find('\n'), std::string::npos) << label << ": header " << name;
    }
    EXPECT_EQ(r.body.find("childrecord=attacker"), std::string::npos) << label << " " << path;
  }

  Tenant tenant_;
  IssuedToken web_, api_;
  std::unique_ptr<Application> app_;
  std::string blob_dir_ = (std::filesystem::temp_directory_path() / ("hostile-blobs-" + RandomHex(8))).string();
};

TEST_P(HostileInputTest, TheWalkerFindsTheNamesHandlersRead) {
  const ReadNames names = NamesReadBySource();
  for (const char* q : {"q", "cursor", "next", "user", "record"}) EXPECT_TRUE(names.query.contains(q)) << q;
  for (const char* h : {"x-access-reason", "authorization", "cookie"}) EXPECT_TRUE(names.headers.contains(h)) << h;
  for (const char* f : {"csrf_token", "username", "password", "reason", "title", "body"}) {
    EXPECT_TRUE(names.form.contains(f)) << f;
  }
}

TEST_P(HostileInputTest, EveryRouteRefusesHostileQueryParameters_R44) {
  const ReadNames names = NamesReadBySource();
  for (const auto& [method, pattern] : app_->router().Patterns()) {
    for (const std::string& name : names.query) {
      for (const Hostile& h : HostileValues()) {
        Request r = SignedInRequest(method, pattern);
        r.query.emplace(name, h.value);
        ExpectRefused(std::move(r), "query " + name + " with " + h.label);
      }
      Request long_one = SignedInRequest(method, pattern);
      long_one.query.emplace(name, std::string(kMaxQueryValueBytes + 1, 'a'));
      ExpectRefused(std::move(long_one), "an over-long query " + name);
    }
  }
}

TEST_P(HostileInputTest, EveryRouteRefusesHostileHeaders_R44) {
  const ReadNames names = NamesReadBySource();
  std::set<std::string> headers = names.headers;
  headers.insert("user-agent");  // read by no handler, still text that reaches the logs
  for (const auto& [method, pattern] : app_->router().Patterns()) {
    for (const std::string& name : headers) {
      for (const Hostile& h : HostileValues()) {
        if (h.value.find('\t') != std::string::npos) continue;  // HTTP allows a tab in a header value
        Request r = SignedInRequest(method, pattern);
        r.headers[name] = h.value;
        ExpectRefused(std::move(r), "header " + name + " with " + h.label);
      }
      Request long_one = SignedInRequest(method, pattern);
      long_one.headers[name] = std::string(kMaxHeaderValueBytes + 1, 'a');
      ExpectRefused(std::move(long_one), "an over-long header " + name);
    }
  }
}

TEST_P(HostileInputTest, EveryRouteRefusesHostileFormFields_R44) {
  const ReadNames names = NamesReadBySource();
  for (const auto& [method, pattern] : app_->router().Patterns()) {
    if (method == "GET") continue;
    for (const std::string& name : names.form) {
      for (const Hostile& h : HostileValues()) {
        if (!h.in_form) continue;
        Request r = SignedInRequest(method, pattern);
        r.headers["content-type"] = "application/x-www-form-urlencoded";
        r.body = "csrf_token=" + PercentEncode(web_.csrf_token) + "&" + name + "=" + PercentEncode(h.value);
        ExpectRefused(std::move(r), "form field " + name + " with " + h.label);
      }
    }
    // Over-long: one field per route is enough (the limit is the edge's, not the field's).
    Request long_one = SignedInRequest(method, pattern);
    long_one.headers["content-type"] = "application/x-www-form-urlencoded";
    long_one.body =
        "csrf_token=" + PercentEncode(web_.csrf_token) + "&body=" + std::string(kMaxFormFieldBytes + 1, 'a');
    ExpectRefused(std::move(long_one), "an over-long form field");
  }
}

INSTANTIATE_TEST_SUITE_P(Sqlite, HostileInputTest, ::testing::Values(Backend::kSqlite), BackendParamName);

}  // namespace
}  // namespace childrecord::testing
