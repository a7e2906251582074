// Full-text search of entries and children's names, as one feature module
// (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/search/search_api.h"
#include "features/search/search_pages.h"
#include "features/search/search_service.h"

namespace childrecord::features::search {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<SearchService>(context.store, context.tenant.id);
  FeatureModule module{.name = "search"};
  AddEndpoints(module, SearchApiEndpoints(context, *service), service);
  AddEndpoints(module, SearchPageEndpoints(context, *service), service);
  module.openapi_schemas = SearchOpenApiSchemas();
  return module;
}

}  // namespace childrecord::features::search
