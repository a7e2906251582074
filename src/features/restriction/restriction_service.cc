// RestrictionService: a record restricted to named people, or the restriction lifted (SPEC §4).
#include "features/restriction/restriction_service.h"

#include <algorithm>

#include "core/ids.h"
#include "features/restriction/restriction_events.h"
#include "store/account_repository.h"

namespace childrecord::features::restriction {

Result<ChildAccessFacts> RestrictionService::Restrict(const Principal& who, const std::string& child_id,
                                                      const Json& input, const AccessContext& access) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  auto restricted = input.find("restricted");
  if (restricted == input.end() || !restricted->is_boolean()) {
    return Error::Validation("restricted", "Say whether the record is restricted (true or false)");
  }
  auto why = input.find("reason");
  if (why == input.end() || !why->is_string() || !IsUsableReason(why->get<std::string>())) {
    return Error::Validation("reason", "Enter why the record is restricted or no longer restricted");
  }
  std::vector<std::string> named{who.user.id};
  if (auto ids = input.find("named_user_ids"); ids != input.end() && !ids->is_null()) {
    if (!ids->is_array()) return Error::Validation("named_user_ids", "Give the named people as a list of user ids");
    for (const Json& id : *ids) {
      if (!id.is_string() || !IsWellFormedId(id.get<std::string>()) ||
          !AccountRepository(store_).FindUser(tenant_id_, id.get<std::string>()).ok()) {
        return Error::Validation(
            "named_user_ids", "There is no user with the id " + (id.is_string() ? id.get<std::string>() : id.dump()));
      }
      if (std::find(named.begin(), named.end(), id.get<std::string>()) == named.end()) named.push_back(id);
    }
  }
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRestrictRecord, access));
  Json payload{{"child_id", child_id},
               {"restricted", restricted->get<bool>()},
               {"named_user_ids", restricted->get<bool>() ? Json(named) : Json::array()},
               {"reason", why->get<std::string>()}};
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildAccessRestricted, std::move(payload)}}));
  return store_.GetChildAccess(tenant_id_, child_id);
}

}  // namespace childrecord::features::restriction
