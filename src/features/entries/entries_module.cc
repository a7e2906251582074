// Entries on the child's record as one feature module (features/feature_list.h): recording every
// kind (R15, R18, R19, R6/R27), reading them (the Entries tab, the Overview's latest entries, one
// entry's page), amending with every version kept (R29, R30), sharing with brothers' and sisters'
// records (R32) — the pages and the API. Their events are projected with the record's own tables.
#include <memory>

#include "features/entries/entry_api.h"
#include "features/entries/entry_kind_pages.h"
#include "features/entries/entry_list_pages.h"
#include "features/entries/entry_pages.h"
#include "features/entries/entry_view_pages.h"
#include "features/feature_module.h"

namespace childrecord::features::entries {

FeatureModule Module(AppContext& context) {
  // The context's service, which outlives the handlers; held without owning it.
  std::shared_ptr<EntryService> service(std::shared_ptr<EntryService>(), &context.entries);
  FeatureModule module{.name = "entries"};
  AddEndpoints(module, EntriesTabEndpoints(context, *service));
  AddEndpoints(module, EntryApiEndpoints(context));
  AddEndpoints(module, EntryPageEndpoints(context));
  AddEndpoints(module, EntryKindPageEndpoints(context));
  AddEndpoints(module, EntryViewPageEndpoints(context));
  AttachOpenApi(module, EntryOpenApi());
  module.overview_sections.push_back(LatestEntriesOverviewSection(service));
  return module;
}

}  // namespace childrecord::features::entries
