// Entries on the child's record as one feature module (features/feature_list.h): recording every
// kind (R15, R18, R19, R6/R27), reading one, amending with every version kept (R29, R30), sharing
// with brothers' and sisters' records (R32) — the pages and the API. The use cases are still
// RecordService's (service/record_service.h), because the record's Overview and Entries tab read
// entries too; their events are projected with the record's own tables.
#include "features/entries/entry_api.h"
#include "features/entries/entry_kind_pages.h"
#include "features/entries/entry_pages.h"
#include "features/entries/entry_view_pages.h"
#include "features/feature_module.h"

namespace childrecord::features::entries {

FeatureModule Module(AppContext& context) {
  FeatureModule module{.name = "entries"};
  AddEndpoints(module, EntryApiEndpoints(context));
  AddEndpoints(module, EntryPageEndpoints(context));
  AddEndpoints(module, EntryKindPageEndpoints(context));
  AddEndpoints(module, EntryViewPageEndpoints(context));
  AttachOpenApi(module, EntryOpenApi());
  return module;
}

}  // namespace childrecord::features::entries
