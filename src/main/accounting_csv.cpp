#include "main/accounting_csv.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "domain/core/text.h"

namespace bizline {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{4} << 20;
constexpr std::size_t kMaxLine = std::size_t{64} << 10;  // a longer line is not an accounting record

template <typename T>
Result<T> Number(std::string_view text, const char* field) {
  T value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return Error::Invalid(field, "must be a whole number that fits");
  }
  return value;
}

// Printable ASCII only: the common case, checked in one pass the compiler vectorises; anything
// else goes through the full UTF-8 and control-character check for a precise message.
bool PrintableAscii(std::string_view s) {
  unsigned bad = 0;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    bad |= static_cast<unsigned>(u < 0x20 || u > 0x7E);
  }
  return bad == 0;
}

struct Chunk {
  std::string text;
  std::size_t lines = 0;  // lines of the file in this chunk, empty ones included
  AccountingChunk parsed;
};

// Parses a chunk of whole lines; errors carry the line's index within the chunk (1-based).
void Parse(Chunk& chunk) {
  std::string_view rest = chunk.text;
  chunk.parsed.rows.reserve(rest.size() / 64);
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    ++chunk.lines;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    auto row = ParseAccountingRow(line);
    if (row) {
      chunk.parsed.rows.push_back(*row);
    } else {
      chunk.parsed.errors.push_back({chunk.lines, row.error()});
    }
  }
}

// Workers take turns reading the next chunk (whole lines; the partial last line waits for the
// next turn) and parse it outside the lock; the caller takes the parsed chunks in order.
class Pipeline {
 public:
  Pipeline(int fd, std::string carry, std::size_t in_flight)
      : fd_(fd), carry_(std::move(carry)), in_flight_(in_flight) {}

  void Work() {
    for (;;) {
      auto chunk = std::make_unique<Chunk>();
      std::size_t seq = 0;
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return stopped_ || eof_ || next_ - taken_ < in_flight_; });
        if (stopped_ || eof_) return;
        seq = next_++;
        chunk->text.swap(carry_);
        if (!Fill(chunk->text)) {
          chunk->text.clear();
          eof_ = true;
        }
      }
      Parse(*chunk);
      std::lock_guard lock(mutex_);
      done_[seq] = std::move(chunk);
      ready_.notify_all();
    }
  }

  // The chunk `seq` once parsed; nullptr after the last one (or on a read error: see error()).
  std::unique_ptr<Chunk> Take(std::size_t seq) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return done_.count(seq) != 0 || (eof_ && seq >= next_); });
    auto it = done_.find(seq);
    if (it == done_.end()) return nullptr;
    auto chunk = std::move(it->second);
    done_.erase(it);
    ++taken_;
    space_.notify_all();
    return chunk;
  }

  void Stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    space_.notify_all();
  }

  Status error() {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  // Appends up to a chunk of the file to `text` and moves its unfinished last line to carry_.
  // False (and eof_) when nothing is left; under the lock.
  bool Fill(std::string& text) {
    const std::size_t kept = text.size();
    text.resize(kept + kChunkBytes);
    std::size_t got = kept;
    while (got < text.size()) {
      const ssize_t n = ::read(fd_, text.data() + got, text.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_ = Error::Unavailable(std::string("cannot read the file: ") + std::strerror(errno));
        eof_ = true;
        return false;
      }
      if (n == 0) break;
      got += static_cast<std::size_t>(n);
    }
    text.resize(got);
    if (got < kept + kChunkBytes) {
      eof_ = true;  // the last chunk: its last line may lack its newline
      return !text.empty();
    }
    const std::size_t last = text.rfind('\n');
    if (last == std::string::npos || text.size() - last > kMaxLine) {
      error_ = Error::Invalid("row", "a line is longer than " + std::to_string(kMaxLine) + " bytes");
      eof_ = true;
      return false;
    }
    carry_.assign(text, last + 1);
    text.resize(last + 1);
    return true;
  }

  const int fd_;
  std::mutex mutex_;
  std::condition_variable space_, ready_;
  std::string carry_;
  const std::size_t in_flight_;
  std::size_t next_ = 0, taken_ = 0;
  bool eof_ = false, stopped_ = false;
  Status error_ = Ok{};
  std::map<std::size_t, std::unique_ptr<Chunk>> done_;
};

