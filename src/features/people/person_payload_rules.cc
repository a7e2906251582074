#include "features/people/person_payload_rules.h"

namespace childrecord {

std::string TextMember(const Json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Json PersonAddedPayload(const std::string& person_id, const std::string& full_name, const Json& contact) {
  Json p{{"person_id", person_id}, {"full_name", full_name}};
  if (contact.is_object()) {
    for (const char* key : {"phone", "email", "address"}) {
      if (!TextMember(contact, key).empty()) p[key] = contact[key];
    }
  }
  return p;
}

std::optional<Date> LegacyHomeSince(const ChildRecord& child) { return ParseIsoDate(child.referral_received_on); }

}  // namespace childrecord
