#include "store/verify.h"

#include "core/sha256.h"

namespace childrecord {
namespace {

// Carries a verification failure out of the visitor callbacks without confusing it with a
// failure to read.
constexpr char kFoundProblem[] = "verify: problem found";

// How a problem with one hash chain is told.
struct ChainWords {
  const char* chain;    // "journal"
  const char* item;     // "event"
  const char* items;    // "events"
  const char* capital;  // "Event"
};
constexpr ChainWords kJournalChain{"journal", "event", "events", "Event"};
constexpr ChainWords kAccessLogChain{"access log", "row", "access-log rows", "Access log row"};

// Whether a chain that was read up to `last_seq`, and had `hash_at_signed` at the signed seq,
// still holds what a checkpoint signed (`signed_seq`, `signed_hash`): nullopt when it does, else
// the first bad seq and what is wrong.
std::optional<std::pair<int64_t, std::string>> SignedHeadProblem(const ChainWords& w, int64_t last_seq,
                                                                 const std::string& hash_at_signed, int64_t signed_seq,
                                                                 const std::string& signed_hash,
                                                                 const std::string& signed_at) {
  if (last_seq < signed_seq) {
    return std::pair{last_seq + 1, std::string("The ") + w.chain + " ends at " + w.item + " " +
                                       std::to_string(last_seq) + " but the checkpoint signed on " + signed_at +
                                       " covers " + w.item + " " + std::to_string(signed_seq) + ": " + w.items +
                                       " were removed"};
  }
  if (hash_at_signed != signed_hash) {
    return std::pair{signed_seq, std::string(w.capital) + " " + std::to_string(signed_seq) + " is not the " + w.item +
                                     " the checkpoint signed: the " + w.chain + " was rewritten"};
  }
  return std::nullopt;
}

// The access log's chain (issue 3 item 8): the journal's rules, rows numbered from 1 without
// gaps, each hash recomputed from its fields and linked to the row before.
Result<VerifyReport> VerifyAccessLog(Store::Snapshot& snapshot, VerifyReport& report,
                                     const std::optional<Checkpoint>& checkpoint) {
  std::string prev = kGenesisHash;
  int64_t expected = 1;
  const bool signed_head = checkpoint && checkpoint->has_access_log;
  // A checkpoint of an empty access log signs the genesis hash.
  std::string hash_at_checkpoint = signed_head && checkpoint->access_log_seq == 0 ? kGenesisHash : "";
  Status walked = snapshot.ForEachAccessLogEntry([&](const AccessLogEntry& row) -> Status {
    auto bad = [&](int64_t seq, const std::string& problem) {
      report.ok = false;
      report.first_bad_access_seq = seq;
      report.problem = problem;
      return Error::Internal(kFoundProblem);
    };
    const std::string where = "Access log row " + std::to_string(row.seq);
    if (row.seq != expected) {
      return bad(expected, "Access log row " + std::to_string(expected) + " is missing: the log jumps from row " +
                               std::to_string(expected - 1) + " to row " + std::to_string(row.seq));
    }
    if (row.prev_hash != prev) {
      return bad(row.seq, where + ": it does not follow row " + std::to_string(row.seq - 1) +
                              " (the chain is broken: rows were removed, inserted or reordered)");
    }
    if (ComputeAccessLogHash(row) != row.hash) {
      return bad(row.seq, where +
                              ": its content does not match its hash (who, when, what, where from or why "
                              "was changed)");
    }
    prev = row.hash;
    report.access_log_rows = row.seq;
    report.access_log_head = row.hash;
    if (signed_head && row.seq == checkpoint->access_log_seq) hash_at_checkpoint = row.hash;
    ++expected;
    return Status::Ok();
  });
  if (!report.ok) return report;
  if (!walked.ok()) return walked.error();
  if (signed_head) {
    // The chain above only proves the rows agree with each other: rows rewritten with their hashes
    // recomputed, or the newest rows deleted, still chain. The signed head proves they are the
    // rows that were there when the checkpoint was made.
    const auto bad = SignedHeadProblem(kAccessLogChain, report.access_log_rows, hash_at_checkpoint,
                                       checkpoint->access_log_seq, checkpoint->access_log_hash, checkpoint->signed_at);
    if (bad) {
      report.ok = false;
      report.first_bad_access_seq = bad->first;
      report.problem = bad->second;
    }
  }
  return report;
}

}  // namespace

Result<VerifyReport> VerifyTenant(Store& store, const Tenant& tenant, const std::optional<Checkpoint>& checkpoint) {
  VerifyReport report;
  auto fail = [&](int64_t seq, std::string problem) -> Status {
    report.ok = false;
    report.first_bad_seq = seq;
    report.problem = std::move(problem);
    return Error::Internal(kFoundProblem);
  };

  if (checkpoint) {
    if (checkpoint->tenant_id != tenant.id) {
      report.ok = false;
      report.problem = "The checkpoint is for another tenant (" + checkpoint->tenant_id + ")";
      return report;
    }
    if (!CheckpointSignatureValid(*checkpoint)) {
      report.ok = false;
      report.problem = "The checkpoint's signature is not valid: the checkpoint file was altered";
      return report;
    }
  }

  CR_ASSIGN_OR_RETURN(Store::Snapshot snapshot, store.OpenSnapshot(tenant.id));
  ProjectionState state;
  std::string prev = kGenesisHash;
  int64_t expected = 1;
  // A checkpoint of an empty journal signs the genesis hash.
  std::string hash_at_checkpoint = checkpoint && checkpoint->seq == 0 ? kGenesisHash : "";

  Status walked = snapshot.ForEachEvent(
      0, [&](const JournalEvent& event, const std::optional<std::string>& payload_text) -> Status {
        const std::string where = "Event " + std::to_string(event.seq) + " (" + event.type + ")";
        if (event.seq != expected) {
          return fail(expected, "Event " + std::to_string(expected) + " is missing: the journal jumps from event " +
                                    std::to_string(expected - 1) + " to event " + std::to_string(event.seq));
        }
        if (!payload_text) return fail(event.seq, where + ": its payload is missing");
        if (Sha256Hex(*payload_text) != event.payload_sha256) {
          return fail(event.seq,
                      where + ": its payload does not match the hash recorded for it (the content was changed)");
        }
        if (event.payload.is_null()) return fail(event.seq, where + ": its payload is not JSON");
        auto canonical = CanonicalJson(event.payload);
        if (!canonical.ok() || *canonical != *payload_text) {
          return fail(event.seq, where + ": its payload is not in canonical form");
        }
        if (event.prev_hash != prev) {
          return fail(event.seq, where + ": it does not follow event " + std::to_string(event.seq - 1) +
                                     " (the chain is broken: events were removed, inserted or reordered)");
        }
        if (ComputeEventHash(event) != event.hash) {
          return fail(event.seq, where + ": its header does not match its hash (time, author, type or order changed)");
        }
        auto mutations = Project(event);
        if (!mutations.ok()) return fail(event.seq, mutations.error().message);
        Status applied = state.Apply(*mutations);
        if (!applied.ok()) return fail(event.seq, where + ": " + applied.error().message);
        prev = event.hash;
        report.events = event.seq;
        report.head_hash = event.hash;
        if (checkpoint && event.seq == checkpoint->seq) hash_at_checkpoint = event.hash;
        ++expected;
        return Status::Ok();
      });
  if (!report.ok) return report;
  if (!walked.ok()) return walked.error();

  if (checkpoint) {
    const auto bad = SignedHeadProblem(kJournalChain, report.events, hash_at_checkpoint, checkpoint->seq,
                                       checkpoint->hash, checkpoint->signed_at);
    if (bad) {
      report.ok = false;
      report.first_bad_seq = bad->first;
      report.problem = bad->second;
      return report;
    }
  }

  for (const ProjectedTable& table : ProjectedTables()) {
    static const std::map<std::string, Fields> kNoRows;
    auto found = state.tables().find(table.name);
    const auto& expected_rows = found == state.tables().end() ? kNoRows : found->second;
    size_t seen = 0;
    Status compared = snapshot.ForEachProjectedRow(table, [&](const std::string& id, const Fields& stored) -> Status {
      auto row = expected_rows.find(id);
      if (row == expected_rows.end()) {
        return fail(0, "Table " + table.name + " has a row " + id + " that no event in the journal created");
      }
      for (const auto& column : table.columns) {
        auto want = row->second.find(column);
        FieldValue expected_value = want == row->second.end() ? FieldValue{} : want->second;
        const FieldValue& have = stored.at(column);
        if (have != expected_value) {
          return fail(0, "Table " + table.name + ", row " + id + ", column " + column + " holds " +
                             DescribeField(have) + " but the journal says " + DescribeField(expected_value));
        }
      }
      ++seen;
      return Status::Ok();
    });
    if (!report.ok) return report;
    if (!compared.ok()) return compared.error();
    if (seen != expected_rows.size()) {
      report.ok = false;
      report.problem = "Table " + table.name + " is missing " + std::to_string(expected_rows.size() - seen) +
                       " of the " + std::to_string(expected_rows.size()) + " rows the journal creates";
      return report;
    }
  }
  return VerifyAccessLog(snapshot, report, checkpoint);
}

}  // namespace childrecord
