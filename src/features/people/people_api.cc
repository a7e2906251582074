#include "features/people/people_api.h"

#include "api/api_support.h"
#include "features/people/household_rules.h"
#include "features/people/person_details_rules.h"
#include "features/people/person_details_views.h"
#include "features/people/person_link_change_rules.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

Json ParsedOr(const std::string& text, Json fallback) {
  if (text.empty()) return fallback;
  Json parsed = Json::parse(text, nullptr, false);
  return parsed.is_discarded() ? fallback : parsed;
}

Json LabelOf(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* c = FindCode(list, code);
  return c ? Json(c->label) : NullIfEmpty(code);
}

template <typename T, typename ToJson>
Response ListResponse(const Result<std::vector<T>>& items, ToJson to_json) {
  if (!items.ok()) return ApiErrorResponse(items.error());
  Json list = Json::array();
  for (const auto& item : *items) list.push_back(to_json(item));
  return Response::Json(Json{{"items", list}, {"next", nullptr}}.dump());
}

}  // namespace

Json LinkedPersonJson(const LinkedPerson& p) {
  const RelationshipType* type = FindRelationshipType(RelationshipCodeOf(p.relationship));
  const LabelledCode* basis = FindCode(ParentalResponsibilityBases(), p.parental_responsibility_basis);
  return Json{{"id", p.person_id},
              {"link_id", p.link_id},
              {"full_name", p.full_name},
              {"relationship", p.relationship},
              {"relationship_label", FindRelationshipType(p.relationship) ? Json(type->label) : Json(p.relationship)},
              {"relationship_group", type ? Json(type->group) : Json(nullptr)},
              {"phone", NullIfEmpty(p.phone)},
              {"email", NullIfEmpty(p.email)},
              {"address", NullIfEmpty(p.address)},
              {"lives_in_home", p.lives_in_home},
              {"home_periods", ParsedOr(p.home_periods, nullptr)},
              {"parental_responsibility", p.parental_responsibility},
              {"parental_responsibility_basis", NullIfEmpty(p.parental_responsibility_basis)},
              {"parental_responsibility_basis_label", basis ? Json(basis->label) : Json(nullptr)},
              {"parental_responsibility_basis_explanation", basis ? Json(basis->explanation) : Json(nullptr)},
              {"parental_responsibility_since", NullIfEmpty(p.parental_responsibility_since)},
              {"important_to", NullIfEmpty(p.important_to)},
              {"version", p.version},
              {"details", fields::ToJson(p.details)}};
}

Json PartnershipJson(const PartnershipView& r) {
  Json json = fields::ToJson(r);
  json["kind_label"] = LabelOf(PartnershipKinds(), r.kind);
  return json;
}

Json PersonLinkChangeJson(const PersonLinkChangeView& c) {
  return Json{{"link_id", c.link_id},
              {"version", c.version},
              {"changed", ParsedOr(c.changed, Json::array())},
              {"lives_in_home", c.lives_in_home},
              {"parental_responsibility", c.parental_responsibility},
              {"parental_responsibility_basis", NullIfEmpty(c.parental_responsibility_basis)},
              {"home_periods", ParsedOr(c.home_periods, nullptr)},
              {"reason", NullIfEmpty(c.reason)},
              {"entry_id", NullIfEmpty(c.entry_id)},
              {"recorded_at", LondonTime(c.recorded_at)},
              {"recorded_by", c.recorded_by_name}};
}

Json FamilyTimeJson(const FamilyTimeView& f) {
  return Json{{"id", f.id},
              {"child_id", f.child_id},
              {"with", ParsedOr(f.with_people, Json::array())},
              {"how_often", f.how_often},
              {"where", NullIfEmpty(f.place)},
              {"support", f.support},
              {"starts_on", f.starts_on},
              {"ends_on", NullIfEmpty(f.ends_on)},
              {"childs_views", NullIfEmpty(f.childs_views)},
              {"recorded_at", LondonTime(f.recorded_at)},
              {"recorded_by", f.recorded_by_name}};
}

