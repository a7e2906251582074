#pragma once

namespace childrecord::events {

// The journal's event types. A type, once written to a journal, keeps its meaning forever:
// change the shape of a payload by adding a new type, never by editing an old one.
inline constexpr char kTenantInitialised[] = "tenant.initialised";
inline constexpr char kTeamCreated[] = "team.created";
inline constexpr char kUserAdded[] = "user.added";
// Issue 3 account changes (payloads: {"user_id", ...}).
inline constexpr char kUserDisabled[] = "user.disabled";                   // {user_id}
inline constexpr char kUserEnabled[] = "user.enabled";                     // {user_id}
inline constexpr char kUserRoleChanged[] = "user.role_changed";            // {user_id, role}
inline constexpr char kUserTeamChanged[] = "user.team_changed";            // {user_id, team_id|null}
inline constexpr char kUserTrainingRecorded[] = "user.training_recorded";  // {user_id, completed_on}
inline constexpr char kChildRecordOpened[] = "child.record_opened";
inline constexpr char kPersonAdded[] = "person.added";
inline constexpr char kChildPersonLinked[] = "child.person_linked";
inline constexpr char kEntryRecorded[] = "entry.recorded";
inline constexpr char kWordsWeUseSet[] = "child.words_we_use_set";
inline constexpr char kEntryAmended[] = "entry.amended";
// Documents on the child's record (R8-R14, R22): {document_id, child_id, kind, title, dated,
// description|null, child_asked_to_keep, filename, media_type, size, sha256}. The bytes are in the
// blob store under their SHA-256 (store/blob_store.h); docs/journal-format.md.
inline constexpr char kDocumentAdded[] = "document.added";
// Issue 4 item 2 (R2): a dated change to the child's identity (payload: features/identity/identity_rules.h
// BuildIdentityChanged). Same text as features/identity/identity_rules.h kIdentityChanged.
inline constexpr char kIdentityChanged[] = "child.identity_changed";
// Issue 4 item 4 (R4, R8): where and with whom the child lives and their legal status, from a
// date (payload: features/people/household_rules.h BuildLivingArrangement).
inline constexpr char kLivingArrangementRecorded[] = "child.living_arrangement_recorded";

// Issue 4 item 3: the people around the child (R3, R5, R7, R13; docs/journal-format.md).
// A person's contact details changed (they belong to the person, so every record linking them sees
// them): {person_id, phone|null, email|null, address|null}.
inline constexpr char kPersonContactChanged[] = "person.contact_changed";
// A link changed (moved in or out, parental responsibility, relationship, important to): the link
// as it became, with version, what changed, reason and the visit it came from.
inline constexpr char kChildPersonLinkChanged[] = "child.person_link_changed";
// R7: {family_time_id, child_id, with, how_often, where, support, starts_on, ends_on, childs_views}.
inline constexpr char kFamilyTimeArranged[] = "child.family_time_arranged";
// R13: {provider_use_id, child_id, provider_name, kind, ofsted_urn, arrangement, starts_on, ends_on}.
inline constexpr char kPrivateProviderUsed[] = "child.private_provider_used";

}  // namespace childrecord::events
