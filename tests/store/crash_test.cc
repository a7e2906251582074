// SPEC §5 "a crash test" (SPEC §2 principles 1 and 2): a crash (kill -9) in the middle of writes
// loses no acknowledged write and leaves a journal that verifies. A child process appends as fast as
// it can and reports each acknowledged event; the test kills it with SIGKILL mid-stream, then
// reopens the database and checks every acknowledged event is there and the journal verifies.
// (For PostgreSQL this kills the client mid-transaction; the server's own crash safety is
// PostgreSQL's fsync/WAL, kept on by tests/support/pg-cluster.sh.)
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <sstream>
#include <thread>

#include "core/ids.h"
#include "features/entries/entries_events.h"
#include "features/people/people_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class CrashTest : public BackendTest {};

// Runs in the forked child: appends until killed, writing "seq hash\n" for each acknowledged
// batch to `fd`. Never returns. Its clock stands an hour after the test's epoch, so nothing
// here depends on when the test runs.
[[noreturn]] void AppendUntilKilled(const std::string& url, const SeededRecord& r, int fd) {
  const FakeClock clock(TestEpoch() + std::chrono::hours(1));
  auto store = Store::Open(url, clock, 2);
  if (!store.ok()) _exit(3);
  for (int i = 0;; ++i) {
    std::vector<NewEvent> batch;
    batch.push_back({events::kEntryRecorded,
                     payloads::EntryRecorded(NewId(), r.child_id, r.worker_id, clock.Now() - std::chrono::minutes(5),
                                             "Crash note " + std::to_string(i), std::string(200, 'x'))});
    if (i % 2 == 0) batch.push_back({events::kPersonAdded, payloads::PersonAdded(NewId(), "Visitor")});
    auto written = (*store)->Append(r.tenant.id, r.worker_id, std::move(batch));
    if (!written.ok()) _exit(4);
    std::string line = std::to_string(written->back().seq) + " " + written->back().hash + "\n";
    if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(5);
  }
}

TEST_P(CrashTest, KillDashNineLosesNoAcknowledgedWrite_Principle1) {
  SeededRecord r = Seed("Crash Council", 1);
  std::map<int64_t, std::string> acknowledged;
  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    CloseStore();  // the child must not share our connections
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      AppendUntilKilled(db_url(), r, fds[1]);
    }
    close(fds[1]);
    FILE* in = fdopen(fds[0], "r");
    ASSERT_NE(in, nullptr);
    // Let it acknowledge a few batches (a different number each round), then kill it mid-stream.
    const int wanted = 5 + round * 7;
    int seen = 0;
    char buf[256];
    while (seen < wanted && std::fgets(buf, sizeof buf, in) != nullptr) {
      std::istringstream line(buf);
      int64_t seq = 0;
      std::string hash;
      line >> seq >> hash;
      acknowledged[seq] = hash;
      ++seen;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(3 * round));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself with status " << WEXITSTATUS(status);
    // Acknowledgements written before the kill are still in the pipe.
    while (std::fgets(buf, sizeof buf, in) != nullptr) {
      std::istringstream line(buf);
      int64_t seq = 0;
      std::string hash;
      if (line >> seq >> hash) acknowledged[seq] = hash;
    }
    std::fclose(in);
    ASSERT_GE(seen, wanted);

    Reopen();
    auto head = store().Head(r.tenant.id);
    ASSERT_TRUE(head.ok());
    ASSERT_FALSE(acknowledged.empty());
    EXPECT_GE(head->seq, acknowledged.rbegin()->first);
    for (const auto& [seq, hash] : acknowledged) {
      EXPECT_EQ(AsText(RawValue("SELECT hash FROM journal WHERE tenant_id = ? AND seq = ?", {r.tenant.id, seq})),
                hash)
          << "acknowledged event " << seq;
    }
    VerifyReport report = Verify(r.tenant);
    EXPECT_TRUE(report.ok) << report.problem;
    EXPECT_EQ(report.events, head->seq);
  }
}

CHILDRECORD_INSTANTIATE_BACKENDS(CrashTest);

}  // namespace
}  // namespace childrecord::testing
