// Documents on the child's record (R8-R14, R22) as one feature module (features/feature_list.h):
// the upload form and Documents tab, the API, downloads that are logged before a byte is sent.
#include <memory>

#include "features/documents/document_api.h"
#include "features/documents/document_pages.h"
#include "features/documents/document_service.h"
#include "features/feature_module.h"

namespace childrecord::features::documents {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service =
      std::make_shared<DocumentService>(context.store, context.tenant.id, context.record_access, context.blobs);
  FeatureModule module{.name = "documents"};
  AddEndpoints(module, DocumentApiEndpoints(context, *service), service);
  AddEndpoints(module, DocumentPageEndpoints(context, *service), service);
  AttachOpenApi(module, DocumentOpenApi());
  return module;
}

}  // namespace childrecord::features::documents
