// The accounting CSV of `bizline usage import` read by worker threads in chunks (issue 11 item 4):
// rows come back in file order whatever the chunking, every bad row is reported with its line
// number and field and changes nothing else, and hostile bytes are refused at the edge.
#include "main/accounting_csv.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bizline {
namespace {

std::string WriteFile(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

TEST(AccountingCsv, ParsesEveryFieldAndJoinsTheGigawords) {
  auto row = ParseAccountingRow("Interim-Update,S-1,acme-1,300,20,1,2,1774000000");
  ASSERT_TRUE(row.ok()) << row.error().message;
  EXPECT_EQ(row->status, AcctStatus::kInterimUpdate);
  EXPECT_EQ(row->session_id, "S-1");
  EXPECT_EQ(row->user_name, "acme-1");
  EXPECT_EQ(row->counters.input, (1ULL << 32) + 300);
  EXPECT_EQ(row->counters.output, (2ULL << 32) + 20);
  EXPECT_EQ(row->event_time, InstantFromEpoch(1'774'000'000));
  EXPECT_TRUE(ParseAccountingRow("Accounting-On,,,0,0,0,0,1774000000").ok());  // no session, no user
}

TEST(AccountingCsv, RefusesBadFieldsNamingThem) {
  const auto field = [](std::string_view line) {
    auto row = ParseAccountingRow(line);
    return row.ok() ? std::string("ok") : row.error().field;
  };
  EXPECT_EQ(field("Begin,S,u,0,0,0,0,1"), "acct_status_type");
  EXPECT_EQ(field("Start,,u,0,0,0,0,1"), "acct_session_id");
  EXPECT_EQ(field("Start,S,,0,0,0,0,1"), "user_name");
  EXPECT_EQ(field("Start,S,u,4294967296,0,0,0,1"), "acct_input_octets");  // past 32 bits: use gigawords
  EXPECT_EQ(field("Start,S,u,0,-1,0,0,1"), "acct_output_octets");
  EXPECT_EQ(field("Start,S,u,0,0,x,0,1"), "acct_input_gigawords");
  EXPECT_EQ(field("Start,S,u,0,0,0,0,1.5"), "event_timestamp");
  EXPECT_EQ(field("Start,S,u,0,0,0,0"), "row");             // 7 fields
  EXPECT_EQ(field("Start,S,u,0,0,0,0,1,9"), "row");         // 9 fields
  EXPECT_EQ(field("Start,S,u\x01,0,0,0,0,1"), "row");       // a control character
  EXPECT_EQ(field("Start,S,u\xC3\x28,0,0,0,0,1"), "row");   // invalid UTF-8
  EXPECT_EQ(field("Start,S,caf\xC3\xA9,0,0,0,0,1"), "ok");  // valid UTF-8 is a name like another
}

TEST(AccountingCsv, ChunksComeBackInFileOrderWithEveryBadRowNumbered) {
  std::string text = std::string(kAccountingCsvHeader) + "\r\n";
  constexpr int kRows = 120'000;  // about 6 MB: more than one chunk
  for (int i = 0; i < kRows; ++i) {
    if (i == 1) {
      text += "Stat,S1,u,0,0,0,0,1\n";  // line 3
    } else if (i == 70'000) {
      text += "\n";  // an empty line is skipped, and still counts as a line
    } else if (i == 99'999) {
      text += "Start,S99999,u,0,0,0,0,1,extra\n";  // line 100001
    } else {
      text += "Interim-Update,S" + std::to_string(i) + ",user-" + std::to_string(i % 97) + ",1,2,0,0," +
              std::to_string(1'774'000'000 + i) + (i % 3 == 0 ? "\r\n" : "\n");
    }
  }
  text += "Stop,LAST,u,0,0,0,0,1";  // no newline at the end
  const std::string path = WriteFile("chunks", text);
  std::vector<std::string> ids;
  std::vector<RowError> errors;
  int chunks = 0;
  auto read = ReadAccountingCsv(path, 2, [&](const AccountingChunk& chunk) -> Status {
    ++chunks;
    for (const AccountingRow& r : chunk.rows) ids.emplace_back(r.session_id);
    errors.insert(errors.end(), chunk.errors.begin(), chunk.errors.end());
    return Ok{};
  });
  std::filesystem::remove(path);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_GT(chunks, 1);
  ASSERT_EQ(ids.size(), static_cast<std::size_t>(kRows - 3 + 1));
  EXPECT_EQ(ids.front(), "S0");
  EXPECT_EQ(ids[1], "S2");
  EXPECT_EQ(ids.back(), "LAST");
  for (std::size_t i = 2; i + 1 < ids.size(); ++i) {
    ASSERT_LT(std::stoi(ids[i - 1].substr(1)), std::stoi(ids[i].substr(1))) << "file order at " << i;
  }
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].row, 3u);
  EXPECT_EQ(errors[0].error.field, "acct_status_type");
  EXPECT_EQ(errors[1].row, 100'001u);
  EXPECT_EQ(errors[1].error.field, "row");
}

TEST(AccountingCsv, AWrongHeaderOrAMissingFileIsRefusedBeforeAnyRow) {
  const std::string path = WriteFile("header", "status,session\nStart,S,u,0,0,0,0,1\n");
  int consumed = 0;
  const auto count = [&](const AccountingChunk&) -> Status {
    ++consumed;
    return Ok{};
  };
  auto read = ReadAccountingCsv(path, 2, count);
  std::filesystem::remove(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().field, "header");
  EXPECT_EQ(consumed, 0);
  auto missing = ReadAccountingCsv("/nonexistent/records.csv", 2, count);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "file");
}

TEST(AccountingCsv, AnErrorFromTheConsumerStopsTheReadersAndIsReturned) {
  std::string text = std::string(kAccountingCsvHeader) + "\n";
  for (int i = 0; i < 200'000; ++i) text += "Start,S" + std::to_string(i) + ",u,0,0,0,0,1\n";
  const std::string path = WriteFile("stop", text);
  int calls = 0;
  auto read = ReadAccountingCsv(path, 2, [&](const AccountingChunk&) -> Status {
    ++calls;
    return Error::Unavailable("the database went away");
  });
  std::filesystem::remove(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().message, "the database went away");
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace bizline
