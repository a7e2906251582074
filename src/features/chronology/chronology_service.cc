#include "features/chronology/chronology_service.h"

#include "auth/access_policy.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/chronology/chronology_events.h"
#include "features/chronology/chronology_pdf.h"
#include "features/chronology/chronology_rules.h"
#include "record/field_rules.h"

namespace childrecord {

Result<Page<ChronologyItem>> ChronologyService::List(const Principal& who, const std::string& child_id,
                                                     const ChronologyFilter& filter, const std::string& cursor,
                                                     int64_t limit, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access, "chronology"));
  return items_.List(tenant_id_, child_id, filter, cursor, std::clamp<int64_t>(limit, 1, kPageSize));
}

Result<std::string> ChronologyService::Add(const Principal& who, const std::string& child_id, const Json& input,
                                           const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "chronology item added"));
  const std::string item_id = NewId();
  CR_ASSIGN_OR_RETURN(
      Json payload, BuildChronologyItemAdded(input, child_id, item_id, "", record_fields::Today(store_.clock().Now())));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChronologyItemAdded, std::move(payload)}}));
  return "item:" + item_id;
}

Result<std::string> ChronologyService::Promote(const Principal& who, const std::string& child_id,
                                               const std::string& entry_id, const Json& input,
                                               const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "entry promoted to chronology"));
  CR_RETURN_IF_ERROR(items_.Entry(tenant_id_, child_id, entry_id));
  const std::string item_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildChronologyItemAdded(input, child_id, item_id, entry_id,
                                                             record_fields::Today(store_.clock().Now())));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChronologyItemAdded, std::move(payload)}}));
  return "item:" + item_id;
}

Status ChronologyService::NoteImpact(const Principal& who, const std::string& child_id, const std::string& ref,
                                     const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "chronology impact noted"));
  CR_ASSIGN_OR_RETURN(Json payload, BuildChronologyImpactNoted(input, child_id, ref));
  CR_RETURN_IF_ERROR(items_.CheckItem(tenant_id_, child_id, ref));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChronologyImpactNoted, std::move(payload)}}));
  return Status::Ok();
}

Result<ChronologyRepository::EntryFacts> ChronologyService::EntryToPromote(const Principal& who,
                                                                           const std::string& child_id,
                                                                           const std::string& entry_id,
                                                                           const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access, "entry to promote"));
  return items_.Entry(tenant_id_, child_id, entry_id);
}

Result<ChronologyService::Pdf> ChronologyService::CourtPdf(const Principal& who, const std::string& child_id,
                                                           const AccessContext& access) {
  // The whole record's significant events leave the system in this file: logged as such.
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access,
                                              "chronology PDF (the whole chronology)"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  // The head first: every event the chronology reads is at or before it.
  CR_ASSIGN_OR_RETURN(JournalHead head, store_.Head(tenant_id_));
  ChronologyPdf pdf({child.summary.full_name,
                     child.summary.date_of_birth.empty() ? std::string("Not known")
                                                         : ChronologyDateWords({"day", child.summary.date_of_birth}),
                     FormatUkDate(store_.clock().Now())});
  Pdf out;
  std::string cursor;
  do {
    CR_ASSIGN_OR_RETURN(Page<ChronologyItem> page, items_.List(tenant_id_, child_id, {}, cursor, kPageSize));
    for (const ChronologyItem& item : page.items) {
      std::string event = item.what_happened;
      if (!item.impact.empty()) event += "\nImpact on the child: " + item.impact;
      pdf.AddRow(++out.events, item.date_words, event, item.source);
    }
    cursor = page.next;
  } while (!cursor.empty());
  out.bytes = pdf.Finish(out.events, head.seq, head.hash);
  std::string name;
  for (char c : child.summary.full_name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (plain)
      name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else if (!name.empty() && name.back() != '-')
      name += '-';
  }
  while (!name.empty() && name.back() == '-') name.pop_back();
  out.filename = "chronology-" + (name.empty() ? std::string("child") : name) + ".pdf";
  return out;
}

Result<std::vector<ChronologyItem>> ChronologyService::SignificantChangesSince(const std::string& child_id,
                                                                               TimePoint since) {
  ChronologyFilter filter;
  filter.kinds = {"entry", "household", "living", "order"};
  filter.from = FormatIsoDate(LondonDate(since));
  std::vector<ChronologyItem> out;
  std::string cursor;
  do {
    CR_ASSIGN_OR_RETURN(Page<ChronologyItem> page, items_.List(tenant_id_, child_id, filter, cursor, kPageSize));
    for (ChronologyItem& item : page.items) out.push_back(std::move(item));
    cursor = page.next;
  } while (!cursor.empty());
  return out;
}

}  // namespace childrecord
