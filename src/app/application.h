#pragma once

#include <functional>
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
// and error mapping. Handle() and HandleAsync() are thread safe.
class Application {
 public:
  // Borrows `store`. An owner that used HandleAsync must drain the store's access log
  // (Store::DrainAccessLog) before destroying the application: an answer still waiting for its
  // row would otherwise be finished by an application no longer there.
  Application(Store& store, Tenant tenant, AppConfig config, std::unique_ptr<Templates> templates,
              std::shared_ptr<const LanguageRules> language_rules);
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  // The answer to `request`, once the access-log row of what it read is durable (SPEC §4):
  // HandleAsync, waited for. `request` is left as the handlers left it.
  Response Handle(Request& request);
  // The same answer, given to `respond` (exactly once) without waiting here for the row's commit:
  // on this thread when nothing is to be logged, else on the access log's writer thread once the
  // row is durable, so the calling thread goes on to other work meanwhile. `respond` must be
  // short and must not wait for the access log.
  void HandleAsync(std::shared_ptr<Request> request, std::function<void(Response)> respond);

  // The routes, for tests that must cover every endpoint (tests/app/access_matrix_test.cc).
  const Router& router() const { return router_; }
  // Every endpoint and its access action: the table's (auth/access_policy.h Endpoints()) and the
  // feature modules'. The access matrix test walks it.
  const std::vector<Endpoint>& endpoints() const { return endpoints_; }
  // The OpenAPI document served at /api/v1/openapi.json: the API's own routes and every feature's.
  const Json& openapi() const { return openapi_; }

 private:
  void AddFeatureModules();
  // The handler's answer, its reads gathered in request.page_reads and not yet logged.
  Response Answer(Request& request);
  // A page view's or API read's reads (Request::page_reads): one access-log row per record.
  std::vector<NewAccessLogEntry> PageReadRows(const Request& request) const;
  // What is answered when the reads could not be logged: the data is not shown.
  Response Unlogged(Request& request);
  // Every answer's last touches: the security headers, no body for HEAD.
  static void Finish(const Request& request, Response& response);

  AppContext context_;
  Router router_;
  std::vector<Endpoint> endpoints_;
  Json openapi_;
};

}  // namespace childrecord
