// A record restricted to named people, or the restriction lifted, in the journal
// (child.access_restricted): the children table's restricted and restricted_to columns.
#include "features/restriction/restriction_events.h"
#include "record/projector_support.h"

namespace childrecord::features::restriction {

using namespace projector;

Result<std::vector<Mutation>> ProjectAccessRestricted(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  std::vector<Mutation> out;
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "child_id"));
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"restricted", "restricted", Column::kFlag}}));
  // " id1 id2 ": each named id between spaces, so "is this user named" is one LIKE.
  std::string named = " ";
  auto ids = p.find("named_user_ids");
  if (ids == p.end() || !ids->is_array()) return BadPayload(event, "named_user_ids");
  for (const Json& user_id : *ids) {
    if (!user_id.is_string() || user_id.get<std::string>().empty()) return BadPayload(event, "named_user_ids");
    named += user_id.get<std::string>() + " ";
  }
  f["restricted_to"] = std::get<int64_t>(f["restricted"]) != 0 ? FieldValue{named} : FieldValue{};
  out.push_back(Mutation{Mutation::Kind::kUpdate, "children", id, std::move(f)});
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents). The columns are declared
// with the children table (features/children/children_events.cc): every read of a record decides
// access on them.
FeatureEvents Events() { return FeatureEvents{{events::kChildAccessRestricted}, &ProjectAccessRestricted, {}}; }

}  // namespace childrecord::features::restriction
