#include "features/chronology/chronology_pages.h"

#include <map>

#include "core/field_errors.h"
#include "core/time_format.h"
#include "features/children/record_page.h"
#include "features/chronology/chronology_api.h"
#include "features/record_form.h"
#include "http/url.h"
#include "web/audit_pages.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string ChronologyPath(const std::string& child_id) { return "/children/" + child_id + "/chronology"; }

// A reference in a path segment: its "/" (closures', household changes' ids) as "~".
std::string RefToPath(std::string ref) {
  for (char& c : ref) c = c == '/' ? '~' : c;
  return ref;
}
std::string RefFromPath(std::string ref) {
  for (char& c : ref) c = c == '~' ? '/' : c;
  return ref;
}

// The typed day, month and year as the rules read a date of some precision: "2019", "2019-03" or
// "2019-03-14" (what was typed otherwise, which the rules refuse by name).
std::string DateValueOf(const TypedDate& typed) {
  auto pad = [](const std::string& s) { return s.size() == 1 ? "0" + s : s; };
  std::string value = typed.year;
  if (!typed.month.empty() || !typed.day.empty()) value += "-" + pad(typed.month);
  if (!typed.day.empty()) value += "-" + pad(typed.day);
  return value;
}

std::vector<Option> PrecisionOptions() {
  return {{"day", "On a day", "Enter the day, month and year"},
          {"month", "In a month", "Enter the month and year, and leave the day empty"},
          {"year", "In a year", "Enter the year only"},
          {"about", "About then", "Not certain: enter as much of the date as is known"},
          {"before", "Before then", "It happened before this date: enter as much of it as is known"}};
}

// R20: the form of an item added by hand, or promoted from an entry (`promoting`).
RecordForm ItemForm(ChronologyService& service, bool promoting) {
  RecordForm form{.action = AccessAction::kRecordEntry,
                  .detail = promoting ? "chronology promote form" : "chronology item form"};
  form.view = [&service, promoting](const Request& request, const ChildRecord& child, const Form& typed,
                                    bool posted) -> Result<RecordFormView> {
    RecordFormView view{.heading = promoting ? "Add this entry to the chronology" : "Add an item to the chronology",
                        .intro = promoting ? ""
                                           : "Add a significant event the record does not show by itself, "
                                             "such as something from the family’s history before the "
                                             "council was involved.",
                        .inset =
                            "A chronology lists significant events only. Say where it comes from, and what it "
                            "meant for the child.",
                        .submit_label = "Add to the chronology",
                        .back_href = ChronologyPath(child.summary.id),
                        .back_text = "Back to the chronology",
                        .default_field = "what_happened"};
    std::string precision = FormField(typed, "precision");
    TypedDate date = DateFrom(typed, "date");
    std::string what = FormField(typed, "what_happened");
    if (promoting) {
      CR_ASSIGN_OR_RETURN(auto entry, service.EntryToPromote(*request.principal, child.summary.id,
                                                             request.PathParam("entry"), AccessContextOf(request)));
      view.intro = "From the entry “" + entry.title +
                   "”. Its date and what happened are filled in from the entry: "
                   "change them if the chronology should say it differently.";
      if (!posted) {
        precision = "day";
        if (auto at = ParseRfc3339(entry.occurred_at)) date = DateOfIso(FormatIsoDate(LondonDate(*at)));
        what = entry.title;
      }
    }
    view.fields.push_back(ChoiceField("precision", "How precisely is the date known?", "", PrecisionOptions(),
                                      precision.empty() ? std::set<std::string>{} : std::set<std::string>{precision}));
    view.fields.push_back(DateField("date", "When did it happen?",
                                    "For a month, leave the day empty. For a year, leave the day and month empty.",
                                    date));
    view.fields.push_back(AreaField("what_happened", "What happened?", "", what));
    view.fields.push_back(TextField("source", promoting ? "Source (optional)" : "Source",
                                    promoting ? "The entry is the source. Add who told you, if it helps the reader."
                                              : "Who said so, or which document or record it comes from. For "
                                                "example, the health visitor’s letter of 3 May 2021.",
                                    FormField(typed, "source")));
    view.fields.push_back(AreaField("impact", "Impact on the child (optional)",
                                    "What it meant for the child, good or bad. You can add this later.",
                                    FormField(typed, "impact")));
    return view;
  };
  form.submit = [&service, promoting](const Request& request, const ChildRecord& child,
                                      const Form& typed) -> Result<std::string> {
    const Json input{
        {"date", {{"precision", FormField(typed, "precision")}, {"value", DateValueOf(DateFrom(typed, "date"))}}},
        {"what_happened", FormField(typed, "what_happened")},
        {"source", FormField(typed, "source")},
        {"impact", FormField(typed, "impact")}};
    auto ref = promoting ? service.Promote(*request.principal, child.summary.id, request.PathParam("entry"), input,
                                           AccessContextOf(request))
                         : service.Add(*request.principal, child.summary.id, input, AccessContextOf(request));
    if (!ref.ok()) return ref.error();
    return ChronologyPath(child.summary.id) + "?added=1";
  };
  form.field_for = [](const std::string& field) {
    return field == "date.precision" ? std::string("precision") : field;
  };
  return form;
}

