#pragma once

#include <memory>
#include <string>
#include <vector>

#include "auth/access_policy.h"
#include "core/canonical_json.h"
#include "http/request.h"
#include "http/router.h"
#include "service/app_context.h"
#include "web/templates.h"

namespace childrecord {

// The whole web application behind the HTTP server: routes, authentication, security headers
// and error mapping. Handle() is thread safe.
class Application {
 public:
  Application(Store& store, Tenant tenant, AppConfig config, std::unique_ptr<Templates> templates,
              std::shared_ptr<const LanguageRules> language_rules);
  Response Handle(Request& request);

  // The routes, for tests that must cover every endpoint (tests/app/access_matrix_test.cc).
  const Router& router() const { return router_; }
  // Every endpoint and its access action: the table's (auth/access_policy.h Endpoints()) and the
  // feature modules'. The access matrix test walks it.
  const std::vector<Endpoint>& endpoints() const { return endpoints_; }
  // The OpenAPI document served at /api/v1/openapi.json: the API's own routes and every feature's.
  const Json& openapi() const { return openapi_; }

 private:
  void AddFeatureModules();
  // Writes a page view's reads (Request::page_reads), one access-log row per record; false if
  // any could not be written (the page is then not shown).
  bool LogPageReads(const Request& request);

  AppContext context_;
  Router router_;
  std::vector<Endpoint> endpoints_;
  Json openapi_;
};

}  // namespace childrecord
