// The identity's and living arrangements' part of the journal: child.identity_changed and
// child.living_arrangement_recorded, their projections and their history tables (R2, R4, R8).
#include "features/identity/identity_events.h"

#include <cstdio>

#include "core/canonical_json.h"
#include "core/text.h"
#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::identity {
namespace {

using projector::BadPayload;

// Text member or NULL (absent/null); anything else is a bad payload.
Result<FieldValue> OptionalText(const JournalEvent& event, const Json& object, const std::string& field,
                                const std::string& path) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return FieldValue{};
  if (!it->is_string()) return BadPayload(event, path);
  return FieldValue{it->get<std::string>()};
}

Result<std::string> RequiredText(const JournalEvent& event, const Json& object, const std::string& field) {
  auto it = object.find(field);
  if (it == object.end() || !it->is_string() || it->get<std::string>().empty()) return BadPayload(event, field);
  return it->get<std::string>();
}

Result<std::string> RequiredDate(const JournalEvent& event, const Json& object, const std::string& field) {
  CR_ASSIGN_OR_RETURN(std::string text, RequiredText(event, object, field));
  if (!ParseIsoDate(text)) return BadPayload(event, field);
  return text;
}

}  // namespace

std::string HistoryRowId(int64_t seq) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%012lld", static_cast<long long>(seq));
  return buffer;
}

Result<std::vector<Mutation>> ProjectIdentityChanged(const JournalEvent& event) {
  const Json& p = event.payload;
  CR_ASSIGN_OR_RETURN(std::string child_id, RequiredText(event, p, "child_id"));
  CR_ASSIGN_OR_RETURN(std::string from, RequiredDate(event, p, "effective_from"));
  CR_ASSIGN_OR_RETURN(FieldValue reason, OptionalText(event, p, "reason", "reason"));
  auto changes = p.find("changes");
  if (changes == p.end() || !changes->is_object() || changes->empty()) return BadPayload(event, "changes");
  CR_ASSIGN_OR_RETURN(std::string changes_text, CanonicalJson(*changes));

  std::vector<Mutation> out;
  out.push_back(Mutation{Mutation::Kind::kInsert, "identity_changes", HistoryRowId(event.seq),
                         Fields{{"child_id", child_id},
                                {"effective_from", from},
                                {"reason", reason},
                                {"changes", changes_text},
                                {"recorded_at", FormatUtc(event.recorded_at)},
                                {"recorded_by", event.actor}}});
  for (const auto& [field, change] : changes->items()) {
    const std::string path = "changes." + field + ".value";
    if (!change.is_object()) return BadPayload(event, "changes." + field);
    const Json value = change.value("value", Json(nullptr));
    Fields f;
    if (field == "full_name") {
      if (!value.is_string() || value.get<std::string>().empty()) return BadPayload(event, path);
      f["full_name"] = value.get<std::string>();
      f["name_key"] = FoldCase(value.get<std::string>());  // the children search finds the new name
    } else if (field == "other_names") {
      if (value.is_null() || (value.is_array() && value.empty())) {
        f["other_names"] = FieldValue{};
      } else {
        if (!value.is_array()) return BadPayload(event, path);
        CR_ASSIGN_OR_RETURN(std::string names, CanonicalJson(value));
        f["other_names"] = names;
      }
    } else if (field == "date_of_birth" || field == "sex" || field == "nhs_number" || field == "upn" ||
               field == "local_child_id") {
      CR_ASSIGN_OR_RETURN(FieldValue text, OptionalText(event, change, "value", path));
      if (field == "local_child_id" && std::holds_alternative<std::monostate>(text)) continue;
      f[field] = text;
    } else {
      return BadPayload(event, "changes." + field);
    }
    const std::string guard = field + "_from";
    f[guard] = from;
    Mutation update{Mutation::Kind::kUpdate, "children", child_id, std::move(f)};
    update.unless_later = guard;
    out.push_back(std::move(update));
  }
  return out;
}

