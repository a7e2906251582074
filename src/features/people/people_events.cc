// The people's part of the journal (R3, R5, R7, R13): person.added, person.contact_changed,
// child.person_linked (old payloads without the later fields and new ones alike),
// child.person_link_changed, child.family_time_arranged, child.private_provider_used,
// person.details_recorded and person.partnership_recorded (R20), their
// projections and their tables. Opening a record and a visit's key changes (R18) write these
// events as well as the People pages.
#include "features/people/people_events.h"

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "record/projection.h"
#include "record/projector_support.h"

namespace childrecord::features::people {
namespace {

using projector::BadPayload;

// Reads the payload's members into columns: text (required or NULL when absent), flags (0/1,
// absent is 0) and JSON (kept as its canonical text so verify compares one spelling; NULL when
// absent, which is how links recorded before those fields existed read).
class Reader {
 public:
  Reader(const JournalEvent& event, const Json& object) : event_(event), object_(object) {}

  Status Text(Fields& f, const char* column, const char* field, bool required) {
    auto it = object_.find(field);
    if (it == object_.end() || it->is_null()) {
      if (required) return BadPayload(event_, field);
      f[column] = FieldValue{};
      return Status::Ok();
    }
    if (!it->is_string() || (required && it->get<std::string>().empty())) return BadPayload(event_, field);
    f[column] = it->get<std::string>();
    return Status::Ok();
  }
  Status Flag(Fields& f, const char* column, const char* field) {
    auto it = object_.find(field);
    if (it == object_.end() || it->is_null()) {
      f[column] = int64_t{0};
      return Status::Ok();
    }
    if (!it->is_boolean()) return BadPayload(event_, field);
    f[column] = int64_t{it->get<bool>() ? 1 : 0};
    return Status::Ok();
  }
  Status JsonText(Fields& f, const char* column, const char* field, bool required, bool array) {
    auto it = object_.find(field);
    if (it == object_.end() || it->is_null()) {
      if (required) return BadPayload(event_, field);
      f[column] = FieldValue{};
      return Status::Ok();
    }
    if (array ? !it->is_array() : !it->is_object()) return BadPayload(event_, field);
    auto text = CanonicalJson(*it);
    if (!text.ok()) return BadPayload(event_, field);
    f[column] = *text;
    return Status::Ok();
  }
  Result<std::string> Id(const char* field) {
    auto it = object_.find(field);
    if (it == object_.end() || !it->is_string() || it->get<std::string>().empty()) return BadPayload(event_, field);
    return it->get<std::string>();
  }

