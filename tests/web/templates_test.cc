// The page templates (web/templates.h): partials, escaping and what counts as false.
#include "web/templates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/ids.h"

namespace childrecord {
namespace {

class TemplatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("templates-" + RandomHex(6));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / (name + ".mustache")) << text; }
  std::unique_ptr<Templates> Load() {
    auto templates = Templates::Load(dir_.string());
    EXPECT_TRUE(templates.ok());
    return templates.ok() ? std::move(templates).value() : nullptr;
  }
  std::filesystem::path dir_;
};

TEST_F(TemplatesTest, EmptyTextIsFalseInASectionAndPrintsNothing) {
  Write("page", "{{where}}{{#with_whom}}, with {{with_whom}}{{/with_whom}}{{^with_whom}} (alone){{/with_whom}}");
  auto t = Load();
  ASSERT_TRUE(t);
  EXPECT_EQ(*t->Render("page", Json{{"where", "At home"}, {"with_whom", ""}}), "At home (alone)");
  EXPECT_EQ(*t->Render("page", Json{{"where", "Foster home"}, {"with_whom", "Jo"}}), "Foster home, with Jo");
}

TEST_F(TemplatesTest, AnyTemplateIsAPartialAndDataKeysWin) {
  Write("header", "<h1>{{name}}</h1>");
  Write("page", "{{> header}}<p>{{name}}</p>");
  auto t = Load();
  ASSERT_TRUE(t);
  EXPECT_EQ(*t->Render("page", Json{{"name", "Zoë <b>"}}), "<h1>Zoë &lt;b&gt;</h1><p>Zoë &lt;b&gt;</p>");
  // A data key named like a template is data, not the partial.
  Write("other", "{{#header}}{{header}}{{/header}}");
  auto again = Load();
  EXPECT_EQ(*again->Render("other", Json{{"header", "text"}}), "text");
}

TEST_F(TemplatesTest, PartialsNestAndAPartialMayIncludeItself) {
  Write("row", "<li>{{label}}{{#children}}<ul>{{> row}}</ul>{{/children}}</li>");
  Write("list", "<ul>{{#rows}}{{> row}}{{/rows}}</ul>");
  Write("page", "<main>{{> list}}</main>");
  auto t = Load();
  ASSERT_TRUE(t);
  // Every row names its children (Mustache looks a missing name up in the rows around it).
  Json seen = {{"label", "Seen"}, {"children", Json::array()}};
  Json visit = {{"label", "Visit"}, {"children", Json::array({seen})}};
  Json call = {{"label", "Call"}, {"children", Json::array()}};
  Json data = {{"rows", Json::array({visit, call})}};
  // Rendered twice: a template is rendered again after a render on another copy.
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(*t->Render("page", data), "<main><ul><li>Visit<ul><li>Seen</li></ul></li><li>Call</li></ul></main>");
  }
}

TEST_F(TemplatesTest, APartialNamingNoTemplateStopsTheLoadNamingIt) {
  Write("page", "<main>{{> nowhere}}</main>");
  auto t = Templates::Load(dir_.string());
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().message.find("nowhere"), std::string::npos) << t.error().message;
}

TEST_F(TemplatesTest, AMissingTemplateIsAnInternalError) {
  Write("page", "x");
  auto t = Load();
  ASSERT_TRUE(t);
  EXPECT_EQ(t->Render("nope", Json::object()).error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace childrecord
