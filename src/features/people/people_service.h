#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/people/people_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// The people around the child (R3, R5, R7, R13) — the use cases of the People tab and its API.
// Every call decides access through RecordAccess::Authorize, so it is logged like any use of
// the record. Thread safe; borrows `store` and `record_access`, which must outlive it.
class PeopleService {
 public:
  PeopleService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // Adds a person to the record with a typed relationship (R3, R5; BuildPersonLink). `input`:
  // person_id (an existing person, e.g. one linked to a brother's or sister's record: linked, not
  // copied) or full_name (a new person); contact {phone, email, address} (kept on the person, so
  // every record linking them sees the same details); relationship, important_to, home_periods,
  // parental_responsibility. kValidation naming "person_id" for a person that does not exist (or
  // the caller cannot see on any record) or is already on this record. Needs kRecordEntry.
  Result<LinkedPerson> AddPerson(const Principal& who, const std::string& child_id, const Json& input,
                                 const AccessContext& access = {});
  // Changes a link (BuildPersonLinkChange: moved in or out, parental responsibility, relationship,
  // important to) and/or the person's contact details, as new events; the history is kept.
  // kValidation when nothing changes; kConflict when someone changed the link at the same moment.
  Result<LinkedPerson> ChangePersonLink(const Principal& who, const std::string& child_id, const std::string& link_id,
                                        const Json& input, const AccessContext& access = {});
  // The people linked to the child's record (R3), read (and logged) as kReadPeople.
  Result<std::vector<LinkedPerson>> ListPeople(const Principal& who, const std::string& child_id,
                                               const AccessContext& access = {});
  // Everything the People tab shows, read (and logged) once as kReadPeople.
  struct PeopleOverview {
    std::vector<LinkedPerson> people;
    std::vector<PersonLinkChangeView> changes;
    std::vector<FamilyTimeView> family_time;
    std::vector<PrivateProviderView> providers;
    std::vector<PartnershipView> partnerships;  // R20
  };
  Result<PeopleOverview> ReadPeopleOverview(const Principal& who, const std::string& child_id,
                                            const AccessContext& access = {});
  // People linked to this child's brothers' and sisters' records (R32 siblings: children sharing a
  // parent) who are not on this record yet, to link without copying. Only siblings' records the
  // caller may read without a reason are looked at, each read logged. `sibling_name` per person.
  struct SiblingPerson {
    LinkedPerson person;
    std::string sibling_name;
  };
  Result<std::vector<SiblingPerson>> PeopleOfSiblings(const Principal& who, const std::string& child_id,
                                                      const AccessContext& access = {});
  // R7 family time: BuildFamilyTime; people named by person_id must be on this record ("with[1].person_id").
  Result<std::vector<FamilyTimeView>> ListFamilyTime(const Principal& who, const std::string& child_id,
                                                     const AccessContext& access = {});
  Result<FamilyTimeView> ArrangeFamilyTime(const Principal& who, const std::string& child_id, const Json& input,
                                           const AccessContext& access = {});
  // R13 private providers: BuildPrivateProviderUse.
  Result<std::vector<PrivateProviderView>> ListPrivateProviders(const Principal& who, const std::string& child_id,
                                                                const AccessContext& access = {});
  Result<PrivateProviderView> RecordPrivateProvider(const Principal& who, const std::string& child_id,
                                                    const Json& input, const AccessContext& access = {});
  // R20: records a person's details (sex, date of birth or birth order, died; BuildPersonDetails)
  // for the person of the link `link_id` on this record, as a new version (the earlier ones are
  // kept). kNotFound for a link not on this record; kValidation naming every field in error;
  // kConflict when someone recorded them at the same moment. Needs kRecordEntry.
  Result<LinkedPerson> RecordPersonDetails(const Principal& who, const std::string& child_id,
                                           const std::string& link_id, const Json& input,
                                           const AccessContext& access = {});
  // R20: the relationships between adults on the record (every one recorded), read as kReadPeople.
  Result<std::vector<PartnershipView>> ListPartnerships(const Principal& who, const std::string& child_id,
                                                        const AccessContext& access = {});
  // R20: records a relationship between two adults on this record (BuildPartnership); a change of
  // the pair is recorded the same way and kept beside the earlier ones. Needs kRecordEntry.
  Result<PartnershipView> RecordPartnership(const Principal& who, const std::string& child_id, const Json& input,
                                            const AccessContext& access = {});

 private:
  // Family time's people with their names, for reading.
  Result<std::vector<FamilyTimeView>> FamilyTimeWithNames(const std::string& child_id,
                                                          const std::vector<LinkedPerson>& people);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
