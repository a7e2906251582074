// One field description per type (core/fields.h) drives JSON in and out, the SQL column list and
// the OpenAPI schema; JSON in reports every field error at once.
#include "core/fields.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

struct Visit {
  std::string id;
  std::string place;
  std::string note;
  std::string on;
  std::string at;
  std::string kinds;
  std::string worker_id;
  bool child_seen = false;
  int64_t minutes = 0;
};

const fields::Description<Visit>& Describe(const Visit*) {
  using fields::Kind;
  static const fields::Description<Visit> d = {
      {"id", "v.id", &Visit::id},
      {"place", "v.place", &Visit::place, Kind::kText, "where it happened"},
      {"note", "v.note", &Visit::note, Kind::kOptionalText},
      {"on", "v.on_date", &Visit::on, Kind::kDate},
      {"at", "v.recorded_at", &Visit::at, Kind::kInstant},
      {"kinds", "v.kinds", &Visit::kinds, Kind::kJsonList, "", {"home", "school"}},
      {"worker_id", "v.worker", &Visit::worker_id, Kind::kText, "", {}, /*internal=*/true},
      {"child_seen", nullptr, &Visit::child_seen, Kind::kFlag},
      {"minutes", "v.minutes", &Visit::minutes, Kind::kInteger},
  };
  return d;
}

TEST(Fields, SelectListNamesTheColumnsReadFromSql) {
  EXPECT_EQ(fields::SelectList<Visit>(),
            "v.id, v.place, v.note, v.on_date, v.recorded_at, v.kinds, v.worker, v.minutes");
}

TEST(Fields, JsonOutSpellsEachKindAndLeavesInternalFieldsOut) {
  Visit v{"a1", "Home", "", "2026-03-02", "2026-07-01T09:30:00Z", "[\"home\"]", "w1", true, 45};
  Json json = fields::ToJson(v);
  EXPECT_EQ(json["id"], "a1");
  EXPECT_TRUE(json["note"].is_null()) << "empty optional text is null";
  EXPECT_EQ(json["at"], "2026-07-01T10:30:00+01:00") << "instants in London time";
  EXPECT_EQ(json["kinds"], Json::array({"home"}));
  EXPECT_EQ(json["child_seen"], true);
  EXPECT_EQ(json["minutes"], 45);
  EXPECT_FALSE(json.contains("worker_id"));
}

TEST(Fields, JsonRoundTrips) {
  Json in = {{"id", "a1"},
             {"place", "School"},
             {"note", "Quiet"},
             {"on", "2026-03-02"},
             {"at", "2026-03-02T09:00:00Z"},
             {"kinds", {"school", "home"}},
             {"child_seen", false},
             {"minutes", 30}};
  auto parsed = fields::FromJson<Visit>(in);
  ASSERT_TRUE(parsed.ok()) << parsed.errors.front().message;
  EXPECT_EQ(parsed.value.kinds, "[\"school\",\"home\"]");
  Json out = fields::ToJson(parsed.value);
  EXPECT_EQ(out["place"], "School");
  EXPECT_EQ(out["kinds"], in["kinds"]);
  EXPECT_EQ(out["minutes"], 30);
}

TEST(Fields, JsonInReportsEveryFieldErrorAtOnce) {
  Json in = {{"place", 3},          {"on", "2026-02-30"},  {"at", "yesterday"},
             {"kinds", {"garden"}}, {"child_seen", "yes"}, {"minutes", "ten"}};
  auto parsed = fields::FromJson<Visit>(in);
  std::vector<std::string> fields_at_fault;
  for (const Error& e : parsed.errors) {
    EXPECT_EQ(e.code, ErrorCode::kValidation);
    fields_at_fault.push_back(e.field);
  }
  EXPECT_EQ(fields_at_fault, (std::vector<std::string>{"id", "place", "on", "at", "kinds", "child_seen", "minutes"}));
  EXPECT_EQ(fields::FromJson<Visit>(Json::array()).errors.size(), 1u) << "not an object: one error";
}

TEST(Fields, OpenApiSchemaIsOpenApi30) {
  Json schema = fields::OpenApiSchema<Visit>("A visit");
  EXPECT_EQ(schema["type"], "object");
  EXPECT_EQ(schema["description"], "A visit");
  EXPECT_EQ(schema["properties"]["note"], (Json{{"type", "string"}, {"nullable", true}}));
  EXPECT_EQ(schema["properties"]["on"]["format"], "date");
  EXPECT_EQ(schema["properties"]["kinds"]["items"]["enum"], Json::array({"home", "school"}));
  EXPECT_EQ(schema["properties"]["place"]["description"], "where it happened");
  EXPECT_FALSE(schema["properties"].contains("worker_id"));
  EXPECT_EQ(schema["required"], Json::array({"id", "place", "on", "at", "kinds", "child_seen", "minutes"}));
}

}  // namespace
}  // namespace childrecord