// R20: the impact on the child of one item, written by a practitioner.
RecordForm ImpactForm(ChronologyService& service) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "chronology impact form"};
  form.view = [](const Request& request, const ChildRecord& child, const Form& typed, bool) -> Result<RecordFormView> {
    RecordFormView view{.heading = "Impact on the child",
                        .intro = "What this meant for " + child.summary.full_name + ", good or bad.",
                        .inset = "A new note replaces the one shown. Earlier notes are kept.",
                        .submit_label = "Save the impact",
                        .back_href = ChronologyPath(child.summary.id),
                        .back_text = "Back to the chronology",
                        .default_field = "impact"};
    (void)request;
    view.fields.push_back(AreaField("impact", "Impact on the child", "", FormField(typed, "impact")));
    return view;
  };
  form.submit = [&service](const Request& request, const ChildRecord& child, const Form& typed) -> Result<std::string> {
    CR_RETURN_IF_ERROR(service.NoteImpact(*request.principal, child.summary.id, RefFromPath(request.PathParam("ref")),
                                          Json{{"impact", FormField(typed, "impact")}}, AccessContextOf(request)));
    return ChronologyPath(child.summary.id) + "?impact=1";
  };
  return form;
}

// "?kind=entry&kind=added&from=…" of a filter, for the pages' links.
std::string FilterQuery(const ChronologyFilter& filter) {
  std::string q;
  for (const std::string& k : filter.kinds) q += "&kind=" + PercentEncode(k);
  if (!filter.from.empty()) q += "&from=" + filter.from;
  if (!filter.to.empty()) q += "&to=" + filter.to;
  if (filter.newest_first) q += "&order=newest";
  return q;
}

