#include "radius/accounting_listener.h"

#include <spdlog/spdlog.h>

#include <array>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <sstream>
#include <vector>

#include "domain/core/text.h"
#include "radius/accounting_packet.h"
#include "radius/datagram_batch.h"
#include "radius/radius_packet.h"

namespace bizline::radius {

namespace asio = boost::asio;
using asio::ip::udp;

namespace {

// While a batch is being written, at most this many records wait for the next one; beyond, a
// datagram is dropped unanswered (its NAS retransmits it) rather than memory growing unbounded.
constexpr std::size_t kMaxWaiting = 65536;
constexpr int kReceiveBuffer = 8 << 20;
constexpr int kRoundsPerWakeup = 8;  // of DatagramBatch::kSize datagrams

struct Waiting {
  AccountingRecord record;
  udp::endpoint peer;
  std::uint8_t identifier = 0;
  Authenticator authenticator{};
  const std::string* secret = nullptr;  // points into options.secrets, which never changes
};

// Logs the 1st, 2nd, 4th, 8th... occurrence of a drop: every reason reaches the log without a
// flood of forged datagrams filling it.
bool WorthLogging(std::uint64_t count) { return (count & (count - 1)) == 0; }

}  // namespace

std::string RenderMetrics(const ListenerCounters& c) {
  std::string out =
      "# HELP bizline_radius_accounting_packets_total Accounting datagrams received, by outcome.\n"
      "# TYPE bizline_radius_accounting_packets_total counter\n";
  const std::pair<const char*, const std::atomic<std::uint64_t>*> outcomes[] = {
      {"acknowledged", &c.acknowledged},
      {"unknown_nas", &c.unknown_nas},
      {"bad_authenticator", &c.bad_authenticator},
      {"malformed", &c.malformed},
      {"overload", &c.overload}};
  for (const auto& [name, value] : outcomes) {
    out += "bizline_radius_accounting_packets_total{outcome=\"" + std::string(name) + "\"} " +
           std::to_string(value->load()) + "\n";
  }
  out +=
      "# HELP bizline_radius_accounting_received_total Accounting datagrams received.\n"
      "# TYPE bizline_radius_accounting_received_total counter\n"
      "bizline_radius_accounting_received_total " +
      std::to_string(c.received.load()) + "\n" +
      "# HELP bizline_radius_accounting_batches_total Commits of accounting records (one fsync each).\n"
      "# TYPE bizline_radius_accounting_batches_total counter\n"
      "bizline_radius_accounting_batches_total " +
      std::to_string(c.batches.load()) + "\n" +
      "# HELP bizline_radius_accounting_write_failures_total Batches not stored, left for their NAS to retransmit.\n"
      "# TYPE bizline_radius_accounting_write_failures_total counter\n"
      "bizline_radius_accounting_write_failures_total " +
      std::to_string(c.write_failures.load()) + "\n";
  return out;
}

Result<std::map<std::string, std::string>> ParseClients(std::string_view text) {
  std::map<std::string, std::string> out;
  std::istringstream in{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream fields(line);
    std::string address, secret, extra;
    if (!(fields >> address)) continue;
    const std::string where = "line " + std::to_string(number);
    if (!(fields >> secret) || (fields >> extra)) {
      return Error::Invalid("radius clients", where + ": expected ADDRESS SECRET");
    }
    boost::system::error_code ec;
    asio::ip::make_address(address, ec);
    if (ec) return Error::Invalid("radius clients", where + ": not an IP address");
    TRY(CheckText(secret, TextKind::kLine, "radius clients " + where));
    if (!out.emplace(address, secret).second) {
      return Error::Invalid("radius clients", where + ": " + address + " is listed twice");
    }
  }
  return out;
}

struct AccountingListener::Impl : std::enable_shared_from_this<Impl> {
  Impl(ListenerOptions o, RecordSink s, asio::io_context& io)
      : options(std::move(o)), sink(std::move(s)), io(io), socket(io), strand(asio::make_strand(io)) {}

  ListenerOptions options;
  RecordSink sink;
  asio::io_context& io;
  udp::socket socket;
  asio::strand<asio::io_context::executor_type> strand;
  DatagramBatch received;
  // Strand-only state: the records waiting for the next write, and whether one is running.
  std::vector<Waiting> waiting;
  bool writing = false;
  bool stopped = false;
  ListenerCounters counters;

  void Receive() {
    socket.async_wait(udp::socket::wait_read,
                      asio::bind_executor(strand, [self = shared_from_this()](auto ec) { self->OnReadable(ec); }));
  }

  // Whatever is queued is read in batches (recvmmsg) without a round through the reactor for
  // each datagram; a bounded run keeps the strand fair to the writes' answers.
  void OnReadable(const boost::system::error_code& ec) {
    if (ec == asio::error::operation_aborted || stopped) return;
    for (int round = 0; round < kRoundsPerWakeup; ++round) {
      const std::size_t n = received.Receive(socket.native_handle());
      for (std::size_t i = 0; i < n; ++i) Accept(received.Datagram(i), received.Sender(i));
      if (n < DatagramBatch::kSize) break;  // the queue is empty
    }
    Receive();
  }