Json PrivateProviderJson(const PrivateProviderView& v) {
  return Json{{"id", v.id},
              {"child_id", v.child_id},
              {"provider_name", v.provider_name},
              {"kind", v.kind},
              {"kind_label", LabelOf(PrivateProviderKinds(), v.kind)},
              {"ofsted_urn", NullIfEmpty(v.ofsted_urn)},
              {"arrangement", v.arrangement},
              {"starts_on", v.starts_on},
              {"ends_on", NullIfEmpty(v.ends_on)},
              {"recorded_at", LondonTime(v.recorded_at)},
              {"recorded_by", v.recorded_by_name}};
}

std::vector<FeatureEndpoint> PeopleApiEndpoints(AppContext& context, PeopleService& service) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/api/v1/children/{id}/people", AccessAction::kReadPeople,
                 WithToken(context, [&service](Request& request, const Principal& who) {
                   auto people = service.ListPeople(who, request.PathParam("id"), AccessContextOf(request));
                   if (!people.ok()) return ApiErrorResponse(people.error());
                   Json items = Json::array();
                   for (const auto& p : *people) items.push_back(LinkedPersonJson(p));
                   return Response::Json(Json{{"items", items}, {"next", nullptr}}.dump());
                 })});

  out.push_back({"POST", "/api/v1/children/{id}/people", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(service.AddPerson(who, request.PathParam("id"), *body, AccessContextOf(request)),
                                      LinkedPersonJson, 201);
                 })});
  out.push_back({"GET", "/api/v1/children/{id}/people/changes", AccessAction::kReadPeople,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto overview = service.ReadPeopleOverview(who, request.PathParam("id"), AccessContextOf(request));
                   if (!overview.ok()) return ApiErrorResponse(overview.error());
                   return ListResponse(Result<std::vector<PersonLinkChangeView>>(overview->changes),
                                       PersonLinkChangeJson);
                 })});
  out.push_back({"GET", "/api/v1/children/{id}/people/from-siblings", AccessAction::kReadPeople,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   return ListResponse(
                       service.PeopleOfSiblings(who, request.PathParam("id"), AccessContextOf(request)),
                       [](const PeopleService::SiblingPerson& s) {
                         Json json = LinkedPersonJson(s.person);
                         json["on_record_of"] = {{"child_id", s.person.child_id}, {"full_name", s.sibling_name}};
                         return json;
                       });
                 })});
  out.push_back({"POST", "/api/v1/children/{id}/people/{link_id}", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(
                       service.ChangePersonLink(who, request.PathParam("id"), request.PathParam("link_id"), *body,
                                                AccessContextOf(request)),
                       LinkedPersonJson, 200);
                 })});
  out.push_back({"GET", "/api/v1/children/{id}/family-time", AccessAction::kReadPeople,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   return ListResponse(service.ListFamilyTime(who, request.PathParam("id"), AccessContextOf(request)),
                                       FamilyTimeJson);
                 })});
  out.push_back({"POST", "/api/v1/children/{id}/family-time", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(
                       service.ArrangeFamilyTime(who, request.PathParam("id"), *body, AccessContextOf(request)),
                       FamilyTimeJson, 201);
                 })});
  out.push_back({"GET", "/api/v1/children/{id}/private-providers", AccessAction::kReadPeople,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   return ListResponse(
                       service.ListPrivateProviders(who, request.PathParam("id"), AccessContextOf(request)),
                       PrivateProviderJson);
                 })});
  out.push_back({"POST", "/api/v1/children/{id}/private-providers", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(
                       service.RecordPrivateProvider(who, request.PathParam("id"), *body, AccessContextOf(request)),
                       PrivateProviderJson, 201);
                 })});
  // R20: what the genogram needs of a person, and the relationships between the adults.
  out.push_back({"POST", "/api/v1/children/{id}/people/{link_id}/details", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(
                       service.RecordPersonDetails(who, request.PathParam("id"), request.PathParam("link_id"), *body,
                                                   AccessContextOf(request)),
                       LinkedPersonJson, 200);
                 })});
  out.push_back({"GET", "/api/v1/children/{id}/partnerships", AccessAction::kReadPeople,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   return ListResponse(service.ListPartnerships(who, request.PathParam("id"), AccessContextOf(request)),
                                       PartnershipJson);
                 })});
  out.push_back({"POST", "/api/v1/children/{id}/partnerships", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(
                       service.RecordPartnership(who, request.PathParam("id"), *body, AccessContextOf(request)),
                       PartnershipJson, 201);
                 })});
  return out;
}

}  // namespace childrecord
