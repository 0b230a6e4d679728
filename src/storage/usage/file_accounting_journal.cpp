#include "storage/usage/file_accounting_journal.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <set>

namespace bizline {
namespace {

constexpr std::uint32_t kMagic = 0x314A5A42;  // "BZJ1"
constexpr std::size_t kFrameHeader = 16;      // magic, payload length, checksum
constexpr std::uint32_t kMaxPayload = 64U << 20;

std::uint64_t Fnv1a(const std::uint8_t* data, std::size_t size) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (std::size_t i = 0; i < size; ++i) hash = (hash ^ data[i]) * 1099511628211ULL;
  return hash;
}

template <typename T>
void Put(std::vector<std::uint8_t>& out, T value) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(&value);
  out.insert(out.end(), bytes, bytes + sizeof value);
}
void PutText(std::vector<std::uint8_t>& out, const std::string& text) {
  // Fields were checked at the edge (a RADIUS attribute is at most 253 octets).
  Put(out, static_cast<std::uint16_t>(std::min<std::size_t>(text.size(), 0xFFFF)));
  out.insert(out.end(), text.begin(),
             text.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(text.size(), 0xFFFF)));
}

// Reads from a payload; false once it would run past the end (a corrupt frame).
class Reader {
 public:
  Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  template <typename T>
  bool Get(T& value) {
    if (size_ - at_ < sizeof value) return false;
    std::memcpy(&value, data_ + at_, sizeof value);
    at_ += sizeof value;
    return true;
  }
  bool GetText(std::string& text) {
    std::uint16_t n = 0;
    if (!Get(n) || size_ - at_ < n) return false;
    text.assign(reinterpret_cast<const char*>(data_ + at_), n);
    at_ += n;
    return true;
  }
  bool Done() const { return at_ == size_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

std::vector<std::uint8_t> EncodeFrame(std::span<const AccountingRecord> records) {
  std::vector<std::uint8_t> frame(kFrameHeader);
  Put(frame, static_cast<std::uint32_t>(records.size()));
  for (const AccountingRecord& r : records) {
    Put(frame, static_cast<std::uint8_t>(r.status));
    Put(frame, EpochSeconds(r.event_time));
    Put(frame, r.input_octets);
    Put(frame, r.output_octets);
    PutText(frame, r.nas);
    PutText(frame, r.session_id);
    PutText(frame, r.user_name);
    PutText(frame, r.nas_address);
  }
  const auto payload = static_cast<std::uint32_t>(frame.size() - kFrameHeader);
  const std::uint64_t checksum = Fnv1a(frame.data() + kFrameHeader, payload);
  std::memcpy(frame.data(), &kMagic, 4);
  std::memcpy(frame.data() + 4, &payload, 4);
  std::memcpy(frame.data() + 8, &checksum, 8);
  return frame;
}

bool DecodePayload(const std::uint8_t* data, std::size_t size, std::vector<AccountingRecord>& out) {
  Reader in(data, size);
  std::uint32_t count = 0;
  if (!in.Get(count)) return false;
  for (std::uint32_t i = 0; i < count; ++i) {
    AccountingRecord r;
    std::uint8_t status = 0;
    std::int64_t at = 0;
    if (!in.Get(status) || !in.Get(at) || !in.Get(r.input_octets) || !in.Get(r.output_octets) || !in.GetText(r.nas) ||
        !in.GetText(r.session_id) || !in.GetText(r.user_name) || !in.GetText(r.nas_address)) {
      return false;
    }
    r.status = static_cast<AcctStatus>(status);
    r.event_time = InstantFromEpoch(at);
    out.push_back(std::move(r));
  }
  return in.Done();
}

// The frame at `offset` of `fd`, if a whole and intact one is there before `limit`: its records
// are appended to `out` and its size returned; 0 when there is none (the end, or a torn tail).
std::int64_t ReadFrame(int fd, std::int64_t offset, std::int64_t limit, std::vector<AccountingRecord>* out) {
  std::uint8_t header[kFrameHeader];
  if (limit - offset < static_cast<std::int64_t>(kFrameHeader)) return 0;
  if (pread(fd, header, kFrameHeader, offset) != static_cast<ssize_t>(kFrameHeader)) return 0;
  std::uint32_t magic = 0, payload = 0;
  std::uint64_t checksum = 0;
  std::memcpy(&magic, header, 4);
  std::memcpy(&payload, header + 4, 4);
  std::memcpy(&checksum, header + 8, 8);
  if (magic != kMagic || payload > kMaxPayload || limit - offset - static_cast<std::int64_t>(kFrameHeader) < payload) {
    return 0;
  }
  std::vector<std::uint8_t> data(payload);
  if (pread(fd, data.data(), payload, offset + static_cast<std::int64_t>(kFrameHeader)) !=
          static_cast<ssize_t>(payload) ||
      Fnv1a(data.data(), payload) != checksum) {
    return 0;
  }
  if (out != nullptr) {
    std::vector<AccountingRecord> records;
    if (!DecodePayload(data.data(), payload, records)) return 0;
    std::move(records.begin(), records.end(), std::back_inserter(*out));
  }
  return static_cast<std::int64_t>(kFrameHeader) + payload;
}

Error SystemError(const std::string& what, const std::filesystem::path& path) {
  return Error::Unavailable("accounting journal: " + what + " " + path.string() + ": " + std::strerror(errno));
}

// The segments in `dir`, by number.
std::set<std::int64_t> Segments(const std::filesystem::path& dir) {
  std::set<std::int64_t> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() == 20 + 8 && name.starts_with("seg-") && name.ends_with(".jnl")) {
      out.insert(std::stoll(name.substr(4, 20)));
    }
  }
  return out;
}

