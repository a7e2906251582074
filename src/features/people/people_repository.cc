// PeopleRepository: the people around the child (R3, R5, R7, R13).
#include "features/people/people_repository.h"

#include <algorithm>
#include <tuple>

#include "features/people/child_person_link_rows.h"
#include "features/people/people_rows.h"
#include "features/people/person_details_views.h"

namespace childrecord {

// The rows these read, each read by the columns its description names (store/described_rows.h).
// The descriptions give only each field's column: the API spells these views' JSON itself.
const fields::Description<PersonView>& Describe(const PersonView*) {
  using V = PersonView;
  static const fields::Description<PersonView> description = {
      {"id", "id", &V::id},          {"full_name", "full_name", &V::full_name}, {"phone", "phone", &V::phone},
      {"email", "email", &V::email}, {"address", "address", &V::address},
  };
  return description;
}

const fields::Description<PersonLinkChangeView>& Describe(const PersonLinkChangeView*) {
  using fields::Kind;
  using V = PersonLinkChangeView;
  static const fields::Description<PersonLinkChangeView> description = {
      {"link_id", "c.link_id", &V::link_id},
      {"version", "c.version", &V::version, Kind::kInteger},
      {"changed", "c.changed", &V::changed},
      {"lives_in_home", "c.lives_in_home", &V::lives_in_home, Kind::kFlag},
      {"parental_responsibility", "c.parental_responsibility", &V::parental_responsibility, Kind::kFlag},
      {"parental_responsibility_basis", "c.parental_responsibility_basis", &V::parental_responsibility_basis},
      {"home_periods", "c.home_periods", &V::home_periods},
      {"reason", "c.reason", &V::reason},
      {"entry_id", "c.entry_id", &V::entry_id},
      {"recorded_at", "c.recorded_at", &V::recorded_at},
      {"recorded_by_name", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

const fields::Description<FamilyTimeView>& Describe(const FamilyTimeView*) {
  using V = FamilyTimeView;
  static const fields::Description<FamilyTimeView> description = {
      {"id", "f.id", &V::id},
      {"child_id", "f.child_id", &V::child_id},
      {"with_people", "f.with_people", &V::with_people},
      {"how_often", "f.how_often", &V::how_often},
      {"place", "f.place", &V::place},
      {"support", "f.support", &V::support},
      {"starts_on", "f.starts_on", &V::starts_on},
      {"ends_on", "f.ends_on", &V::ends_on},
      {"childs_views", "f.childs_views", &V::childs_views},
      {"recorded_at", "f.recorded_at", &V::recorded_at},
      {"recorded_by_name", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

const fields::Description<PrivateProviderView>& Describe(const PrivateProviderView*) {
  using V = PrivateProviderView;
  static const fields::Description<PrivateProviderView> description = {
      {"id", "v.id", &V::id},
      {"child_id", "v.child_id", &V::child_id},
      {"provider_name", "v.provider_name", &V::provider_name},
      {"kind", "v.kind", &V::kind},
      {"ofsted_urn", "v.ofsted_urn", &V::ofsted_urn},
      {"arrangement", "v.arrangement", &V::arrangement},
      {"starts_on", "v.starts_on", &V::starts_on},
      {"ends_on", "v.ends_on", &V::ends_on},
      {"recorded_at", "v.recorded_at", &V::recorded_at},
      {"recorded_by_name", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

Result<PersonView> PeopleRepository::FindPerson(const std::string& tenant_id, const std::string& person_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<PersonView>() +
                                                  " FROM people WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, person_id}));
  if (rows.empty()) return Error::NotFound("There is no person with that id");
  return ReadRow<PersonView>(rows[0]);
}

Result<LinkedPerson> PeopleRepository::GetPersonLink(const std::string& tenant_id, const std::string& link_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(LinkedPersonSelect() + "WHERE l.tenant_id = ? AND l.id = ?", {tenant_id, link_id}));
  if (rows.empty()) return Error::NotFound("There is no such person on this record");
  return LinkedPersonFromRow(rows[0]);
}

Result<std::vector<ChildPersonLink>> PeopleRepository::ListLinksOfPeople(const std::string& tenant_id,
                                                                         const std::vector<std::string>& person_ids) {
  std::vector<ChildPersonLink> links;
  if (person_ids.empty()) return links;
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  // In slices, so the statement's parameters stay few whatever the number of people.
  constexpr size_t kSlice = 50;
  for (size_t start = 0; start < person_ids.size(); start += kSlice) {
    std::string marks;
    std::vector<SqlValue> params{tenant_id};
    for (size_t i = start; i < std::min(person_ids.size(), start + kSlice); ++i) {
      marks += marks.empty() ? "?" : ", ?";
      params.push_back(person_ids[i]);
    }
    CR_ASSIGN_OR_RETURN(SqlRows rows,
                        db->Query("SELECT " + fields::SelectList<ChildPersonLink>() +
                                      " FROM child_people WHERE tenant_id = ? AND person_id IN (" + marks +
                                      ")",  // by child_people_by_person; sorted below (an ORDER BY here
                                            // tempts SQLite to walk the primary key instead)

                                  params));
    for (const auto& r : rows) links.push_back(ReadRow<ChildPersonLink>(r));
  }
  std::sort(links.begin(), links.end(), [](const auto& a, const auto& b) {
    return std::tie(a.person_id, a.child_id) < std::tie(b.person_id, b.child_id);
  });
  return links;
}

Result<std::vector<PersonLinkChangeView>> PeopleRepository::ListPersonLinkChanges(const std::string& tenant_id,
                                                                                  const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT " + fields::SelectList<PersonLinkChangeView>() +
                    " FROM child_person_link_changes c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND "
                    "u.id = c.recorded_by WHERE c.tenant_id = ? AND c.child_id = ? "
                    "ORDER BY c.recorded_at DESC, c.link_id, c.version DESC",
                {tenant_id, child_id}));
  std::vector<PersonLinkChangeView> changes;
  for (const auto& r : rows) changes.push_back(ReadRow<PersonLinkChangeView>(r));
  return changes;
}

Result<std::vector<FamilyTimeView>> PeopleRepository::ListFamilyTime(const std::string& tenant_id,
                                                                     const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT " + fields::SelectList<FamilyTimeView>() +
                    " FROM family_time f LEFT JOIN users u ON "
                    "u.tenant_id = f.tenant_id AND u.id = f.recorded_by WHERE f.tenant_id = ? AND f.child_id = ? "
                    "ORDER BY f.starts_on DESC, f.recorded_at DESC, f.id",
                {tenant_id, child_id}));
  std::vector<FamilyTimeView> items;
  for (const auto& r : rows) items.push_back(ReadRow<FamilyTimeView>(r));
  return items;
}

Result<std::vector<PrivateProviderView>> PeopleRepository::ListPrivateProviders(const std::string& tenant_id,
                                                                                const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT " + fields::SelectList<PrivateProviderView>() +
                    " FROM private_providers v LEFT JOIN users u ON "
                    "u.tenant_id = v.tenant_id AND u.id = v.recorded_by WHERE v.tenant_id = ? AND v.child_id = ? "
                    "ORDER BY v.starts_on DESC, v.recorded_at DESC, v.id",
                {tenant_id, child_id}));
  std::vector<PrivateProviderView> items;
  for (const auto& r : rows) items.push_back(ReadRow<PrivateProviderView>(r));
  return items;
}

Result<std::vector<LinkedPerson>> PeopleRepository::ListChildPeople(const std::string& tenant_id,
                                                                    const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(LinkedPersonSelect() +
                                    "WHERE l.tenant_id = ? AND l.child_id = ? "
                                    "ORDER BY l.parental_responsibility DESC, l.lives_in_home DESC, p.full_name, l.id",
                                {tenant_id, child_id}));
  std::vector<LinkedPerson> people;
  for (const auto& r : rows) people.push_back(LinkedPersonFromRow(r));
  return people;
}

Result<std::vector<PartnershipView>> PeopleRepository::ListPartnerships(const std::string& tenant_id,
                                                                        const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<PartnershipView>() +
                                    " FROM partnerships r LEFT JOIN users u ON u.tenant_id = r.tenant_id AND "
                                    "u.id = r.recorded_by WHERE r.tenant_id = ? AND r.child_id = ? "
                                    "ORDER BY r.starts_on, r.id",  // by partnerships_by_child
                                {tenant_id, child_id}));
  std::vector<PartnershipView> items;
  for (const auto& r : rows) items.push_back(ReadRow<PartnershipView>(r));
  return items;
}

}  // namespace childrecord
