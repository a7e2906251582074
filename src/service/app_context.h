#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "auth/session_service.h"
#include "language/language_checker.h"
#include "service/record_access.h"
#include "store/blob_store.h"
#include "store/store.h"

namespace childrecord {

class Templates;  // web/templates.h; only the pages use it
// A child's record as the children feature reads it (features/children/children_views.h). Only
// named here: the features make the Overview's sections and the Child's members below and call
// them with the record they read.
struct ChildRecord;

struct AppConfig {
  std::string web_root;  // holds templates/ and dist/
  std::string data_dir;  // holds language/ (the word lists a council edits)
  bool tls = false;      // cookies get Secure and the __Host- prefix
  std::string blob_dir;  // documents' bytes (store/blob_store.h); "" refuses uploads
  SessionSettings sessions;
};

// Where a feature's part of the Overview page goes.
enum class OverviewPlace {
  kBanner,       // above the overview, for what a reader must see first (a closed record, R1)
  kSummaryRows,  // rows of the summary list among the child's details at the top
  kSection,      // a section of its own below the details, in the order of the module list
  // a section of the page of its own after the Overview's, before the People (the latest entries)
  kAfterOverview,
};

// A feature's part of a child's Overview page: `fill` adds what template `template_name` shows for
// `child` to `data`. The page has already decided and logged the reader's access to the record;
// a fill that reads more of it goes through the feature's service or repository. A failed fill
// fails the page; a fill that leaves `data` null adds nothing. Features add these through their
// module (features/feature_module.h).
struct OverviewSection {
  std::string template_name;
  std::function<Status(const Principal& who, const AccessContext& access, const ChildRecord& child, Json& data)> fill;
  OverviewPlace place = OverviewPlace::kSection;
  // When set, the section is shown only when the page's address carries this query parameter as
  // "1": a confirmation after a form sent the reader back to the record ("?allocated=1").
  std::string shown_when = {};
};

// A member a feature adds to the API's answer for one child (OpenAPI schema "Child"): its name,
// its OpenAPI schema, and its value for a record the caller may already read. Thread safe.
struct ChildMember {
  std::string name;
  Json schema;
  std::function<Result<Json>(const ChildRecord& child)> value;
};

// Everything a request handler may use: the API's handlers (src/api) and the pages' (src/web)
// alike, which is why it lives below both. Owned by Application (src/app); handlers borrow it.
// The services are thread safe; the rest is read-only once built.
struct AppContext {
  Store& store;
  Tenant tenant;
  AppConfig config;
  SessionService sessions;
  RecordAccess record_access;  // the access decision (and its access-log row) every read of a record takes
  std::unique_ptr<Templates> templates;
  LanguageChecker language;  // R33-R35; rules loaded once at start; the features' LanguageService borrows it
  BlobStore blobs{config.blob_dir};
  // Filled by Application from the feature modules before the first request; read-only after.
  std::vector<OverviewSection> overview_sections = {};
  std::vector<ChildMember> child_members = {};

  // The session cookie's name: "__Host-childrecord" over TLS (the browser then insists on
  // Secure, Path=/ and no Domain), "childrecord" otherwise.
  std::string CookieName() const { return config.tls ? "__Host-childrecord" : "childrecord"; }
};

}  // namespace childrecord
