// The accounting journal in files (app/usage/accounting_journal.h): numbered segment files in a
// directory, each a run of frames [magic, payload length, FNV-1a 64 of the payload, payload];
// a frame is one Append's records, written with one write and made durable with one fdatasync.
// On opening, a frame torn by a crash at the end of the last segment (never acknowledged: its
// fsync had not returned) is cut off. Readers see only what is durable. A segment is replaced by
// the next one past `segment_bytes`, and removed once everything in it is applied.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>

#include "app/usage/accounting_journal.h"

namespace bizline {

class FileAccountingJournal final : public AccountingJournal {
 public:
  static constexpr std::int64_t kDefaultSegmentBytes = 64LL << 20;
  static Result<std::unique_ptr<FileAccountingJournal>> Open(std::filesystem::path dir,
                                                             std::int64_t segment_bytes = kDefaultSegmentBytes);
  ~FileAccountingJournal() override;
  FileAccountingJournal(const FileAccountingJournal&) = delete;
  FileAccountingJournal& operator=(const FileAccountingJournal&) = delete;

  const std::string& id() const override { return id_; }
  Status Append(std::span<const AccountingRecord> records) override;
  Result<JournalChunk> Read(JournalPosition from, std::size_t max_records) override;
  Status Release(JournalPosition applied) override;

 private:
  FileAccountingJournal(std::filesystem::path dir, std::string id, std::int64_t segment_bytes);
  std::filesystem::path SegmentPath(std::int64_t segment) const;
  Status OpenForAppend(std::int64_t segment, std::int64_t size);

  std::filesystem::path dir_;
  std::string id_;
  std::int64_t segment_bytes_;
  std::mutex append_mutex_;
  int fd_ = -1;
  std::int64_t size_ = 0;
  // The end of what is durable, read by the applier while the listener appends.
  std::atomic<std::int64_t> durable_segment_{0};
  std::atomic<std::int64_t> durable_size_{0};
};

}  // namespace bizline
