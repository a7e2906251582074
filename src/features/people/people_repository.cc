// PeopleRepository: the people around the child (R3, R5, R7, R13).
#include "features/people/people_repository.h"

#include <algorithm>
#include <tuple>

#include "features/people/people_rows.h"

namespace childrecord {

Result<PersonView> PeopleRepository::FindPerson(const std::string& tenant_id, const std::string& person_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT id, full_name, phone, email, address FROM people "
                                              "WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, person_id}));
  if (rows.empty()) return Error::NotFound("There is no person with that id");
  const SqlRow& r = rows[0];
  return PersonView{AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4])};
}

Result<LinkedPerson> PeopleRepository::GetPersonLink(const std::string& tenant_id, const std::string& link_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string(kLinkedPersonSelect) + "WHERE l.tenant_id = ? AND l.id = ?",
                                              {tenant_id, link_id}));
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
                        db->Query("SELECT child_id, person_id, relationship FROM child_people "
                                  "WHERE tenant_id = ? AND person_id IN (" +
                                      marks + ")",  // by child_people_by_person; sorted below (an ORDER BY here
                                                    // tempts SQLite to walk the primary key instead)

                                  params));
    for (const auto& r : rows) links.push_back({AsText(r[0]), AsText(r[1]), AsText(r[2])});
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
      db->Query("SELECT c.link_id, c.version, c.changed, c.lives_in_home, c.parental_responsibility, "
                "c.parental_responsibility_basis, c.home_periods, c.reason, c.entry_id, c.recorded_at, u.full_name "
                "FROM child_person_link_changes c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND "
                "u.id = c.recorded_by WHERE c.tenant_id = ? AND c.child_id = ? "
                "ORDER BY c.recorded_at DESC, c.link_id, c.version DESC",
                {tenant_id, child_id}));
  std::vector<PersonLinkChangeView> changes;
  for (const auto& r : rows) {
    changes.push_back({AsText(r[0]), AsInt(r[1]), AsText(r[2]), AsInt(r[3]) != 0, AsInt(r[4]) != 0, AsText(r[5]),
                       AsText(r[6]), AsText(r[7]), AsText(r[8]), AsText(r[9]), AsText(r[10])});
  }
  return changes;
}

Result<std::vector<FamilyTimeView>> PeopleRepository::ListFamilyTime(const std::string& tenant_id,
                                                                     const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT f.id, f.child_id, f.with_people, f.how_often, f.place, f.support, f.starts_on, f.ends_on, "
                "f.childs_views, f.recorded_at, u.full_name FROM family_time f LEFT JOIN users u ON "
                "u.tenant_id = f.tenant_id AND u.id = f.recorded_by WHERE f.tenant_id = ? AND f.child_id = ? "
                "ORDER BY f.starts_on DESC, f.recorded_at DESC, f.id",
                {tenant_id, child_id}));
  std::vector<FamilyTimeView> items;
  for (const auto& r : rows) {
    items.push_back({AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]), AsText(r[5]), AsText(r[6]),
                     AsText(r[7]), AsText(r[8]), AsText(r[9]), AsText(r[10])});
  }
  return items;
}

Result<std::vector<PrivateProviderView>> PeopleRepository::ListPrivateProviders(const std::string& tenant_id,
                                                                                const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT v.id, v.child_id, v.provider_name, v.kind, v.ofsted_urn, v.arrangement, v.starts_on, "
                "v.ends_on, v.recorded_at, u.full_name FROM private_providers v LEFT JOIN users u ON "
                "u.tenant_id = v.tenant_id AND u.id = v.recorded_by WHERE v.tenant_id = ? AND v.child_id = ? "
                "ORDER BY v.starts_on DESC, v.recorded_at DESC, v.id",
                {tenant_id, child_id}));
  std::vector<PrivateProviderView> items;
  for (const auto& r : rows) {
    items.push_back({AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]), AsText(r[5]), AsText(r[6]),
                     AsText(r[7]), AsText(r[8]), AsText(r[9])});
  }
  return items;
}

Result<std::vector<LinkedPerson>> PeopleRepository::ListChildPeople(const std::string& tenant_id,
                                                                    const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(std::string(kLinkedPersonSelect) +
                                    "WHERE l.tenant_id = ? AND l.child_id = ? "
                                    "ORDER BY l.parental_responsibility DESC, l.lives_in_home DESC, p.full_name, l.id",
                                {tenant_id, child_id}));
  std::vector<LinkedPerson> people;
  for (const auto& r : rows) people.push_back(LinkedPersonFromRow(r));
  return people;
}

}  // namespace childrecord