struct File {
  int fd = -1;
  ~File() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Result<AccountingRow> ParseAccountingRow(std::string_view line) {
  if (!PrintableAscii(line)) TRY(CheckText(line, TextKind::kLine, "row"));
  std::string_view f[8];
  std::size_t count = 0;
  for (std::string_view rest = line;; ++count) {
    const std::size_t comma = rest.find(',');
    if (count < 8) f[count] = rest.substr(0, comma);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (++count != 8) return Error::Invalid("row", "expected 8 fields, found " + std::to_string(count));
  AccountingRow r;
  auto status = kAcctStatusNames.Parse(f[0]);
  if (!status) return Error::Invalid("acct_status_type", "one of " + kAcctStatusNames.Allowed());
  r.status = *status;
  r.session_id = f[1];
  r.user_name = f[2];
  const bool per_session = r.status != AcctStatus::kAccountingOn && r.status != AcctStatus::kAccountingOff;
  if (per_session && r.session_id.empty()) return Error::Invalid("acct_session_id", "is empty");
  if (per_session && r.user_name.empty()) return Error::Invalid("user_name", "is empty");
  ASSIGN_OR_RETURN(auto in, Number<std::uint32_t>(f[3], "acct_input_octets"));
  ASSIGN_OR_RETURN(auto out, Number<std::uint32_t>(f[4], "acct_output_octets"));
  ASSIGN_OR_RETURN(auto in_giga, Number<std::uint32_t>(f[5], "acct_input_gigawords"));
  ASSIGN_OR_RETURN(auto out_giga, Number<std::uint32_t>(f[6], "acct_output_gigawords"));
  ASSIGN_OR_RETURN(auto at, Number<std::int64_t>(f[7], "event_timestamp"));
  r.counters = {Counter64(in, in_giga), Counter64(out, out_giga)};
  r.event_time = InstantFromEpoch(at);
  return r;
}

Status ReadAccountingCsv(const std::string& path, int workers,
                         const std::function<Status(const AccountingChunk&)>& consume) {
  File file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) return Error::Invalid("file", "cannot read " + path + ": " + std::strerror(errno));
  ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  // The header, and whatever came with it for the first chunk.
  std::string head;
  for (;;) {
    char buffer[4096];
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error::Unavailable("cannot read " + path + ": " + std::strerror(errno));
    head.append(buffer, static_cast<std::size_t>(n));
    if (n == 0 || head.find('\n') != std::string::npos || head.size() > kMaxLine) break;
  }
  const std::size_t newline = std::min(head.find('\n'), head.size());
  std::string_view header(head.data(), newline);
  if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
  if (header != kAccountingCsvHeader) {
    return Error::Invalid("header", "the first line must be " + std::string(kAccountingCsvHeader));
  }
  Pipeline pipeline(file.fd, head.substr(std::min(newline + 1, head.size())), static_cast<std::size_t>(workers) + 2);
  std::vector<std::thread> threads;
  for (int i = 0; i < workers; ++i) threads.emplace_back([&pipeline] { pipeline.Work(); });
  Status status = Ok{};
  std::size_t lines_before = 1;  // the header
  for (std::size_t seq = 0;; ++seq) {
    auto chunk = pipeline.Take(seq);
    if (!chunk) break;
    for (RowError& e : chunk->parsed.errors) e.row += lines_before;
    lines_before += chunk->lines;
    status = consume(chunk->parsed);
    if (!status) break;
  }
  pipeline.Stop();
  for (std::thread& t : threads) t.join();
  if (!status) return status;
  return pipeline.error();
}

}  // namespace bizline
