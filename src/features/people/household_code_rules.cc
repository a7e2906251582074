// The household's code lists (R3, R4, R13, R35): relationships, the bases of parental
// responsibility, legal statuses, where a child lives and private providers, each with its label
// and plain explanation. Declared in household_rules.h. Pure.
#include "features/people/household_rules.h"

namespace childrecord {

const std::vector<RelationshipType>& RelationshipTypes() {
  static const auto* types = new std::vector<RelationshipType>{
      {"mother", "Mother", "parent"},
      {"father", "Father", "parent"},
      {"step_mother", "Step-mother", "parent"},
      {"step_father", "Step-father", "parent"},
      {"adoptive_mother", "Adoptive mother", "parent"},
      {"adoptive_father", "Adoptive father", "parent"},
      {"parents_partner", "Parent's partner", "family"},
      {"brother", "Brother", "sibling"},
      {"sister", "Sister", "sibling"},
      {"half_brother", "Half-brother", "sibling"},
      {"half_sister", "Half-sister", "sibling"},
      {"step_brother", "Step-brother", "sibling"},
      {"step_sister", "Step-sister", "sibling"},
      {"adoptive_brother", "Adoptive brother", "sibling"},
      {"adoptive_sister", "Adoptive sister", "sibling"},
      {"grandmother", "Grandmother", "family"},
      {"grandfather", "Grandfather", "family"},
      {"great_grandparent", "Great-grandparent", "family"},
      {"aunt", "Aunt", "family"},
      {"uncle", "Uncle", "family"},
      {"cousin", "Cousin", "family"},
      {"other_relative", "Other relative", "family"},
      {"special_guardian", "Special guardian", "carer"},
      {"foster_carer", "Foster carer", "carer"},
      {"family_and_friends_carer", "Family and friends carer", "carer"},
      {"residential_keyworker", "Children's home keyworker", "carer"},
      {"friend", "Friend", "important_person"},
      {"neighbour", "Neighbour", "important_person"},
      {"godparent", "Godparent", "important_person"},
      {"faith_leader", "Faith leader", "important_person"},
      {"youth_worker", "Youth worker", "professional"},
      {"teacher", "Teacher", "professional"},
      {"health_visitor", "Health visitor", "professional"},
      {"school_nurse", "School nurse", "professional"},
      {"family_doctor", "Family doctor", "professional"},
      {"other_professional", "Other professional", "professional"},
      {"other", "Someone else important", "important_person"},
  };
  return *types;
}

const RelationshipType* FindRelationshipType(const std::string& code) {
  for (const auto& t : RelationshipTypes()) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

bool IsSiblingRelationship(const std::string& code) {
  const auto* t = FindRelationshipType(code);
  return t && t->group == "sibling";
}

bool IsParentRelationship(const std::string& code) {
  const auto* t = FindRelationshipType(code);
  return t && t->group == "parent";
}

const std::vector<LabelledCode>& ParentalResponsibilityBases() {
  static const auto* bases = new std::vector<LabelledCode>{
      {"birth_mother", "Birth mother", "A child's birth mother always has parental responsibility."},
      {"married_father", "Father married to the mother",
       "A father who was married to, or in a civil partnership with, the mother when the child was born."},
      {"named_on_birth_certificate", "Father named on the birth certificate",
       "A father registered on the birth certificate (for births registered from 1 December 2003)."},
      {"second_female_parent", "Second female parent",
       "The mother's wife or civil partner, or a second female parent registered on the birth certificate."},
      {"parental_responsibility_agreement", "Parental responsibility agreement",
       "A formal agreement with the mother, registered with the court."},
      {"parental_responsibility_order", "Parental responsibility order",
       "A court order giving this person parental responsibility."},
      {"step_parent_agreement_or_order", "Step-parent agreement or order",
       "A step-parent given parental responsibility by agreement or by a court order."},
      {"child_arrangements_order", "Child arrangements order",
       "A court order saying who the child lives with; that person has parental responsibility while it lasts."},
      {"special_guardianship_order", "Special guardianship order",
       "A court order making this person the child's special guardian until the child is 18."},
      {"adoption_order", "Adoption order", "A court order making this person the child's legal parent."},
      {"local_authority_care_order", "Local authority (care order)",
       "The council shares parental responsibility with the parents while a care order lasts."},
      {"local_authority_emergency_protection_order", "Local authority (emergency protection order)",
       "The council has limited parental responsibility while an emergency protection order lasts."},
      {"guardian_appointed", "Guardian appointed", "Someone appointed as the child's guardian after a parent died."},
  };
  return *bases;
}

const std::vector<LabelledCode>& LegalStatuses() {
  static const auto* statuses = new std::vector<LabelledCode>{
      {"no_order", "No legal order", "No court order is in place about where the child lives."},
      {"section_20", "Accommodated under section 20",
       "The council looks after the child with the parents' agreement (section 20 of the Children Act 1989). "
       "The parents keep parental responsibility and can ask for the child to come home."},
      {"police_protection", "Police protection", "The police have taken the child somewhere safe, for up to 72 hours."},
      {"emergency_protection_order", "Emergency protection order",
       "A short court order, up to 8 days, to keep the child safe in an emergency."},
      {"interim_care_order", "Interim care order",
       "A temporary court order, while the court decides, giving the council parental responsibility."},
      {"care_order", "Care order",
       "A court order that places the child in the council's care; the council shares parental "
       "responsibility with the parents."},
      {"placement_order", "Placement order", "A court order allowing the council to place the child for adoption."},
      {"special_guardianship_order", "Special guardianship order",
       "A court order making someone the child's special guardian, who makes most everyday decisions."},
      {"child_arrangements_order", "Child arrangements order",
       "A court order saying who the child lives with or spends time with."},
      {"interim_supervision_order", "Interim supervision order",
       "A temporary court order asking the council to advise, help and befriend the child while the court decides."},
      {"supervision_order", "Supervision order",
       "A court order asking the council to advise, help and befriend the child, who lives at home."},
      {"remanded_to_local_authority", "Remanded to the council's accommodation",
       "A court has decided the child lives in accommodation the council provides while criminal proceedings go on."},
  };
  return *statuses;
}

const std::vector<LabelledCode>& LivingPlaceKinds() {
  static const auto* kinds = new std::vector<LabelledCode>{
      {"home", "At home with their family", ""},
      {"family_or_friends", "With family or friends", "Living with relatives or family friends."},
      {"foster_care", "With foster carers", ""},
      {"childrens_home", "In a children's home", ""},
      {"residential_school", "At a residential school", ""},
      {"supported_accommodation", "In supported accommodation",
       "Accommodation for young people aged 16 or 17 with staff support."},
      {"secure_setting", "In a secure setting", "A secure children's home or youth custody."},
      {"hospital", "In hospital", ""},
      {"placed_for_adoption", "With prospective adopters", "Living with the family who hope to adopt them."},
      {"other", "Somewhere else", ""},
  };
  return *kinds;
}

const std::vector<LabelledCode>& PrivateProviderKinds() {
  static const auto* kinds = new std::vector<LabelledCode>{
      {"independent_fostering_agency", "Independent fostering agency",
       "A fostering agency that is not run by the council."},
      {"private_childrens_home", "Private children's home", ""},
      {"supported_accommodation_provider", "Supported accommodation provider", ""},
      {"independent_residential_school", "Independent residential school", ""},
      {"other", "Other private provider", ""},
  };
  return *kinds;
}

const LabelledCode* FindCode(const std::vector<LabelledCode>& list, const std::string& code) {
  for (const auto& c : list) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

}  // namespace childrecord
