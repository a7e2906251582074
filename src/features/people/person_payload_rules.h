#pragma once

#include <optional>
#include <string>

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "features/children/children_views.h"

namespace childrecord {

// Small pieces shared by the use cases that add people to a record: the People pages (R3, R5)
// and a visit's key changes (R18), which may add someone who moved in. Pure.

// `object[key]` when it is a string, else "".
std::string TextMember(const Json& object, const char* key);

// person.added: the person's name and contact details (absent members are left out, as in the
// payloads written before contact details were kept).
Json PersonAddedPayload(const std::string& person_id, const std::string& full_name, const Json& contact);

// The date a link recorded before home periods were kept is taken to have started (see
// LinkChangeOptions): the day the referral was received.
std::optional<Date> LegacyHomeSince(const ChildRecord& child);

}  // namespace childrecord
