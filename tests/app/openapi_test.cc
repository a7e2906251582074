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

INSTANTIATE_TEST_SUITE_P(Sqlite, OpenApiTest, ::testing::Values(Backend::kSqlite), BackendParamName);

}  // namespace
}  // namespace childrecord::testing
