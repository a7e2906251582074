// `childrecord demo` (demo_generator.h): the staff and their accounts, the documents' batches, and
// writing the planned authority to the store in time order (the plan: demo_plan.h).
#include "demo/demo_generator.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <optional>

#include "auth/password.h"
#include "core/ids.h"
#include "demo/demo_documents.h"
#include "demo/demo_names.h"
#include "demo/demo_plan.h"
#include "features/accounts/accounts_events.h"
#include "record/event_types.h"
#include "store/account_repository.h"
#include "store/blob_store.h"

namespace childrecord {
namespace demo {
namespace {

// Every demo account's password: long, memorable, and printed by `childrecord demo`.
constexpr char kDemoPassword[] = "kind-words-for-every-child";

// SPEC §4 roles, in the order the logins are listed.
constexpr std::array<const char*, 9> kRoles = {"practitioner",    "first_contact", "team_manager",
                                               "senior_manager",  "edt",           "records_officer",
                                               "data_protection", "auditor",       "admin"};

constexpr std::array<const char*, kTeamCount> kTeamNames = {
    "First Contact Team", "Locality Team North", "Locality Team South", "Children in Care Team", "Emergency Duty Team"};

}  // namespace

std::pair<std::string, std::string> Generator::AdultName(bool woman) {
  return {std::string(rng_.Pick(woman ? demo::WomenNames() : demo::MenNames())),
          std::string(rng_.Pick(demo::Surnames()))};
}

void Generator::PlanStaff(TimePoint at) {
  Batch batch{at, "system", {}, next_order_++};
  for (int t = 0; t < kTeamCount; ++t) {
    team_ids_[t] = NewId();
    batch.events.push_back({events::kTeamCreated, Json{{"team_id", team_ids_[t]}, {"name", kTeamNames[t]}}});
  }
  // Caseloads of about fifteen children per practitioner, spread across the three allocating teams.
  // At least two in each team, so colleagues can cover for each other.
  const int practitioners = std::max(6, (options_.children + 14) / 15);
  const int north = std::max(2, practitioners * 35 / 100);
  const int south = std::max(2, practitioners * 35 / 100);
  const int in_care = std::max(2, practitioners - north - south);
  struct Post {
    const char* role;
    int team;
    int count;
  };
  const std::vector<Post> posts = {
      {"team_manager", kNorth, 1},
      {"practitioner", kNorth, north},
      {"team_manager", kFirstContact, 1},
      {"first_contact", kFirstContact, std::max(2, practitioners / 5)},
      {"team_manager", kSouth, 1},
      {"practitioner", kSouth, south},
      {"team_manager", kInCare, 1},
      {"practitioner", kInCare, in_care},
      {"team_manager", kEdt, 1},
      {"edt", kEdt, 3},
      {"senior_manager", -1, 2},
      {"records_officer", -1, 2},
      {"data_protection", -1, 1},
      {"auditor", -1, 1},
      {"admin", -1, 1},
  };
  std::map<std::string, int> taken;
  for (const Post& post : posts) {
    for (int i = 0; i < post.count; ++i) {
      auto [first, last] = AdultName(rng_.Chance(0.7));  // most of the workforce are women
      Staff s;
      s.id = NewId();
      s.first = first;
      s.full_name = first + " " + last;
      s.username = demo::UsernameFor(first, last);
      if (int n = ++taken[s.username]; n > 1) s.username += std::to_string(n);
      s.role = post.role;
      s.team = post.team;
      Json payload{{"user_id", s.id}, {"username", s.username}, {"full_name", s.full_name}, {"role", s.role}};
      if (s.team >= 0) payload["team_id"] = team_ids_[s.team];
      batch.events.push_back({events::kUserAdded, std::move(payload)});
      staff_.push_back(std::move(s));
    }
  }
  batches_.push_back(std::move(batch));
}

std::vector<const Staff*> Generator::StaffIn(int team, std::string_view role) const {
  std::vector<const Staff*> out;
  for (const Staff& s : staff_) {
    if (s.team == team && s.role == role) out.push_back(&s);
  }
  return out;
}

const Staff& Generator::LeastLoaded(int team) {
  Staff* best = nullptr;
  for (Staff& s : staff_) {
    if (s.team == team && s.role == "practitioner" && (best == nullptr || s.caseload < best->caseload)) best = &s;
  }
  ++best->caseload;
  return *best;
}

void Generator::PlanDocuments(const std::string& child_id, const NoteContext& ctx, const Staff& worker,
                              TimePoint opened) {
  if (options_.blob_dir.empty()) return;
  for (demo::PlannedDocument& d : demo::PlanChildDocuments(document_rng_, child_id, ctx, worker.id, opened, end_)) {
    batches_.push_back({d.at, d.actor, {std::move(d.event)}, next_order_++});
    document_bytes_.push_back(std::move(d.bytes));
  }
}

Result<DemoSummary> Generator::Run() {
  if (options_.children < 0) return Error::Validation("children", "The number of children cannot be negative");
  if (options_.months_of_history < 1 || options_.months_of_history > 120) {
    return Error::Validation("months_of_history", "The months of history must be between 1 and 120");
  }
  CR_RETURN_IF_ERROR(CheckPasswordRules(kDemoPassword));
  history_start_ = DemoHistoryStart(options_, end_);

  PlanStaff(history_start_);
  // One of the children is today's referral (demo_this_week.cc), when there are two or more.
  const bool referral_today = options_.children >= 2;
  int remaining = options_.children - (referral_today ? 1 : 0);
  while (remaining > 0) {
    const int before = children_;
    PlanFamily(remaining);
    remaining -= children_ - before;
  }
  if (referral_today) PlanReferralToday();
  PlanLateNoteThisWeek();
  std::vector<Batch> entry_batches = GatherEntries();
  for (Batch& a : amendments_) entry_batches.push_back(std::move(a));
  for (Batch& b : entry_batches) {
    b.order = next_order_++;
    batches_.push_back(std::move(b));
  }
  std::stable_sort(batches_.begin(), batches_.end(),
                   [](const Batch& a, const Batch& b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });

  // One hash for everyone (Argon2id is slow by design).
  CR_ASSIGN_OR_RETURN(const std::string hash, HashPassword(kDemoPassword));

  // The documents' files are durable before any event names them (as DocumentService does).
  if (!options_.blob_dir.empty()) {
    BlobStore blobs(options_.blob_dir);
    CR_RETURN_IF_ERROR(blobs.Init());
    // Each file waits for two fsyncs (BlobStore::Put): a few at once share the disk's time.
    constexpr size_t kWriters = 4;
    std::vector<std::future<Status>> writers;
    for (size_t w = 0; w < kWriters; ++w) {
      writers.push_back(std::async(std::launch::async, [&, w]() -> Status {
        for (size_t i = w; i < document_bytes_.size(); i += kWriters) {
          Result<std::string> put = blobs.Put(document_bytes_[i]);
          if (!put.ok()) return put.error();
        }
        return Status::Ok();
      }));
    }
    Status written = Status::Ok();
    for (std::future<Status>& writer : writers) {
      Status s = writer.get();
      if (written.ok() && !s.ok()) written = s;
    }
    CR_RETURN_IF_ERROR(written);
  }

  DemoSummary summary;
  summary.documents = static_cast<int>(document_bytes_.size());
  // The history is loaded in large transactions (Store::Import), each event recorded at its own
  // time. The staff's passwords are set last, as of the end of the history, so that however long
  // the history a demo login is not one whose password is due to be changed (R44).
  // While one transaction is written, the next one's events are prepared (their canonical JSON
  // and its hash, PrepareEvents) on another thread: the writing is one thread's work, and the
  // machine has more.
  constexpr size_t kBatchesPerTransaction = 2000;
  struct Prepared {
    std::unique_ptr<std::vector<HistoricAppend>> items;  // stable while `done` works on them
    TimePoint last;
    std::future<void> done;
  };
  std::optional<Prepared> prepared;
  auto import_prepared = [&]() -> Status {
    if (!prepared) return Status::Ok();
    prepared->done.get();
    if (prepared->last > clock_.Now()) clock_.Set(prepared->last);  // never backwards
    Status imported = store_.Import(tenant_.id, std::move(*prepared->items));
    prepared.reset();
    return imported;
  };
  std::vector<HistoricAppend> chunk;
  TimePoint last = clock_.Now();
  auto flush = [&]() -> Status {
    if (chunk.empty()) return Status::Ok();
    Prepared next{std::make_unique<std::vector<HistoricAppend>>(std::move(chunk)), last, {}};
    chunk.clear();
    next.done = std::async(std::launch::async, [items = next.items.get()] {
      for (HistoricAppend& item : *items) PrepareEvents(item.events);
    });
    CR_RETURN_IF_ERROR(import_prepared());  // the one before, while this one is prepared
    prepared = std::move(next);
    return Status::Ok();
  };
  for (Batch& b : batches_) {
    last = std::max(last, b.at);
    chunk.push_back(HistoricAppend{b.actor, std::move(b.events), last});
    if (chunk.size() == kBatchesPerTransaction) CR_RETURN_IF_ERROR(flush());
  }
  CR_RETURN_IF_ERROR(flush());
  CR_RETURN_IF_ERROR(import_prepared());
  for (const Staff& s : staff_) CR_RETURN_IF_ERROR(AccountRepository(store_).SetPasswordHash(tenant_.id, s.id, hash));

  summary.teams = kTeamCount;
  summary.users = static_cast<int>(staff_.size());
  summary.children = children_;
  summary.people = people_;
  summary.entries = static_cast<int>(entries_.size()) + extra_entries_;
  summary.password = kDemoPassword;
  for (const char* role : kRoles) {
    for (const Staff& s : staff_) {
      if (s.role == role) {
        summary.logins.push_back({s.username, s.full_name, s.role, s.team >= 0 ? kTeamNames[s.team] : ""});
        break;
      }
    }
  }
  return summary;
}

}  // namespace demo

using std::chrono::days;
using std::chrono::hours;

TimePoint DemoHistoryStart(const DemoOptions& options, TimePoint end) {
  const int months = std::clamp(options.months_of_history, 1, 120);
  const auto day = std::chrono::floor<days>(end) - days(months * 365 / 12);
  return TimePoint(day) + hours(8);
}

Result<DemoSummary> GenerateDemo(Store& store, FakeClock& clock, const Tenant& tenant, const DemoOptions& options,
                                 TimePoint end) {
  return demo::Generator(store, clock, tenant, options, end).Run();
}

std::string DemoLoginLine(const DemoLogin& login) {
  return login.role + ": " + login.username + " (" + login.full_name +
         (login.team_name.empty() ? "" : ", " + login.team_name) + ")";
}

}  // namespace childrecord