Status SyncDirectory(const std::filesystem::path& dir) {
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return SystemError("cannot open", dir);
  const int rc = fsync(fd);
  close(fd);
  if (rc != 0) return SystemError("cannot sync", dir);
  return Ok{};
}

Result<std::string> IdOf(const std::filesystem::path& dir) {
  const std::filesystem::path file = dir / "journal-id";
  if (std::ifstream in(file); in) {
    std::string id;
    std::getline(in, id);
    if (id.size() == 32) return id;
    return Error::Unavailable("accounting journal: " + file.string() + " is not a journal id");
  }
  std::random_device random;
  std::string id;
  for (int i = 0; i < 4; ++i) {
    char part[9];
    std::snprintf(part, sizeof part, "%08x", random());
    id += part;
  }
  std::ofstream out(file);
  out << id << "\n";
  out.close();
  if (!out) return SystemError("cannot write", file);
  TRY(SyncDirectory(dir));
  return id;
}

}  // namespace

FileAccountingJournal::FileAccountingJournal(std::filesystem::path dir, std::string id, std::int64_t segment_bytes)
    : dir_(std::move(dir)), id_(std::move(id)), segment_bytes_(segment_bytes) {}

FileAccountingJournal::~FileAccountingJournal() {
  if (fd_ >= 0) close(fd_);
}

std::filesystem::path FileAccountingJournal::SegmentPath(std::int64_t segment) const {
  char name[32];
  std::snprintf(name, sizeof name, "seg-%020lld.jnl", static_cast<long long>(segment));
  return dir_ / name;
}

Result<std::unique_ptr<FileAccountingJournal>> FileAccountingJournal::Open(std::filesystem::path dir,
                                                                           std::int64_t segment_bytes) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Error::Unavailable("accounting journal: cannot create " + dir.string() + ": " + ec.message());
  ASSIGN_OR_RETURN(std::string id, IdOf(dir));
  std::unique_ptr<FileAccountingJournal> journal(new FileAccountingJournal(dir, std::move(id), segment_bytes));
  const std::set<std::int64_t> segments = Segments(dir);
  const std::int64_t last = segments.empty() ? 1 : *segments.rbegin();
  // The end of the last intact frame: a torn one after it was never acknowledged.
  std::int64_t end = 0;
  if (!segments.empty()) {
    const std::filesystem::path path = journal->SegmentPath(last);
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return SystemError("cannot open", path);
    const std::int64_t size = lseek(fd, 0, SEEK_END);
    for (std::int64_t n; (n = ReadFrame(fd, end, size, nullptr)) > 0;) end += n;
    close(fd);
    if (end < size && truncate(path.c_str(), end) != 0) return SystemError("cannot cut the torn end of", path);
  }
  TRY(journal->OpenForAppend(last, end));
  return journal;
}

