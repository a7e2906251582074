#pragma once

#include <memory>
#include <string>

#include "auth/session_service.h"
#include "http/request.h"
#include "http/router.h"
#include "language/language_checker.h"
#include "service/language_service.h"
#include "service/document_service.h"
#include "service/record_service.h"
#include "store/blob_store.h"
#include "store/store.h"
#include "web/templates.h"

namespace childrecord {

struct AppConfig {
  std::string web_root;  // holds templates/ and dist/
  std::string data_dir;  // holds language/ (the word lists a council edits)
  bool tls = false;      // cookies get Secure and the __Host- prefix
  std::string blob_dir;  // documents' bytes (store/blob_store.h); "" refuses uploads
  SessionSettings sessions;
};

// Everything a request handler may use. Owned by Application; handlers borrow it.
struct AppContext {
  Store& store;
  Tenant tenant;
  AppConfig config;
  SessionService sessions;
  RecordService records;
  std::unique_ptr<Templates> templates;
  LanguageChecker language;  // R33-R35; rules loaded once at start
  LanguageService language_service{store, tenant.id, records, language};
  BlobStore blobs{config.blob_dir};
  DocumentService documents{store, tenant.id, records, blobs};

  // The session cookie's name: "__Host-childrecord" over TLS (the browser then insists on
  // Secure, Path=/ and no Domain), "childrecord" otherwise.
  std::string CookieName() const { return config.tls ? "__Host-childrecord" : "childrecord"; }
};

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
