// The OpenAPI description of the people around the child (api/people_routes.cc).
#include "api/openapi.h"
#include "features/people/people_api.h"
#include "features/people/person_details_rules.h"
#include "features/people/person_details_views.h"

namespace childrecord {

// The people around the child (R3, R5, R7, R13): people_api.cc.
Json PeopleOpenApi() {
  Json doc = Json::object();
  const Json id = Param("id", "path", "identifier", true);
  const Json text = {{"type", "string"}};
  const Json text_or_null = {{"type", "string"}, {"nullable", true}};
  const Json flag = {{"type", "boolean"}};
  Json& schemas = doc["components"]["schemas"];
  Json& paths = doc["paths"];
  const Json date = {{"type", "string"}, {"format", "date"}};
  const Json date_or_null = {{"type", "string"}, {"format", "date"}, {"nullable", true}};
  const Json link_id = Param("link_id", "path", "the link of the person to this record (Person.link_id)", true);
  const Json periods = {
      {"type", "array"},
      {"description", "R3: when they lived in the child's home; moved_out null = lives there now"},
      {"items", {{"type", "object"}, {"properties", {{"moved_in", date}, {"moved_out", date_or_null}}}}}};
  const Json pr_input = {{"type", "object"},
                         {"description", "R3: parental responsibility; basis required when holds"},
                         {"required", {"holds"}},
                         {"properties", {{"holds", flag}, {"basis", text}, {"since", date}}}};
  const Json contact = {{"type", "object"}, {"properties", {{"phone", text}, {"email", text}, {"address", text}}}};
  const Json important_to = {{"type", "string"}, {"enum", {"child", "parents", "both"}}};
  schemas["Person"] = {
      {"type", "object"},
      {"properties",
       {{"id", {{"type", "string"}, {"description", "the person: the same id on every record they are linked to"}}},
        {"link_id", text},
        {"full_name", text},
        {"relationship", text},
        {"relationship_label", text},
        {"relationship_group", text_or_null},
        {"phone", text_or_null},
        {"email", text_or_null},
        {"address", text_or_null},
        {"lives_in_home", flag},
        {"home_periods", periods},
        {"parental_responsibility", flag},
        {"parental_responsibility_basis", text_or_null},
        {"parental_responsibility_basis_label", text_or_null},
        {"parental_responsibility_basis_explanation", text_or_null},
        {"parental_responsibility_since", date_or_null},
        {"important_to", text_or_null},
        {"version", {{"type", "integer"}}},
        {"details", Ref("PersonDetails")}}}};
  // R20: what the genogram needs, described once (person_details_views.cc).
  auto codes = [](const std::vector<LabelledCode>& list) {
    Json out = Json::array();
    for (const auto& c : list) out.push_back(c.code);
    return out;
  };
  schemas["PersonDetails"] = fields::OpenApiSchema<PersonDetailsView>(
      "R20: the person's sex, date of birth or birth order, and whether and when they died");
  schemas["Partnership"] = fields::OpenApiSchema<PartnershipView>(
      "R20: a relationship between two adults on the record; a later change of the pair is another one");
  schemas["Partnership"]["properties"]["kind_label"] = text;
  schemas["Partnership"]["required"].push_back("kind_label");
  schemas["NewPersonDetails"] = {
      {"type", "object"},
      {"description",
       "R20: replaces the person's details (the earlier version is kept). birth_order only when born_on is not "
       "known; died_on only with died true (died true without died_on: the date is not known)"},
      {"required", {"sex"}},
      {"properties",
       {{"sex", {{"type", "string"}, {"enum", codes(PersonSexes())}}},
        {"born_on", date_or_null},
        {"birth_order", {{"type", "integer"}, {"minimum", 1}, {"maximum", 20}, {"nullable", true}}},
        {"died", flag},
        {"died_on", date_or_null}}}};
  schemas["NewPartnership"] = {
      {"type", "object"},
      {"description",
       "R20: two different people on this record (Person.id), what they are to each other and since when"},
      {"required", {"first_person_id", "second_person_id", "kind", "starts_on"}},
      {"properties",
       {{"first_person_id", text},
        {"second_person_id", text},
        {"kind", {{"type", "string"}, {"enum", codes(PartnershipKinds())}}},
        {"starts_on", date},
        {"ends_on", date_or_null}}}};
  schemas["NewPerson"] = {{"type", "object"},
                          {"description",
                           "person_id (someone already on a record you can see, e.g. a brother's or sister's: linked, "
                           "not copied) or full_name (someone new)"},
                          {"required", {"relationship"}},
                          {"properties",
                           {{"person_id", text},
                            {"full_name", text},
                            {"relationship", text},
                            {"important_to", important_to},
                            {"contact", contact},
                            {"home_periods", periods},
                            {"parental_responsibility", pr_input}}}};
  schemas["PersonLinkChange"] = {
      {"type", "object"},
      {"description", "What changes (at least one); each change is kept as a new version of the link"},
      {"properties",
       {{"home_move",
         {{"type", "object"},
          {"properties", {{"change", {{"type", "string"}, {"enum", {"moved_in", "moved_out"}}}}, {"on", date}}}}},
        {"parental_responsibility", pr_input},
        {"relationship", text},
        {"important_to", important_to},
        {"contact", contact},
        {"reason", text}}}};
  schemas["PersonLinkChangeRecord"] = {
      {"type", "object"},
      {"properties",
       {{"link_id", text},
        {"version", {{"type", "integer"}}},
        {"changed", {{"type", "array"}, {"items", text}}},
        {"lives_in_home", flag},
        {"parental_responsibility", flag},
        {"parental_responsibility_basis", text_or_null},
        {"home_periods", periods},
        {"reason", text_or_null},
        {"entry_id", {{"type", "string"}, {"nullable", true}, {"description", "the visit it came from (R18)"}}},
        {"recorded_at", text},
        {"recorded_by", text}}}};
  const Json with = {
      {"type", "array"},
      {"items", {{"type", "object"}, {"properties", {{"person_id", text}, {"name", text}, {"full_name", text}}}}}};
  schemas["NewFamilyTime"] = {
      {"type", "object"},
      {"required", {"with", "how_often", "support", "starts_on"}},
      {"properties",
       {{"with", with},
        {"how_often", text},
        {"where", text},
        {"support", {{"type", "string"}, {"enum", {"supervised", "supported", "unsupervised"}}}},
        {"starts_on", date},
        {"ends_on", date},
        {"childs_views", text}}}};
  schemas["FamilyTime"] = {{"type", "object"},
                           {"properties",
                            {{"id", text},
                             {"child_id", text},
                             {"with", with},
                             {"how_often", text},
                             {"where", text_or_null},
                             {"support", text},
                             {"starts_on", date},
                             {"ends_on", date_or_null},
                             {"childs_views", text_or_null},
                             {"recorded_at", text},
                             {"recorded_by", text}}}};
  schemas["NewPrivateProvider"] = {{"type", "object"},
                                   {"required", {"provider_name", "kind", "arrangement", "starts_on"}},
                                   {"properties",
                                    {{"provider_name", text},
                                     {"kind", text},
                                     {"ofsted_urn", text},
                                     {"arrangement", text},
                                     {"starts_on", date},
                                     {"ends_on", date}}}};
  schemas["PrivateProvider"] = {{"type", "object"},
                                {"properties",
                                 {{"id", text},
                                  {"child_id", text},
                                  {"provider_name", text},
                                  {"kind", text},
                                  {"kind_label", text},
                                  {"ofsted_urn", text_or_null},
                                  {"arrangement", text},
                                  {"starts_on", date},
                                  {"ends_on", date_or_null},
                                  {"recorded_at", text},
                                  {"recorded_by", text}}}};
  paths["/api/v1/children/{id}/people"]["get"] = {{"summary", "People linked to the child (R3, R5)"},
                                                  {"parameters", {id}},
                                                  {"responses", Ok("People", ListOf("Person"))}};
  paths["/api/v1/children/{id}/people"]["post"] = {
      {"summary", "Add a person to the record, or link someone already on another record (R3, R5)"},
      {"parameters", {id}},
      {"requestBody", Body("NewPerson")},
      {"responses", Ok("The person as linked", Ref("Person"), 201, {400, 401, 403, 404, 422})}};
  paths["/api/v1/children/{id}/people/{link_id}"]["post"] = {
      {"summary", "Change how a person is linked: moved in or out, parental responsibility, contact details (R3)"},
      {"parameters", {id, link_id}},
      {"requestBody", Body("PersonLinkChange")},
      {"responses", Ok("The person as linked now", Ref("Person"), 200, {400, 401, 403, 404, 409, 422})}};
  paths["/api/v1/children/{id}/people/changes"]["get"] = {
      {"summary", "Every change of the people on the record, newest first (R3, R18 key changes)"},
      {"parameters", {id}},
      {"responses", Ok("Changes", ListOf("PersonLinkChangeRecord"))}};
  paths["/api/v1/children/{id}/people/from-siblings"]["get"] = {
      {"summary", "People on brothers' and sisters' records who are not on this one, to link (R32)"},
      {"parameters", {id}},
      {"responses", Ok("People, each with on_record_of {child_id, full_name}", ListOf("Person"))}};
  paths["/api/v1/children/{id}/family-time"] = {
      {"get",
       {{"summary", "Family time arrangements (R7)"},
        {"parameters", {id}},
        {"responses", Ok("Family time", ListOf("FamilyTime"))}}},
      {"post",
       {{"summary", "Arrange family time (R7)"},
        {"parameters", {id}},
        {"requestBody", Body("NewFamilyTime")},
        {"responses", Ok("The arrangement", Ref("FamilyTime"), 201, {400, 401, 403, 404, 422})}}}};
  paths["/api/v1/children/{id}/private-providers"] = {
      {"get",
       {{"summary", "Private providers used (R13)"},
        {"parameters", {id}},
        {"responses", Ok("Providers", ListOf("PrivateProvider"))}}},
      {"post",
       {{"summary", "Record a private provider, e.g. an independent fostering agency (R13)"},
        {"parameters", {id}},
        {"requestBody", Body("NewPrivateProvider")},
        {"responses", Ok("The provider", Ref("PrivateProvider"), 201, {400, 401, 403, 404, 422})}}}};
  paths["/api/v1/children/{id}/people/{link_id}/details"]["post"] = {
      {"summary", "Record a person's sex, date of birth or birth order, and whether they died (R20)"},
      {"parameters", {id, link_id}},
      {"requestBody", Body("NewPersonDetails")},
      {"responses", Ok("The person with their details", Ref("Person"), 200, {400, 401, 403, 404, 409, 422})}};
  paths["/api/v1/children/{id}/partnerships"] = {
      {"get",
       {{"summary", "Relationships between the adults on the record, oldest first (R20)"},
        {"parameters", {id}},
        {"responses", Ok("Relationships", ListOf("Partnership"))}}},
      {"post",
       {{"summary",
         "Record a relationship between two adults: married, civil partners, living together, separated "
         "or divorced (R20)"},
        {"parameters", {id}},
        {"requestBody", Body("NewPartnership")},
        {"responses", Ok("The relationship", Ref("Partnership"), 201, {400, 401, 403, 404, 422})}}}};
  return doc;
}

}  // namespace childrecord
