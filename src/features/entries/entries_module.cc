// Entries on the child's record as one feature module (features/feature_list.h): recording every
// kind (R15, R18, R19, R6/R27), reading them (the Entries tab, the Overview's latest entries, one
// entry's page), amending with every version kept (R29, R30), sharing with brothers' and sisters'
// records (R32) — the pages and the API. Their events and projection are entries_events.{h,cc}.
#include <memory>

#include "features/entries/entry_api.h"
#include "features/entries/entry_kind_pages.h"
#include "features/entries/entry_list_pages.h"
#include "features/entries/entry_pages.h"
#include "features/entries/entry_service.h"
#include "features/entries/entry_view_pages.h"
#include "features/feature_module.h"
#include "features/language/language_service.h"

namespace childrecord::features::entries {
namespace {

// What the handlers that record an entry borrow: the entries' service and the language check the
// entry passes first (R33's words we use on the forms, R34's confirmation before saving).
struct RecordingServices {
  std::shared_ptr<EntryService> entries = {};
  std::shared_ptr<LanguageService> language = {};
};

}  // namespace

FeatureModule Module(AppContext& context) {
  // The services live as long as the handlers that hold them (the application's lifetime).
  auto service = std::make_shared<EntryService>(context.store, context.tenant.id, context.record_access);
  // The entries' own LanguageService: it keeps no state but what it borrows from the context (the
  // store, the records' access decisions, the one checker), so it answers as the language
  // feature's does.
  auto language =
      std::make_shared<LanguageService>(context.store, context.tenant.id, context.record_access, context.language);
  auto recording = std::make_shared<RecordingServices>(RecordingServices{.entries = service, .language = language});
  FeatureModule module{.name = "entries"};
  AddEndpoints(module, EntriesTabEndpoints(context, *service), service);
  AddEndpoints(module, EntryApiEndpoints(context, *service, *language), recording);
  AddEndpoints(module, EntryPageEndpoints(context, *service, *language), recording);
  AddEndpoints(module, EntryKindPageEndpoints(context, *service, *language), recording);
  AddEndpoints(module, EntryViewPageEndpoints(context, *service), service);
  AttachOpenApi(module, EntryOpenApi());
  module.overview_sections.push_back(LatestEntriesOverviewSection(service));
  return module;
}

}  // namespace childrecord::features::entries
