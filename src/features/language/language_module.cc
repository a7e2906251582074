// Language that cares (R33-R35) as one feature module (features/feature_list.h): the checker's API,
// the record's words we use, the live check behind the entry forms and the team's language view.
// The checker itself (language/) stays below: AppContext holds the one LanguageChecker, loaded at
// start, that every LanguageService borrows. The entries feature makes its own LanguageService for
// the record's words we use on its forms and R34's confirmation before an entry is saved.
#include <memory>

#include "features/feature_module.h"
#include "features/language/language_api.h"
#include "features/language/language_pages.h"
#include "features/language/language_service.h"

namespace childrecord::features::language {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service =
      std::make_shared<LanguageService>(context.store, context.tenant.id, context.record_access, context.language);
  FeatureModule module{.name = "language"};
  AddEndpoints(module, LanguageApiEndpoints(context, *service), service);
  AddEndpoints(module, LanguagePageEndpoints(context, *service), service);
  AttachOpenApi(module, LanguageOpenApi());
  return module;
}

}  // namespace childrecord::features::language
