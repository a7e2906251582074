#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "auth/access_policy.h"
#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "http/router.h"
#include "service/app_context.h"

namespace childrecord {

// One endpoint of a feature: what Application registers, what the access matrix test walks and,
// for /api/v1 routes, what the OpenAPI document says.
struct FeatureEndpoint {
  std::string method;   // "GET", "POST"
  std::string pattern;  // as Router::Add takes it: "/api/v1/children/{id}/documents"
  AccessAction action;  // the row of the role × action table that decides it (auth/access_policy.h)
  Handler handler;
  Json openapi = nullptr;  // the OpenAPI 3.0 operation object; required for /api/v1 routes
};

// Everything a feature adds to the application, built once at start from the application's
// context (which outlives it). Its events are described apart, in the pure library
// (record/projection.h FeatureEvents), because verify and the store need them without HTTP.
struct FeatureModule {
  std::string name;
  std::vector<FeatureEndpoint> endpoints = {};
  Json openapi_schemas = Json::object();  // components.schemas the operations refer to
  // Sections the feature adds to a child's Overview page, in order (service/app_context.h).
  std::vector<OverviewSection> overview_sections = {};
  // Members the feature adds to the API's answer for a child, and to its OpenAPI schema "Child".
  std::vector<ChildMember> child_members = {};
};

// Adds `endpoints` to the module. Each handler holds `owner` (the service its handlers borrow, made
// by the module) so that it lives as long as the handlers; null when they borrow only the context.
void AddEndpoints(FeatureModule& module, std::vector<FeatureEndpoint> endpoints,
                  std::shared_ptr<const void> owner = nullptr);

// Sets each endpoint's OpenAPI operation from `doc`'s paths (the same method and pattern) and the
// module's schemas from `doc`'s components.schemas: for a feature that describes its API as one
// OpenAPI fragment. An endpoint `doc` does not describe keeps its operation (null for pages).
void AttachOpenApi(FeatureModule& module, const Json& doc);

}  // namespace childrecord
