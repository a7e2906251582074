// Entries on the child's record as one feature module (features/feature_list.h): recording every
// kind (R15, R18, R19, R6/R27), reading them (the Entries tab, the Overview's latest entries, one
// entry's page), amending with every version kept (R29, R30), sharing with brothers' and sisters'
// records (R32) — the pages and the API. Their events are projected with the record's own tables.
#include <memory>

#include "features/entries/entry_api.h"
#include "features/entries/entry_kind_pages.h"
#include "features/entries/entry_list_pages.h"
#include "features/entries/entry_pages.h"
#include "features/entries/entry_service.h"
#include "features/entries/entry_view_pages.h"
#include "features/feature_module.h"

namespace childrecord::features::entries {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<EntryService>(context.store, context.tenant.id, context.records);
  FeatureModule module{.name = "entries"};
  AddEndpoints(module, EntriesTabEndpoints(context, *service), service);
  AddEndpoints(module, EntryApiEndpoints(context, *service), service);
  AddEndpoints(module, EntryPageEndpoints(context, *service), service);
  AddEndpoints(module, EntryKindPageEndpoints(context, *service), service);
  AddEndpoints(module, EntryViewPageEndpoints(context, *service), service);
  AttachOpenApi(module, EntryOpenApi());
  module.overview_sections.push_back(LatestEntriesOverviewSection(service));
  return module;
}

}  // namespace childrecord::features::entries
