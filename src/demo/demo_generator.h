#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// `childrecord demo`: a realistic, entirely fictional local authority for trying childrecord out
// and for demonstrations. Names, households, dates and case notes follow the seed; ids are random.
struct DemoOptions {
  int children = 300;
  uint64_t seed = 1;
  int months_of_history = 9;
  // Where documents' files go (store/blob_store.h); "" adds no documents (R8-R14, R22).
  std::string blob_dir;
};

// One account the CLI prints so a person can log in as that role.
struct DemoLogin {
  std::string username, full_name, role, team_name;  // team_name empty for staff outside a team
};

// The line the CLI prints for a login: "practitioner: funmi.gallagher (Funmi Gallagher, Locality
// Team North)", or "(Mark Kelly)" for someone outside a team.
std::string DemoLoginLine(const DemoLogin& login);

struct DemoSummary {
  int teams = 0, users = 0, children = 0, people = 0, entries = 0;
  int documents = 0;
  std::vector<DemoLogin> logins;  // one per role, in SPEC §4 order
  std::string password;           // shared by every demo account
};

// The instant the demo's history begins (teams and accounts are created then; the first
// referrals follow a few weeks later). Open the Store with a FakeClock set to this time (or
// earlier) and create the tenant before calling GenerateDemo, so the whole journal reads in
// time order.
TimePoint DemoHistoryStart(const DemoOptions& options, TimePoint end);

// Fills the tenant with a synthetic authority: teams, staff in every role (all sharing one
// password), `options.children` children opened by referrals, their households and important
// people, and months of case notes. `clock` is the FakeClock the Store was opened with; the
// generator moves it forward (never back) so each event's recorded_at is realistic: most entries
// are written up within hours of what they describe, about one in twenty later than 24 hours
// (R28), and nothing after `end`. Appends in batches; prints nothing.
Result<DemoSummary> GenerateDemo(Store& store, FakeClock& clock, const Tenant& tenant, const DemoOptions& options,
                                 TimePoint end);

}  // namespace childrecord