 private:
  const JournalEvent& event_;
  const Json& object_;
};

// The link's own columns, shared by child.person_linked and child.person_link_changed.
Status LinkColumns(Reader& r, Fields& f) {
  CR_RETURN_IF_ERROR(r.Text(f, "relationship", "relationship", true));
  CR_RETURN_IF_ERROR(r.Flag(f, "lives_in_home", "lives_in_home"));
  CR_RETURN_IF_ERROR(r.Flag(f, "parental_responsibility", "parental_responsibility"));
  CR_RETURN_IF_ERROR(r.Text(f, "parental_responsibility_basis", "parental_responsibility_basis", false));
  CR_RETURN_IF_ERROR(r.Text(f, "parental_responsibility_since", "parental_responsibility_since", false));
  CR_RETURN_IF_ERROR(r.Text(f, "important_to", "important_to", false));
  CR_RETURN_IF_ERROR(r.JsonText(f, "home_periods", "home_periods", false, true));
  return Status::Ok();
}

// R20: person.details_recorded. The version row first: its key (person/version) refuses a second
// record made from the same version at the same moment; then the person's current details.
Result<std::vector<Mutation>> ProjectPersonDetails(const JournalEvent& event, Reader& r) {
  const Json& p = event.payload;
  CR_ASSIGN_OR_RETURN(std::string person_id, r.Id("person_id"));
  auto version = p.find("version");
  if (version == p.end() || !version->is_number_integer() || version->get<int64_t>() < 1) {
    return BadPayload(event, "version");
  }
  Fields f;
  CR_RETURN_IF_ERROR(r.Text(f, "child_id", "child_id", true));
  CR_RETURN_IF_ERROR(r.Text(f, "sex", "sex", true));
  CR_RETURN_IF_ERROR(r.Text(f, "born_on", "born_on", false));
  auto order = p.find("birth_order");
  if (order == p.end() || order->is_null()) {
    f["birth_order"] = FieldValue{};
  } else if (order->is_number_integer()) {
    f["birth_order"] = order->get<int64_t>();
  } else {
    return BadPayload(event, "birth_order");
  }
  CR_RETURN_IF_ERROR(r.Flag(f, "died", "died"));
  CR_RETURN_IF_ERROR(r.Text(f, "died_on", "died_on", false));
  f["version"] = version->get<int64_t>();
  f["recorded_at"] = FormatUtc(event.recorded_at);
  f["recorded_by"] = event.actor;
  Fields history = f;
  history["person_id"] = person_id;
  std::vector<Mutation> out;
  out.push_back(Mutation{Mutation::Kind::kInsert, "person_detail_versions",
                         person_id + "/" + std::to_string(version->get<int64_t>()), std::move(history)});
  out.push_back(Mutation{Mutation::Kind::kUpsert, "person_details", person_id, std::move(f)});
  return out;
}

Result<std::vector<Mutation>> ProjectPeople(const JournalEvent& event) {
  const Json& p = event.payload;
  Reader r(event, p);
  const std::string recorded_at = FormatUtc(event.recorded_at);
  std::vector<Mutation> out;

  if (event.type == events::kPersonAdded) {
    using projector::Column;
    CR_ASSIGN_OR_RETURN(std::string id, projector::IdOf(event, "person_id"));
    CR_ASSIGN_OR_RETURN(Fields f, projector::ReadColumns(event, p,
                                                         {{"full_name", "full_name", Column::kRequiredText},
                                                          {"phone", "phone", Column::kOptionalText},
                                                          {"email", "email", Column::kOptionalText},
                                                          {"address", "address", Column::kOptionalText}}));
    out.push_back(projector::Insert("people", id, std::move(f)));
    return out;
  }
  if (event.type == events::kPersonContactChanged) {
    CR_ASSIGN_OR_RETURN(std::string id, r.Id("person_id"));
    Fields f;
    CR_RETURN_IF_ERROR(r.Text(f, "phone", "phone", false));
    CR_RETURN_IF_ERROR(r.Text(f, "email", "email", false));
    CR_RETURN_IF_ERROR(r.Text(f, "address", "address", false));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "people", id, std::move(f)});
    return out;
  }
  if (event.type == events::kChildPersonLinked) {
    CR_ASSIGN_OR_RETURN(std::string id, r.Id("link_id"));
    Fields f;
    CR_RETURN_IF_ERROR(r.Text(f, "child_id", "child_id", true));
    CR_RETURN_IF_ERROR(r.Text(f, "person_id", "person_id", true));
    CR_RETURN_IF_ERROR(LinkColumns(r, f));
    f["version"] = int64_t{1};
    out.push_back(Mutation{Mutation::Kind::kInsert, "child_people", id, std::move(f)});
    return out;
  }
  if (event.type == events::kChildPersonLinkChanged) {
    CR_ASSIGN_OR_RETURN(std::string id, r.Id("link_id"));
    auto version = p.find("version");
    if (version == p.end() || !version->is_number_integer() || version->get<int64_t>() < 2) {
      return BadPayload(event, "version");
    }
    const int64_t v = version->get<int64_t>();
    Fields link;
    CR_RETURN_IF_ERROR(LinkColumns(r, link));
    link["version"] = v;
    Fields change = link;
    change.erase("version");
    CR_RETURN_IF_ERROR(r.Text(change, "child_id", "child_id", true));
    CR_RETURN_IF_ERROR(r.JsonText(change, "changed", "changed", true, true));
    CR_RETURN_IF_ERROR(r.Text(change, "reason", "reason", false));
    CR_RETURN_IF_ERROR(r.Text(change, "entry_id", "entry_id", false));
    change["link_id"] = id;
    change["version"] = v;
    change["recorded_at"] = recorded_at;
    change["recorded_by"] = event.actor;
    // The change row first: its key (link/version) refuses a second change from the same version.
    out.push_back(Mutation{Mutation::Kind::kInsert, "child_person_link_changes", id + "/" + std::to_string(v),
                           std::move(change)});
    out.push_back(Mutation{Mutation::Kind::kUpdate, "child_people", id, std::move(link)});
    return out;
  }
  if (event.type == events::kFamilyTimeArranged) {
    CR_ASSIGN_OR_RETURN(std::string id, r.Id("family_time_id"));
    Fields f;
    CR_RETURN_IF_ERROR(r.Text(f, "child_id", "child_id", true));
    CR_RETURN_IF_ERROR(r.JsonText(f, "with_people", "with", true, true));
    CR_RETURN_IF_ERROR(r.Text(f, "how_often", "how_often", true));
    CR_RETURN_IF_ERROR(r.Text(f, "place", "where", false));
    CR_RETURN_IF_ERROR(r.Text(f, "support", "support", true));
    CR_RETURN_IF_ERROR(r.Text(f, "starts_on", "starts_on", true));
    CR_RETURN_IF_ERROR(r.Text(f, "ends_on", "ends_on", false));
    CR_RETURN_IF_ERROR(r.Text(f, "childs_views", "childs_views", false));
    f["recorded_at"] = recorded_at;
    f["recorded_by"] = event.actor;
    out.push_back(Mutation{Mutation::Kind::kInsert, "family_time", id, std::move(f)});
    return out;
  }
  if (event.type == events::kPrivateProviderUsed) {
    CR_ASSIGN_OR_RETURN(std::string id, r.Id("provider_use_id"));
    Fields f;
    CR_RETURN_IF_ERROR(r.Text(f, "child_id", "child_id", true));
    CR_RETURN_IF_ERROR(r.Text(f, "provider_name", "provider_name", true));
    CR_RETURN_IF_ERROR(r.Text(f, "kind", "kind", true));
    CR_RETURN_IF_ERROR(r.Text(f, "ofsted_urn", "ofsted_urn", false));
    CR_RETURN_IF_ERROR(r.Text(f, "arrangement", "arrangement", true));
    CR_RETURN_IF_ERROR(r.Text(f, "starts_on", "starts_on", true));
    CR_RETURN_IF_ERROR(r.Text(f, "ends_on", "ends_on", false));
    f["recorded_at"] = recorded_at;
    f["recorded_by"] = event.actor;
    out.push_back(Mutation{Mutation::Kind::kInsert, "private_providers", id, std::move(f)});
    return out;
  }
  if (event.type == events::kPersonDetailsRecorded) return ProjectPersonDetails(event, r);
  if (event.type == events::kPartnershipRecorded) {
    CR_ASSIGN_OR_RETURN(std::string id, r.Id("partnership_id"));
    Fields f;
    CR_RETURN_IF_ERROR(r.Text(f, "child_id", "child_id", true));
    CR_RETURN_IF_ERROR(r.Text(f, "first_person_id", "first_person_id", true));
    CR_RETURN_IF_ERROR(r.Text(f, "second_person_id", "second_person_id", true));
    CR_RETURN_IF_ERROR(r.Text(f, "kind", "kind", true));
    CR_RETURN_IF_ERROR(r.Text(f, "starts_on", "starts_on", true));
    CR_RETURN_IF_ERROR(r.Text(f, "ends_on", "ends_on", false));
    f["recorded_at"] = recorded_at;
    f["recorded_by"] = event.actor;
    out.push_back(Mutation{Mutation::Kind::kInsert, "partnerships", id, std::move(f)});
    return out;
  }
  return Error::Internal("Event " + std::to_string(event.seq) + " is not a people event ('" + event.type + "')");
}

}  // namespace

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{
      {events::kPersonAdded, events::kPersonContactChanged, events::kChildPersonLinked, events::kChildPersonLinkChanged,
       events::kFamilyTimeArranged, events::kPrivateProviderUsed, events::kPersonDetailsRecorded,
       events::kPartnershipRecorded},
      &ProjectPeople,
      {{"people", {"full_name", "phone", "email", "address"}},
       {"child_people",
        {"child_id", "person_id", "relationship", "lives_in_home", "parental_responsibility",
         "parental_responsibility_basis", "parental_responsibility_since", "important_to", "home_periods", "version"}},
       // Link changes (R3, R18), family time (R7), private providers (R13).
       {"child_person_link_changes",
        {"link_id", "child_id", "version", "changed", "relationship", "lives_in_home", "parental_responsibility",
         "parental_responsibility_basis", "parental_responsibility_since", "important_to", "home_periods", "reason",
         "entry_id", "recorded_at", "recorded_by"}},
       {"family_time",
        {"child_id", "with_people", "how_often", "place", "support", "starts_on", "ends_on", "childs_views",
         "recorded_at", "recorded_by"}},
       {"private_providers",
        {"child_id", "provider_name", "kind", "ofsted_urn", "arrangement", "starts_on", "ends_on", "recorded_at",
         "recorded_by"}},
       // R20: a person's details as the genogram needs them, every version, and the adults'
       // relationships.
       {"person_details",
        {"child_id", "sex", "born_on", "birth_order", "died", "died_on", "version", "recorded_at", "recorded_by"}},
       {"person_detail_versions",
        {"person_id", "child_id", "sex", "born_on", "birth_order", "died", "died_on", "version", "recorded_at",
         "recorded_by"}},
       {"partnerships",
        {"child_id", "first_person_id", "second_person_id", "kind", "starts_on", "ends_on", "recorded_at",
         "recorded_by"}}}};
}

}  // namespace childrecord::features::people
