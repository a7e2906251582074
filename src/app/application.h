#pragma once

#include <memory>
#include <string>

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

 private:
  AppContext context_;
  Router router_;
};

}  // namespace childrecord
