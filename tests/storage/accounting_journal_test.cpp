// The accounting journal (issue 11 item 1): records appended (one fsync per batch) come back in
// order; a frame torn by a crash is cut off and never read; segments roll over and are removed
// once applied; and the applier meters each record exactly once, its cursor stored with the
// volumes (SQLite and PostgreSQL).
#include <gmock/gmock.h>

#include <fstream>

#include "app/usage/journal_applier.h"
#include "app/usage/ports.h"
#include "storage/usage/file_accounting_journal.h"
#include "support/temp_dir.h"
#include "usage_fixture.h"

namespace bizline::testing {
namespace {

AccountingRecord Interim(const std::string& session, const std::string& user, std::uint64_t bytes,
                         std::int64_t at = 1'774'000'000) {
  return {AcctStatus::kInterimUpdate, "bras-1", session, user, bytes, 0, InstantFromEpoch(at), "127.0.0.9"};
}

std::unique_ptr<FileAccountingJournal> OpenJournal(
    const std::filesystem::path& dir, std::int64_t segment_bytes = FileAccountingJournal::kDefaultSegmentBytes) {
  auto journal = FileAccountingJournal::Open(dir, segment_bytes);
  EXPECT_TRUE(journal.ok()) << (journal.ok() ? "" : journal.error().message);
  return journal.ok() ? std::move(*journal) : nullptr;
}

std::vector<std::string> Sessions(const JournalChunk& chunk) {
  std::vector<std::string> out;
  for (const auto& r : chunk.records) out.push_back(r.session_id);
  return out;
}

TEST(AccountingJournal, RecordsComeBackInOrderWithEveryField) {
  TempDir dir;
  auto journal = OpenJournal(dir.path() / "j");
  ASSERT_TRUE(journal->Append(std::vector{Interim("S-1", "a@isp", 10), Interim("S-2", "b@isp", 20)}).ok());
  ASSERT_TRUE(journal->Append(std::vector{Interim("S-3", "c@isp", (5ULL << 32) + 7)}).ok());
  auto chunk = journal->Read({}, 100);
  ASSERT_TRUE(chunk.ok());
  EXPECT_THAT(Sessions(*chunk), ::testing::ElementsAre("S-1", "S-2", "S-3"));
  const AccountingRecord& last = chunk->records.back();
  EXPECT_EQ(last.status, AcctStatus::kInterimUpdate);
  EXPECT_EQ(last.nas, "bras-1");
  EXPECT_EQ(last.user_name, "c@isp");
  EXPECT_EQ(last.input_octets, (5ULL << 32) + 7);
  EXPECT_EQ(last.event_time, InstantFromEpoch(1'774'000'000));
  EXPECT_EQ(last.nas_address, "127.0.0.9");
  auto rest = journal->Read(chunk->next, 100);
  ASSERT_TRUE(rest.ok());
  EXPECT_TRUE(rest->records.empty());
  EXPECT_EQ(rest->next, chunk->next);
}

TEST(AccountingJournal, AFrameTornByACrashIsCutOffAndTheJournalGoesOn) {
  TempDir dir;
  const auto path = dir.path() / "j";
  {
    auto journal = OpenJournal(path);
    ASSERT_TRUE(journal->Append(std::vector{Interim("S-1", "a@isp", 10)}).ok());
  }
  // A crash in the middle of the next write: half a frame at the end of the segment.
  for (const auto& entry : std::filesystem::directory_iterator(path)) {
    if (entry.path().extension() == ".jnl") std::ofstream(entry.path(), std::ios::app) << "BZJ1\x40\0\0\0garbage";
  }
  auto journal = OpenJournal(path);
  ASSERT_TRUE(journal->Append(std::vector{Interim("S-2", "b@isp", 20)}).ok());
  auto chunk = journal->Read({}, 100);
  ASSERT_TRUE(chunk.ok());
  EXPECT_THAT(Sessions(*chunk), ::testing::ElementsAre("S-1", "S-2"));
}

TEST(AccountingJournal, SegmentsRollOverAndGoOnceApplied) {
  TempDir dir;
  auto journal = OpenJournal(dir.path() / "j", 200);  // a few records per segment
  for (int i = 0; i < 12; ++i) {
    ASSERT_TRUE(journal->Append(std::vector{Interim("S-" + std::to_string(i), "a@isp", 10U * i)}).ok());
  }
  const auto segments = [&] {
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path() / "j"))
      n += entry.path().extension() == ".jnl";
    return n;
  };
  EXPECT_GT(segments(), 3);
  std::vector<std::string> read;
  JournalPosition at;
  for (int guard = 0; guard < 20; ++guard) {
    auto chunk = journal->Read(at, 5);
    ASSERT_TRUE(chunk.ok());
    if (chunk->next == at) break;
    for (auto& s : Sessions(*chunk)) read.push_back(s);
    at = chunk->next;
  }
  ASSERT_EQ(read.size(), 12U);
  EXPECT_EQ(read.front(), "S-0");
  EXPECT_EQ(read.back(), "S-11");
  ASSERT_TRUE(journal->Release(at).ok());
  EXPECT_EQ(segments(), 1) << "only the segment being written remains";
}

using JournalApplierTest = UsageFixture;

TEST_P(JournalApplierTest, EveryRecordIsMeteredExactlyOnceAcrossRestarts_USE002) {
  NewLine("business-internet-fiber", "fiber-1");
  TempDir dir;
  {
    auto journal = OpenJournal(dir.path() / "j");
    ASSERT_TRUE(journal->Append(std::vector{Interim("S-1", "fiber-1", 1000)}).ok());
    ASSERT_TRUE(journal->Append(std::vector{Interim("S-1", "fiber-1", 3000, 1'774'000'300)}).ok());
    UsageMeter meter(*storage_, catalog_, clock_);
    JournalApplier applier(*storage_, meter, *journal);
    auto applied = applier.ApplyAll();
    ASSERT_TRUE(applied.ok()) << applied.error().message;
    EXPECT_EQ(*applied, 2U);
    EXPECT_EQ(*applier.ApplyOnce(), 0U) << "caught up";
    ASSERT_TRUE(journal->Append(std::vector{Interim("S-1", "fiber-1", 4500, 1'774'000'600)}).ok());
  }
  // Restarted: the cursor stored with the volumes says where to go on from.
  auto journal = OpenJournal(dir.path() / "j");
  UsageMeter meter(*storage_, catalog_, clock_);
  JournalApplier applier(*storage_, meter, *journal);
  EXPECT_EQ(*applier.ApplyAll(), 1U);
  auto tx = Begin(TxMode::kRead);
  EXPECT_EQ(*Usage(*tx).MonthVolume("fiber-1", Month{2026, 3}), Bytes{4500});
}

// One applier per journal: a second one that read the cursor before the first moved it is refused
// (its stored-cursor check) and meters nothing twice.
TEST_P(JournalApplierTest, ASecondApplierOnTheSameJournalMetersNothingTwice) {
  NewLine("business-internet-fiber", "fiber-2");
  TempDir dir;
  auto journal = OpenJournal(dir.path() / "j");
  ASSERT_TRUE(journal->Append(std::vector{Interim("S-2", "fiber-2", 1000)}).ok());
  UsageMeter meter(*storage_, catalog_, clock_);
  JournalApplier first(*storage_, meter, *journal), second(*storage_, meter, *journal);
  EXPECT_EQ(*second.ApplyOnce(), 1U);  // reads the cursor {0, 0} and meters the record
  ASSERT_TRUE(journal->Append(std::vector{Interim("S-2", "fiber-2", 2500, 1'774'000'300)}).ok());
  EXPECT_EQ(*first.ApplyOnce(), 1U);  // a fresh applier reads the stored cursor: only the new record
  ASSERT_TRUE(journal->Append(std::vector{Interim("S-2", "fiber-2", 4000, 1'774'000'600)}).ok());
  auto stale = second.ApplyOnce();  // its cursor is behind the stored one
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kStale);
  EXPECT_EQ(*second.ApplyAll(), 1U);  // re-read, it goes on from where the other stopped
  auto tx = Begin(TxMode::kRead);
  EXPECT_EQ(*Usage(*tx).MonthVolume("fiber-2", Month{2026, 3}), Bytes{4000});
}

INSTANTIATE_TEST_SUITE_P(Backends, JournalApplierTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace bizline::testing
