// Accounts (R43-R45, R53, R54): signing in and out, one's own account, API tokens and the
// administrators' pages, as one feature module (features/feature_list.h). Who a request is
// (sessions, throttling, passwords) stays in auth/, which every request goes through.
#include "features/accounts/account_pages.h"
#include "features/accounts/admin_pages.h"
#include "features/accounts/token_api.h"
#include "features/feature_module.h"

namespace childrecord::features::accounts {

FeatureModule Module(AppContext& context) {
  FeatureModule module{.name = "accounts"};
  AddEndpoints(module, TokenApiEndpoints(context));
  AddEndpoints(module, AccountPageEndpoints(context));
  AddEndpoints(module, AdminPageEndpoints(context));
  module.openapi_schemas = TokenOpenApiSchemas();
  return module;
}

}  // namespace childrecord::features::accounts