Response ChronologyPage(AppContext& context, ChronologyService& service, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* answer = std::get_if<Response>(&loaded)) return std::move(*answer);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  // The filter as typed: dates as day, month and year boxes, read into YYYY-MM-DD (the page's
  // own links carry them as YYYY-MM-DD, as the API does).
  Request shown = request;
  FieldErrors errors;
  const Form query_form(request.query.begin(), request.query.end());
  std::map<std::string, TypedDate> boxes;
  for (const char* bound : {"from", "to"}) {
    const TypedDate typed = DateFrom(query_form, bound);
    if (typed.Blank()) {
      boxes[bound] = DateOfIso(request.Query(bound));
      continue;
    }
    boxes[bound] = typed;
    shown.query.erase(bound);
    auto iso = IsoDateFromForm(typed.day, typed.month, typed.year, bound,
                               std::string(bound) == "from" ? "the date to show from" : "the date to show to");
    if (iso.ok()) {
      shown.query.emplace(bound, *iso);
    } else {
      errors.Add(iso.error());
    }
  }
  auto filter = FilterOf(shown);
  if (!filter.ok()) return ErrorPage(context, request, filter.error());
  const std::string cursor = request.Query("cursor");
  auto page =
      service.List(*request.principal, id, *filter, cursor, ChronologyService::kPageSize, AccessContextOf(request));
  if (!page.ok() && page.error().code == ErrorCode::kReasonRequired) {
    return AccessReasonPage(context, request, id, "", Json::array(), 403);
  }
  if (!page.ok()) return ErrorPage(context, request, page.error());
  const bool may_write = GrantFor(request.principal->user.role, AccessAction::kRecordEntry) != Grant::kNo;
  Json items = Json::array();
  for (const ChronologyItem& item : page->items) {
    Json row{{"date_words", item.date_words},
             {"uncertain", item.date_precision == "about" || item.date_precision == "before"},
             {"precision_words", item.date_precision == "about" ? "Date not certain" : "Before this date"},
             {"kind_label", ChronologyKindLabel(item.kind)},
             {"what_happened", item.what_happened},
             {"source", item.source},
             {"impact", item.impact},
             {"impact_noted_by", item.impact_noted_by},
             {"generated", item.generated}};
    if (!item.entry_id.empty()) row["entry_href"] = "/entries/" + item.entry_id;
    if (!item.document_id.empty()) row["document_href"] = "/documents/" + item.document_id + "/download";
    if (may_write) row["impact_href"] = ChronologyPath(id) + "/impact/" + RefToPath(item.ref);
    items.push_back(std::move(row));
  }
  Json kinds = Json::array();
  for (const std::string& k : ChronologyKinds()) {
    kinds.push_back({{"value", k}, {"text", ChronologyKindLabel(k)}, {"checked", filter->kinds.count(k) > 0}});
  }
  auto date_boxes = [&](const char* bound) {
    const TypedDate& typed = boxes[bound];
    return Json{{"day", typed.day}, {"month", typed.month}, {"year", typed.year}};
  };
  const std::string query = FilterQuery(*filter);
  Json data{
      {"items", items},
      {"has_items", !items.empty()},
      {"kinds", kinds},
      {"from", date_boxes("from")},
      {"to", date_boxes("to")},
      {"newest_first", filter->newest_first},
      {"filtered", !filter->kinds.empty() || !filter->from.empty() || !filter->to.empty()},
      {"clear_href", ChronologyPath(id)},
      {"pdf_href", ChronologyPath(id) + ".pdf"},
      {"added", request.Query("added") == "1"},
      {"impact_saved", request.Query("impact") == "1"},
      {"next_href",
       page->next.empty() ? Json(nullptr) : Json(ChronologyPath(id) + "?cursor=" + PercentEncode(page->next) + query)},
      {"first_href",
       cursor.empty() ? Json(nullptr) : Json(ChronologyPath(id) + (query.empty() ? "" : "?" + query.substr(1)))}};
  data["paged"] = !page->next.empty() || !cursor.empty();
  if (may_write) data["add_href"] = ChronologyPath(id) + "/new";
  if (!errors.empty()) {
    const Error all = errors.ToStatus().error();
    MarkFieldErrors(data, ErrorSummary(all, "from"));
  }
  return RenderRecordPage(context, request, child, "chronology", "chronology", "Chronology", std::move(data));
}

}  // namespace

std::vector<FeatureEndpoint> ChronologyPageEndpoints(AppContext& context, ChronologyService& service) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/chronology", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &service](Request& request) {
                   return ChronologyPage(context, service, request);
                 })});
  // The court's PDF from the page: a read of the whole chronology, logged as such.
  out.push_back({"GET", "/children/{id}/chronology.pdf", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &service](Request& request) {
                   const std::string id = request.PathParam("id");
                   auto pdf = service.CourtPdf(*request.principal, id, AccessContextOf(request));
                   if (!pdf.ok() && pdf.error().code == ErrorCode::kReasonRequired) {
                     return AccessReasonPage(context, request, id, "", Json::array(), 403);
                   }
                   if (!pdf.ok()) return ErrorPage(context, request, pdf.error());
                   return ChronologyPdfResponse(std::move(pdf).value());
                 })});
  AddRecordForm(out, context, "/children/{id}/chronology/new", ItemForm(service, false));
  AddRecordForm(out, context, "/children/{id}/chronology/from-entry/{entry}", ItemForm(service, true));
  AddRecordForm(out, context, "/children/{id}/chronology/impact/{ref}", ImpactForm(service));
  return out;
}

}  // namespace childrecord
