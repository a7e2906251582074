#pragma once

// Internal to the demo generator: what it plans before writing anything (staff, households,
// case notes, documents, as batches of events), and the Generator that plans and writes them.
// Its methods are defined by purpose: demo_generator.cc (staff, documents, writing the plan to
// the store), demo_households.cc (families, their people and links) and demo_case_history.cc
// (case notes, amendments and closures over a record's life).

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "demo/demo_generator.h"
#include "demo/demo_notes.h"
#include "demo/demo_random.h"
#include "store/store.h"

namespace childrecord::demo {

// The demo's five teams, by their place in the list of team names (demo_generator.cc).
enum TeamIndex { kFirstContact = 0, kNorth, kSouth, kInCare, kEdt, kTeamCount };

// One member of staff as planned; `team` is a TeamIndex or -1 (staff outside a team), and
// `caseload` counts the children allocated to them so far.
struct Staff {
  std::string id, username, full_name, first, role;
  int team = -1;
  int caseload = 0;
};

// A batch of events one person wrote at one moment: one Store::Append.
struct Batch {
  TimePoint at;
  std::string actor;
  std::vector<NewEvent> events;
  int64_t order = 0;  // creation order, to keep equal times stable
};

// A planned case note, before notes written in one sitting are gathered into a batch.
struct PlannedEntry {
  TimePoint occurred, recorded;
  std::string actor;
  bool intended_late = false;
  NewEvent event;
};

// Plans a whole authority from the seed (staff, then one household at a time with its notes and
// documents), then writes the plan to the store in time order (Run). Used once per demo.
class Generator {
 public:
  Generator(Store& store, FakeClock& clock, const Tenant& tenant, const DemoOptions& options, TimePoint end)
      : store_(store), clock_(clock), tenant_(tenant), options_(options), end_(end), rng_(options.seed) {}

  Result<DemoSummary> Run();

 private:
  void PlanStaff(TimePoint at);
  void PlanFamily(int children_wanted);
  void PlanEntries(const std::string& child_id, NoteContext ctx, const Staff& worker, TimePoint opened,
                   std::string_view referral_reason);
  void AddEntry(const std::string& child_id, const std::string& kind, TimePoint occurred, const Staff& author,
                const std::string& practitioner_id, NoteText text, bool significant, bool allow_late = true,
                bool on_behalf_allowed = true);
  std::string NewPerson(std::vector<NewEvent>& events, const std::string& full_name, const std::string& phone,
                        const std::string& email, const std::string& address);
  std::string Link(std::vector<NewEvent>& events, const std::string& child_id, const std::string& person_id,
                   const std::string& relationship, bool lives_in_home, bool parental_responsibility,
                   const Json& extra = Json::object());
  std::vector<const Staff*> StaffIn(int team, std::string_view role) const;
  const Staff& LeastLoaded(int team);
  std::pair<std::string, std::string> AdultName(bool woman);
  std::vector<Batch> GatherEntries();
  void PlanDocuments(const std::string& child_id, const NoteContext& ctx, const Staff& worker, TimePoint opened);
  // Something for each role's home page on the demo's last day (demo_this_week.cc).
  void PlanReferralToday();
  void PlanLateNoteThisWeek();

  Store& store_;
  FakeClock& clock_;
  const Tenant& tenant_;
  DemoOptions options_;
  TimePoint end_;
  Rng rng_;

  TimePoint history_start_{};
  std::array<std::string, kTeamCount> team_ids_;
  std::vector<Staff> staff_;
  std::vector<Batch> batches_;
  std::vector<PlannedEntry> entries_;
  int extra_entries_ = 0;  // entries other plans record directly (the duty worker's, demo_summary.h)
  int64_t next_order_ = 0;
  int children_ = 0;
  int people_ = 0;
  // Documents draw from their own stream so the rest of the authority is the same with or without them.
  Rng document_rng_{options_.seed ^ 0xd0c5u};
  std::vector<std::string> document_bytes_;

  // Entry extras (demo_details.cc): kind details (R18, R19, R27, R31), sharing with
  // brothers' and sisters' records (R32) and amendments (R29/R30). Their own random stream, so
  // the households and notes of a seed stay as they were.
  void AddEntryExtras(PlannedEntry& e, const std::string& kind, const Staff& author);
  Rng extras_rng_{options_.seed * 1000003 + 4};
  // R1 closures (CloseSomeRecords): their own stream too.
  void CloseSomeRecords(const std::string& child_id, size_t first_entry, const Staff* manager);
  Rng closure_rng_{options_.seed * 7919 + 11};
  // R20: the families' shapes for the genogram (demo_family_shapes.h): their own stream too.
  Rng shapes_rng_{options_.seed * 2654435761u + 20};
  // R20, R2: the children's own sex (demo_identity.h ChildFacts::sex): its own stream too.
  Rng sex_rng_{options_.seed * 40503u + 33};
  int records_planned_ = 0;
  const NoteContext* note_context_ = nullptr;  // the context of the child being planned
  std::vector<std::string> family_records_;    // the records of the family being planned
  std::vector<Batch> amendments_;
};

}  // namespace childrecord::demo