Result<std::vector<Mutation>> ProjectLivingArrangement(const JournalEvent& event) {
  const Json& p = event.payload;
  CR_ASSIGN_OR_RETURN(std::string child_id, RequiredText(event, p, "child_id"));
  CR_ASSIGN_OR_RETURN(std::string from, RequiredDate(event, p, "effective_from"));
  CR_ASSIGN_OR_RETURN(std::string place_kind, RequiredText(event, p, "place_kind"));
  CR_ASSIGN_OR_RETURN(std::string legal_status, RequiredText(event, p, "legal_status"));
  CR_ASSIGN_OR_RETURN(FieldValue place, OptionalText(event, p, "place", "place"));
  CR_ASSIGN_OR_RETURN(FieldValue with_whom, OptionalText(event, p, "with_whom", "with_whom"));
  CR_ASSIGN_OR_RETURN(FieldValue provider, OptionalText(event, p, "provider_name", "provider_name"));
  FieldValue made_on, court, document_id;
  if (auto order = p.find("order"); order != p.end() && !order->is_null()) {
    if (!order->is_object()) return BadPayload(event, "order");
    CR_ASSIGN_OR_RETURN(made_on, OptionalText(event, *order, "made_on", "order.made_on"));
    CR_ASSIGN_OR_RETURN(court, OptionalText(event, *order, "court", "order.court"));
    CR_ASSIGN_OR_RETURN(document_id, OptionalText(event, *order, "document_id", "order.document_id"));
  }
  std::vector<Mutation> out;
  out.push_back(Mutation{Mutation::Kind::kInsert, "living_arrangements", HistoryRowId(event.seq),
                         Fields{{"child_id", child_id},
                                {"effective_from", from},
                                {"place_kind", place_kind},
                                {"place", place},
                                {"with_whom", with_whom},
                                {"legal_status", legal_status},
                                {"order_made_on", made_on},
                                {"order_court", court},
                                {"order_document_id", document_id},
                                {"provider_name", provider},
                                {"recorded_at", FormatUtc(event.recorded_at)},
                                {"recorded_by", event.actor}}});
  return out;
}

Fields OpenedIdentityColumns(const Fields& opened) {
  auto get = [&](const char* column) {
    auto it = opened.find(column);
    return it == opened.end() ? FieldValue{} : it->second;
  };
  Fields f{{"opened_full_name", get("full_name")},
           {"opened_date_of_birth", get("date_of_birth")},
           {"opened_local_child_id", get("local_child_id")}};
  // R20: the child's sex is never given when the record is opened; an identity change records it.
  for (const char* column : {"other_names", "sex", "nhs_number", "upn", "full_name_from", "other_names_from",
                             "date_of_birth_from", "sex_from", "nhs_number_from", "upn_from", "local_child_id_from"}) {
    f[column] = FieldValue{};
  }
  return f;
}

Result<std::vector<Mutation>> ProjectIdentityEvent(const JournalEvent& event) {
  if (event.type == events::kIdentityChanged) return ProjectIdentityChanged(event);
  return ProjectLivingArrangement(event);
}

// The feature's part of the journal (record/projection.h FeatureEvents): its histories, and the
// identity columns of `children`, which child.record_opened starts (OpenedIdentityColumns) and
// child.identity_changed updates.
FeatureEvents Events() {
  return FeatureEvents{
      {events::kIdentityChanged, events::kLivingArrangementRecorded},
      &ProjectIdentityEvent,
      {{"children",
        {"other_names", "sex", "nhs_number", "upn", "full_name_from", "other_names_from", "date_of_birth_from",
         "sex_from", "nhs_number_from", "upn_from", "local_child_id_from", "opened_full_name", "opened_date_of_birth",
         "opened_local_child_id"}},
       {"identity_changes", {"child_id", "effective_from", "reason", "changes", "recorded_at", "recorded_by"}},
       {"living_arrangements",
        {"child_id", "effective_from", "place_kind", "place", "with_whom", "legal_status", "order_made_on",
         "order_court", "order_document_id", "provider_name", "recorded_at", "recorded_by"}}}};
}

}  // namespace childrecord::features::identity
