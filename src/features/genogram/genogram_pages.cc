#include "features/genogram/genogram_pages.h"

#include <map>
#include <set>

#include "features/children/record_page.h"
#include "features/genogram/genogram_api.h"
#include "features/genogram/genogram_layout.h"
#include "features/people/people_words.h"
#include "web/form_dates.h"
#include "web/form_fields.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string LineWords(GenogramLine line) {
  switch (line) {
    case GenogramLine::kBirth:
      return "";
    case GenogramLine::kAdopted:
      return " (adopted)";
    case GenogramLine::kFostered:
      break;
  }
  return " (fostered or cared for)";
}

std::string PersonWords(const GenogramNode& p) {
  std::string words = p.full_name;
  if (!p.is_child) words += ", " + features::people::RelationshipLabel(p.relationship);
  // The symbol's sex in words where the relationship does not already say it (a cousin, a carer,
  // and the child, whose sex comes from their identity: R2, R20).
  if (p.sex == GenogramSex::kOther) {
    words += ", sex recorded as other";
  } else if (p.sex != GenogramSex::kUnknown &&
             (p.is_child || SexOfRelationship(p.relationship) == GenogramSex::kUnknown)) {
    words += p.sex == GenogramSex::kMale ? ", male" : ", female";
  }
  if (!p.born_on.empty()) words += ", born " + UkDate(p.born_on);
  if (p.died) words += p.died_on.empty() ? ", has died (the date is not known)" : ", died " + UkDate(p.died_on);
  if (p.parental_responsibility) words += ", has parental responsibility";
  if (p.household) words += p.is_child ? ", lives in the home" : ", lives with the child";
  return words;
}

// R20: how a couple stood on the date shown, in words.
std::string CoupleWords(const GenogramCouple& c) {
  const std::string since = c.since.empty() ? "" : " since " + UkDate(c.since);
  switch (c.style) {
    case GenogramCoupleStyle::kParents:
      return "";
    case GenogramCoupleStyle::kLivingTogether:
      return " (living together" + since + ")";
    case GenogramCoupleStyle::kMarried:
      return " (married" + since + ")";
    case GenogramCoupleStyle::kCivilPartners:
      return " (civil partners" + since + ")";
    case GenogramCoupleStyle::kSeparated:
      return " (separated" + since + ")";
    case GenogramCoupleStyle::kDivorced:
      break;
  }
  return " (divorced" + since + ")";
}

// R20: the text alternative: each couple (or parent) with their children nested below, oldest
// first, then anyone the drawing shows alone.
Json FamilyList(const GenogramModel& model) {
  std::map<std::string, const GenogramNode*> by_id;
  for (const auto& p : model.people) by_id[p.id] = &p;
  std::set<std::string> listed;
  Json families = Json::array();
  for (const auto& c : model.couples) {
    std::string heading = PersonWords(*by_id.at(c.first));
    listed.insert(c.first);
    if (!c.second.empty()) {
      heading += " and " + PersonWords(*by_id.at(c.second));
      heading += CoupleWords(c);
      listed.insert(c.second);
    }
    Json children = Json::array();
    for (const auto& child : c.children) {
      children.push_back(PersonWords(*by_id.at(child.id)) + LineWords(child.line) +
                         (child.multiple_birth != 0 ? " (a twin: born the same day as a brother or sister)" : ""));
      listed.insert(child.id);
    }
    const bool has_children = !children.empty();
    families.push_back({{"heading", heading}, {"children", std::move(children)}, {"has_children", has_children}});
  }
  for (const auto& p : model.people) {
    if (!listed.contains(p.id)) families.push_back({{"heading", PersonWords(p)}, {"children", Json::array()}});
  }
  return families;
}

Response GenogramTab(AppContext& context, GenogramService& genograms, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  Json data = Json::object();
  // The date is typed as day, month and year (GOV.UK date input); links and downloads carry it
  // as as_at=YYYY-MM-DD. What was typed is shown again, also when it is refused.
  TypedDate typed{request.Query("as_at-day"), request.Query("as_at-month"), request.Query("as_at-year")};
  std::string asked = request.Query("as_at");
  std::optional<Date> as_at;
  std::string suffix;
  if (!typed.Blank()) {
    auto iso = IsoDateFromForm(typed.day, typed.month, typed.year, "as_at", "the date to view the family as at");
    asked = iso.ok() ? *iso : "";
    if (!iso.ok()) data["as_at_error"] = iso.error().message;
  } else if (!asked.empty()) {
    typed = DateOfIso(asked);
  }
  if (!asked.empty()) {
    as_at = ParseIsoDate(asked);
    if (!as_at) data["as_at_error"] = "The date to view the family as at must be a real date, for example 27 3 2024";
  }
  if (as_at && *as_at > LondonDate(context.store.clock().Now())) {
    data["as_at_error"] = "The date to view the family as at must be today or in the past";
    as_at.reset();
  }
  if (data.contains("as_at_error")) {
    data["errors"] = Json::array({{{"message", data["as_at_error"]}, {"href", "#as_at-day"}}});
    data["has_errors"] = true;
  } else if (as_at) {
    suffix = "?as_at=" + asked;
    data["as_at_words"] = FormatUkDate(*as_at);
  }
  data["as_at_day"] = typed.day;
  data["as_at_month"] = typed.month;
  data["as_at_year"] = typed.year;
  auto got = genograms.Read(*request.principal, id, as_at, AccessContextOf(request));
  if (!got.ok()) return ErrorPage(context, request, got.error());
  auto drawn = RenderGenogram(got->model, "svg");
  if (!drawn.ok()) return ErrorPage(context, request, drawn.error());
  // The SVG goes inline, without its XML prologue and doctype.
  const auto start = drawn->find("<svg");
  data["svg"] = start == std::string::npos ? "" : drawn->substr(start);
  data["families"] = FamilyList(got->model);
  data["svg_href"] = "/children/" + id + "/genogram.svg" + suffix;
  data["pdf_href"] = "/children/" + id + "/genogram.pdf" + suffix;
  data["page_href"] = "/children/" + id + "/genogram";
  return RenderRecordPage(context, request, child, "genogram", "genogram", "Family tree", data,
                          data.contains("has_errors") ? 400 : 200);
}

}  // namespace

std::vector<FeatureEndpoint> GenogramPageEndpoints(AppContext& context, GenogramService& genograms) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/genogram", AccessAction::kReadPeople,
                 SignedIn(context, [&context, &genograms](Request& request) {
                   return GenogramTab(context, genograms, request);
                 })});
  for (const std::string format : {"svg", "pdf"}) {
    out.push_back({"GET", "/children/{id}/genogram." + format, AccessAction::kReadPeople,
                   SignedIn(context, [&genograms, format](Request& request) {
                     return GenogramDownload(genograms, request, *request.principal, format, false);
                   })});
  }
  return out;
}

}  // namespace childrecord