  void Accept(std::span<const std::uint8_t> datagram, const udp::endpoint& peer) {
    ++counters.received;
    const std::string address = peer.address().to_string();
    auto secret = options.secrets.find(address);
    if (secret == options.secrets.end()) {
      if (WorthLogging(++counters.unknown_nas)) {
        spdlog::warn("radius: dropped a datagram from {}, which is not a configured NAS ({} so far)", address,
                     counters.unknown_nas.load());
      }
      return;
    }
    auto packet = ParsePacket(datagram);
    if (!packet) {
      ++counters.malformed;
      spdlog::warn("radius: dropped a datagram from {}: {}", address, packet.error().message);
      return;
    }
    if (!VerifyRequestAuthenticator(datagram, secret->second)) {
      // A wrong secret or a forged packet: never answered.
      if (WorthLogging(++counters.bad_authenticator)) {
        spdlog::warn(
            "radius: dropped a request from {} whose authenticator does not verify with its secret ({} so far)",
            address, counters.bad_authenticator.load());
      }
      return;
    }
    const Instant arrival = std::chrono::floor<Seconds>(std::chrono::system_clock::now());
    auto record = ReadAccountingRecord(*packet, arrival, address);
    if (!record) {
      ++counters.malformed;
      spdlog::warn("radius: dropped an accounting request from {}: {}: {}", address, record.error().field,
                   QuoteForLog(record.error().message));
      return;
    }
    if (waiting.size() >= kMaxWaiting) {  // unanswered: the NAS retransmits it
      if (WorthLogging(++counters.overload)) {
        spdlog::warn("radius: {} records wait for the journal; dropped one from {} for its NAS to retransmit",
                     waiting.size(), address);
      }
      return;
    }
    waiting.push_back({std::move(*record), peer, packet->identifier, packet->authenticator, &secret->second});
    if (!writing) WriteNext();
  }

  // On the strand: hands every waiting record to one write off the strand, which answers them
  // when it is durable and then starts the next.
  void WriteNext() {
    if (waiting.empty() || writing) return;
    writing = true;
    auto batch = std::make_shared<std::vector<Waiting>>();
    batch->swap(waiting);
    asio::post(io, [self = shared_from_this(), batch] {
      std::vector<AccountingRecord> records;
      records.reserve(batch->size());
      for (Waiting& w : *batch) records.push_back(std::move(w.record));  // the answers need no record
      Status written = self->sink(records);
      asio::post(self->strand, [self, batch, written] { self->Written(*batch, written); });
    });
  }

  void Written(const std::vector<Waiting>& batch, const Status& written) {
    writing = false;
    if (!written) {
      counters.write_failures += 1;
      spdlog::error("radius: {} accounting record(s) not stored, left unanswered for their NAS to retransmit: {}",
                    batch.size(), written.error().message);
    } else if (!stopped) {
      std::vector<Outgoing> answers;
      answers.reserve(batch.size());
      for (const Waiting& w : batch) {
        answers.push_back(
            {w.peer, EncodeResponse(Code::kAccountingResponse, w.identifier, w.authenticator, {}, *w.secret)});
      }
      // An answer the socket had no room for is left: its NAS retransmits, and the retransmit is
      // answered as a duplicate (the record is durable already).
      SendAll(socket.native_handle(), answers);
      counters.acknowledged += batch.size();
      ++counters.batches;
    }
    WriteNext();
  }
};

AccountingListener::AccountingListener(ListenerOptions options, RecordSink sink, asio::io_context& io)
    : impl_(std::make_shared<Impl>(std::move(options), std::move(sink), io)) {}

AccountingListener::~AccountingListener() = default;

Result<std::uint16_t> AccountingListener::Listen() {
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return Error::Invalid("radius-listen", "not an IP address: " + impl_->options.host);
  const udp::endpoint endpoint(address, impl_->options.port);
  impl_->socket.open(endpoint.protocol(), ec);
  if (!ec) impl_->socket.bind(endpoint, ec);
  if (!ec) {
    // Room for a burst of thousands of datagrams while the receiving thread is descheduled
    // (the kernel caps it at net.core.rmem_max); a failure only leaves the default.
    boost::system::error_code ignored;
    impl_->socket.set_option(asio::socket_base::receive_buffer_size(kReceiveBuffer), ignored);
  }
  if (ec) {
    return Error::Unavailable("cannot bind the RADIUS accounting port " + impl_->options.host + ":" +
                              std::to_string(impl_->options.port) + ": " + ec.message());
  }
  return impl_->socket.local_endpoint().port();
}

void AccountingListener::Start() {
  asio::post(impl_->strand, [impl = impl_] { impl->Receive(); });
}

void AccountingListener::Stop() {
  asio::post(impl_->strand, [impl = impl_] {
    impl->stopped = true;
    boost::system::error_code ignored;
    impl->socket.close(ignored);
  });
}

const ListenerCounters& AccountingListener::counters() const { return impl_->counters; }

}  // namespace bizline::radius
