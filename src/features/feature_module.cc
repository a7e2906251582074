#include "features/feature_module.h"

#include "api/openapi.h"

namespace childrecord {

void AddEndpoints(FeatureModule& module, std::vector<FeatureEndpoint> endpoints, std::shared_ptr<const void> owner) {
  for (FeatureEndpoint& e : endpoints) {
    if (owner) e.handler = [owner, handler = std::move(e.handler)](Request& request) { return handler(request); };
    module.endpoints.push_back(std::move(e));
  }
}

void AttachOpenApi(FeatureModule& module, const Json& doc) {
  const Json& paths = doc.contains("paths") ? doc["paths"] : Json::object();
  for (FeatureEndpoint& e : module.endpoints) {
    auto path = paths.find(e.pattern);
    if (path == paths.end()) continue;
    auto operation = path->find(OpenApiVerb(e.method));
    if (operation != path->end()) e.openapi = *operation;
  }
  if (doc.contains("components") && doc["components"].contains("schemas")) {
    for (const auto& [name, schema] : doc["components"]["schemas"].items()) module.openapi_schemas[name] = schema;
  }
}

}  // namespace childrecord