Status FileAccountingJournal::OpenForAppend(std::int64_t segment, std::int64_t size) {
  const std::filesystem::path path = SegmentPath(segment);
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd < 0) return SystemError("cannot open", path);
  if (fdatasync(fd) != 0) {
    close(fd);
    return SystemError("cannot sync", path);
  }
  TRY(SyncDirectory(dir_));  // the new segment's name is durable before anything in it is acknowledged
  if (fd_ >= 0) close(fd_);
  fd_ = fd;
  size_ = size;
  durable_size_ = size;
  durable_segment_ = segment;
  return Ok{};
}

Status FileAccountingJournal::Append(std::span<const AccountingRecord> records) {
  if (records.empty()) return Ok{};
  const std::vector<std::uint8_t> frame = EncodeFrame(records);
  std::lock_guard lock(append_mutex_);
  if (size_ > 0 && size_ + static_cast<std::int64_t>(frame.size()) > segment_bytes_) {
    TRY(OpenForAppend(durable_segment_ + 1, 0));
  }
  const std::filesystem::path path = SegmentPath(durable_segment_);
  std::size_t written = 0;
  while (written < frame.size()) {
    const ssize_t n = write(fd_, frame.data() + written, frame.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      // What was written is a torn frame: cut it so the next frame starts clean.
      if (ftruncate(fd_, size_) != 0) return SystemError("cannot write nor cut", path);
      return SystemError("cannot write", path);
    }
    written += static_cast<std::size_t>(n);
  }
  if (fdatasync(fd_) != 0) return SystemError("cannot sync", path);
  size_ += static_cast<std::int64_t>(frame.size());
  durable_size_ = size_;
  return Ok{};
}

Result<JournalChunk> FileAccountingJournal::Read(JournalPosition from, std::size_t max_records) {
  JournalChunk chunk;
  JournalPosition at = from;
  while (chunk.records.size() < max_records) {
    const std::int64_t durable_segment = durable_segment_;
    const std::int64_t durable_size = durable_size_;
    if (at.segment > durable_segment) break;
    const std::filesystem::path path = SegmentPath(at.segment);
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      if (errno != ENOENT) return SystemError("cannot open", path);
      // Released, or the journal's beginning ({0, 0}): go on from the first segment after it.
      const std::set<std::int64_t> segments = Segments(dir_);
      const auto next = segments.upper_bound(at.segment);
      if (next == segments.end()) break;
      at = {*next, 0};
      continue;
    }
    const std::int64_t limit = at.segment == durable_segment ? durable_size : lseek(fd, 0, SEEK_END);
    for (std::int64_t n;
         chunk.records.size() < max_records && (n = ReadFrame(fd, at.offset, limit, &chunk.records)) > 0;) {
      at.offset += n;
    }
    close(fd);
    if (at.offset < limit || at.segment == durable_segment) break;  // more here later, or all read
    at = {at.segment + 1, 0};                                       // this segment is over: the writer moved on
  }
  chunk.next = at;
  return chunk;
}

Status FileAccountingJournal::Release(JournalPosition applied) {
  for (std::int64_t segment : Segments(dir_)) {
    if (segment >= applied.segment) break;
    std::error_code ec;
    std::filesystem::remove(SegmentPath(segment), ec);
    if (ec) return Error::Unavailable("accounting journal: cannot remove " + SegmentPath(segment).string());
  }
  return Ok{};
}

}  // namespace bizline
