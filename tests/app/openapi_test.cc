// The OpenAPI document covers the whole JSON API (SPEC §6): every /api/v1 route the Application
// registers has an operation in /api/v1/openapi.json with its responses, so a route cannot be
// added undocumented. (Validity against OpenAPI 3.0 is checked by tests/integration/openapi.test.mjs.)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "app/app_support.h"
#include "core/ids.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class OpenApiTest : public BackendTest {};

TEST_P(OpenApiTest, EveryApiRouteIsDocumented) {
  auto tenant = store().CreateTenant("OpenAPI Council");
  ASSERT_TRUE(tenant.ok());
  const std::string blobs = (std::filesystem::temp_directory_path() / ("openapi-blobs-" + RandomHex(8))).string();
  auto app = MakeTestApplication(store(), *tenant, blobs);
  ASSERT_NE(app, nullptr);
  Request request;
  request.method = "GET";
  request.path = request.target = "/api/v1/openapi.json";
  Response served = app->Handle(request);
  ASSERT_EQ(served.status, 200);
  const Json doc = Json::parse(served.body, nullptr, false);
  ASSERT_TRUE(doc.is_object());
  int api_routes = 0;
  for (const auto& [method, pattern] : app->router().Patterns()) {
    if (!pattern.starts_with("/api/v1/")) continue;
    ++api_routes;
    std::string verb = method;
    std::transform(verb.begin(), verb.end(), verb.begin(), [](unsigned char c) { return std::tolower(c); });
    const bool documented = doc["paths"].contains(pattern) && doc["paths"][pattern].contains(verb);
    EXPECT_TRUE(documented) << method << " " << pattern << " is not in the OpenAPI document (src/api/openapi.cc)";
    if (documented) {
      EXPECT_TRUE(doc["paths"][pattern][verb].contains("responses")) << method << " " << pattern;
    }
  }
  EXPECT_GT(api_routes, 20);
  std::filesystem::remove_all(blobs);
}

// The amendment's visit answers (R18 with R29/R30) and R21's contact details are accepted by the
// API, so they are in its schemas, each answer by name.
TEST_P(OpenApiTest, AmendmentVisitAnswersAndContactDetailsAreInTheSchema) {
  auto tenant = store().CreateTenant("OpenAPI Council");
  ASSERT_TRUE(tenant.ok());
  const std::string blobs = (std::filesystem::temp_directory_path() / ("openapi-blobs-" + RandomHex(8))).string();
  auto app = MakeTestApplication(store(), *tenant, blobs);
  ASSERT_NE(app, nullptr);
  Request request;
  request.method = "GET";
  request.path = request.target = "/api/v1/openapi.json";
  const Json doc = Json::parse(app->Handle(request).body, nullptr, false);
  const Json& schemas = doc["components"]["schemas"];
  EXPECT_EQ(schemas["AmendEntry"]["properties"]["visit"]["$ref"], "#/components/schemas/VisitAnswers");
  for (const char* answer : {"interpreter_used", "interpreter_language", "child_seen", "child_not_seen_reason",
                             "seen_alone", "seen_alone_reason"}) {
    EXPECT_TRUE(schemas["VisitAnswers"]["properties"].contains(answer)) << answer;
  }
  EXPECT_EQ(schemas["NewEntry"]["properties"]["contact"]["$ref"], "#/components/schemas/Contact");
  for (const char* field : {"who_was_there", "discussed", "actions", "decisions"}) {
    EXPECT_TRUE(schemas["Contact"]["properties"].contains(field)) << field;
  }
  EXPECT_EQ(schemas["AmendEntry"]["properties"]["contact"]["$ref"], "#/components/schemas/ContactAnswers");
  std::filesystem::remove_all(blobs);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, OpenApiTest, ::testing::Values(Backend::kSqlite), BackendParamName);

}  // namespace
}  // namespace childrecord::testing
