#include "features/transfer/transfer_views.h"

#include "features/transfer/transfer_rules.h"

namespace childrecord {

const fields::Description<TransferView>& Describe(const TransferView*) {
  using fields::Kind;
  using V = TransferView;
  static const fields::Description<TransferView> description = {
      {"id", "t.id", &V::id},
      {"child_id", "t.child_id", &V::child_id},
      {"agency", "t.agency", &V::agency, Kind::kText, "the adoption agency the copy went to"},
      {"agency_contact", "t.agency_contact", &V::agency_contact, Kind::kOptionalText},
      {"sent_on", "t.sent_on", &V::sent_on, Kind::kDate},
      {"method", "t.method", &V::method, Kind::kText, "how the copy was sent", TransferMethods()},
      {"parts", "t.parts", &V::parts, Kind::kJsonList, "the parts of the record sent", TransferParts()},
      {"entries_from", "t.entries_from", &V::entries_from, Kind::kOptionalDate},
      {"entries_to", "t.entries_to", &V::entries_to, Kind::kOptionalDate},
      {"reason", "t.reason", &V::reason},
      {"recorded_at", "t.recorded_at", &V::recorded_at, Kind::kInstant},
      {"recorded_by_id", "t.recorded_by", &V::recorded_by, Kind::kText, "", {}, /*internal=*/true},
      {"recorded_by", "u.full_name", &V::recorded_by_name, Kind::kText, "who recorded the transfer"},
  };
  return description;
}

}  // namespace childrecord
