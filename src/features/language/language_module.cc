// Language that cares (R33-R35) as one feature module (features/feature_list.h): the checker's API,
// the record's words we use, the live check behind the entry forms and the team's language view.
// The checking itself (language/) and LanguageService (service/) stay below: recording an entry
// uses them too (R34's confirmation before saving).
#include "features/feature_module.h"
#include "features/language/language_api.h"
#include "features/language/language_pages.h"

namespace childrecord::features::language {

FeatureModule Module(AppContext& context) {
  FeatureModule module{.name = "language"};
  AddEndpoints(module, LanguageApiEndpoints(context));
  AddEndpoints(module, LanguagePageEndpoints(context));
  AttachOpenApi(module, LanguageOpenApi());
  return module;
}

}  // namespace childrecord::features::language
