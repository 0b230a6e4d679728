// The RADIUS accounting listener (RFC 2866) on the process's one runtime. A datagram is accepted
// only from a configured NAS (its source address) whose shared secret verifies the Request
// Authenticator; anything else is dropped and counted, never answered (RFC 2866 §3). Accepted
// records wait in a batch that one writer hands to the sink at a time (group commit: one append
// and one fsync of the accounting journal for every packet that arrived while the previous batch
// was being written; datagrams are read and answered many per system call); each
// Accounting-Response is sent only after its record's batch is durable, so a NAS retransmits
// whatever was not acknowledged and nothing acknowledged is ever lost. Secrets are never logged.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>

#include "domain/core/result.h"
#include "domain/usage/accounting_record.h"

namespace bizline::radius {

struct ListenerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 1813;                   // 0 picks a free one
  std::map<std::string, std::string> secrets;  // NAS source address -> shared secret
  std::size_t max_batch = 1024;
};

// What the listener hands over: a batch of records, durable when the function returns Ok.
using RecordSink = std::function<Status(std::span<const AccountingRecord>)>;

struct ListenerCounters {
  std::atomic<std::uint64_t> received{0};
  std::atomic<std::uint64_t> acknowledged{0};
  std::atomic<std::uint64_t> unknown_nas{0};
  std::atomic<std::uint64_t> bad_authenticator{0};
  std::atomic<std::uint64_t> malformed{0};  // not a packet, or an attribute refused at the edge
  std::atomic<std::uint64_t> overload{0};   // dropped unanswered while too many waited for a write
  std::atomic<std::uint64_t> write_failures{0};
  std::atomic<std::uint64_t> batches{0};  // commits, each answering every record it carried
};

// The counters in the Prometheus text format (bizline_radius_accounting_*).
std::string RenderMetrics(const ListenerCounters& counters);

// Reads "ADDRESS SECRET" lines (# starts a comment): the NAS allowed to send accounting.
Result<std::map<std::string, std::string>> ParseClients(std::string_view text);

class AccountingListener {
 public:
  AccountingListener(ListenerOptions options, RecordSink sink, boost::asio::io_context& io);
  ~AccountingListener();
  // Binds the UDP socket; returns the bound port.
  Result<std::uint16_t> Listen();
  void Start();
  // Stops receiving; a batch being written still gets its answers. Thread-safe.
  void Stop();
  const ListenerCounters& counters() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace bizline::radius
