// A RADIUS accounting load generator (RFC 2866) for bench/usage/udp.sh and the kill -9 test:
// radclient tops out near 20,000 packets/s, this keeps thousands of requests in flight.
//
// Each user of --users gets one session: Start at counter 0, Interim-Updates growing by --step
// bytes, a Stop at the end (--packets per session). A session's next record is sent only once
// the previous one is acknowledged, so what the server stored for a user lies between the
// counter of its last acknowledged record and that of its last sent one. Unanswered requests are
// retransmitted unchanged (same Identifier and authenticator) after --timeout-ms.
//
// It prints the acknowledged rate and writes --out: user_name,acked_bytes,sent_bytes, which the
// caller checks against `bizline usage report` after killing the server (nothing acknowledged
// may be missing). It stops after --duration seconds of sending, or when every session has
// ended, or after --silence-ms without an answer (the server is gone).
//   radius_load --port P --secret S --users FILE [--packets 100] [--step 1000000]
//               [--duration 10] [--sockets 16] [--window 4096] [--timeout-ms 1000]
//               [--silence-ms 3000] [--start EPOCH] [--out FILE] [--session-prefix TEXT]
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "radius/radius_packet.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace bizline::radius;

struct Options {
  std::uint16_t port = 0;
  std::string host = "127.0.0.1";
  std::string secret;
  std::string users_file;
  std::string out;
  std::string session_prefix = "load";
  int packets = 100;
  std::uint64_t step = 1'000'000;
  double duration = 10;
  int sockets = 16;
  int window = 4096;
  int timeout_ms = 1000;
  int silence_ms = 3000;
  std::int64_t start = 1'772'452'800;  // 2026-03-02T12:00:00Z: every record stays in March
};

struct Session {
  std::string user;
  int next = 0;             // index of the next record to send
  std::uint64_t acked = 0;  // counter of the last acknowledged record
  std::uint64_t sent = 0;   // counter of the last record sent
  bool in_flight = false;
};

struct Slot {
  bool used = false;
  std::size_t session = 0;
  std::vector<std::uint8_t> bytes;
  Authenticator authenticator{};
  Clock::time_point sent_at;
};

struct Socket {
  int fd = -1;
  std::vector<Slot> slots = std::vector<Slot>(256);
  std::vector<std::uint8_t> free_ids;
  std::vector<std::uint8_t> outgoing;  // identifiers to send in this round
};

[[noreturn]] void Fail(const std::string& what) {
  std::cerr << "radius_load: " << what << "\n";
  std::exit(2);
}

Options Parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) Fail("missing value after " + flag);
    const std::string value = argv[++i];
    if (flag == "--port")
      o.port = static_cast<std::uint16_t>(std::stoi(value));
    else if (flag == "--host")
      o.host = value;
    else if (flag == "--secret")
      o.secret = value;
    else if (flag == "--users")
      o.users_file = value;
    else if (flag == "--out")
      o.out = value;
    else if (flag == "--session-prefix")
      o.session_prefix = value;
    else if (flag == "--packets")
      o.packets = std::stoi(value);
    else if (flag == "--step")
      o.step = std::stoull(value);
    else if (flag == "--duration")
      o.duration = std::stod(value);
    else if (flag == "--sockets")
      o.sockets = std::stoi(value);
    else if (flag == "--window")
      o.window = std::stoi(value);
    else if (flag == "--timeout-ms")
      o.timeout_ms = std::stoi(value);
    else if (flag == "--silence-ms")
      o.silence_ms = std::stoi(value);
    else if (flag == "--start")
      o.start = std::stoll(value);
    else
      Fail("unknown option " + flag);
  }
  if (o.port == 0 || o.secret.empty() || o.users_file.empty()) Fail("--port, --secret and --users are required");
  if (o.packets < 2 || o.sockets < 1 || o.sockets > 256 || o.window < 1) Fail("bad --packets, --sockets or --window");
  return o;
}

std::vector<Session> ReadUsers(const Options& o) {
  std::ifstream in(o.users_file);
  if (!in) Fail("cannot read " + o.users_file);
  std::vector<Session> sessions;
  std::string line;
  while (std::getline(in, line)) {
    const std::string user = line.substr(0, line.find(','));
    if (user.empty() || user == "user_name") continue;
    sessions.push_back(Session{user});
  }
  if (sessions.empty()) Fail("no users in " + o.users_file);
  return sessions;
}

std::vector<std::uint8_t> Record(const Options& o, const Session& s, std::size_t index, int k, std::uint8_t identifier,
                                 std::uint64_t* counter) {
  const bool last = k == o.packets - 1;
  const std::uint32_t status = k == 0 ? 1 : (last ? 2 : 3);  // Start, Stop, Interim-Update
  *counter = static_cast<std::uint64_t>(k) * o.step;
  const std::uint64_t in = *counter / 4 * 3;
  const std::uint64_t out = *counter - in;
  const std::vector<Attribute> attributes = {
      IntegerAttribute(attr::kAcctStatusType, status),
      TextAttribute(attr::kAcctSessionId, o.session_prefix + "-" + std::to_string(index)),
      TextAttribute(attr::kUserName, s.user),
      TextAttribute(attr::kNasIdentifier, "bras-load"),
      IntegerAttribute(attr::kAcctInputOctets, static_cast<std::uint32_t>(in)),
      IntegerAttribute(attr::kAcctInputGigawords, static_cast<std::uint32_t>(in >> 32)),
      IntegerAttribute(attr::kAcctOutputOctets, static_cast<std::uint32_t>(out)),
      IntegerAttribute(attr::kAcctOutputGigawords, static_cast<std::uint32_t>(out >> 32)),
      IntegerAttribute(attr::kEventTimestamp, static_cast<std::uint32_t>(o.start + 60LL * k)),
  };
  return EncodeRequest(Code::kAccountingRequest, identifier, attributes, o.secret);
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = Parse(argc, argv);
  std::vector<Session> sessions = ReadUsers(o);

  sockaddr_in server{};
  server.sin_family = AF_INET;
  server.sin_port = htons(o.port);
  if (inet_pton(AF_INET, o.host.c_str(), &server.sin_addr) != 1) Fail("--host must be an IPv4 address");
  std::vector<Socket> sockets(static_cast<std::size_t>(o.sockets));
  std::vector<pollfd> polls;
  for (Socket& s : sockets) {
    s.fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    if (s.fd < 0 || connect(s.fd, reinterpret_cast<const sockaddr*>(&server), sizeof server) != 0) {
      Fail(std::string("socket: ") + std::strerror(errno));
    }
    const int size = 4 << 20;
    setsockopt(s.fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    for (int id = 255; id >= 0; --id) s.free_ids.push_back(static_cast<std::uint8_t>(id));
    polls.push_back({s.fd, POLLIN, 0});
  }

  std::deque<std::size_t> ready;
  for (std::size_t i = 0; i < sessions.size(); ++i) ready.push_back(i);
  std::uint64_t sent = 0, acked = 0, acked_while_sending = 0, retransmits = 0, stray = 0;
  int in_flight = 0;
  const auto began = Clock::now();
  const auto stop_sending =
      began + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.duration));
  auto last_answer = began, last_ack_time = began, last_scan = began;
  const auto timeout = std::chrono::milliseconds(o.timeout_ms);
  std::size_t next_socket = 0;
  static std::uint8_t answers[64][4096];

  for (;;) {
    const auto now = Clock::now();
    const bool sending = now < stop_sending;
    if (!sending && in_flight == 0) break;
    if (in_flight > 0 && now - last_answer > std::chrono::milliseconds(o.silence_ms)) {
      std::cerr << "radius_load: no answer for " << o.silence_ms << " ms, " << in_flight << " request(s) unanswered\n";
      break;
    }
    // Fill the window, round-robin over the sockets.
    while (sending && in_flight < o.window && !ready.empty()) {
      Socket* socket = nullptr;
      for (int tries = 0; tries < o.sockets && socket == nullptr; ++tries) {
        Socket& candidate = sockets[next_socket];
        next_socket = (next_socket + 1) % sockets.size();
        if (!candidate.free_ids.empty()) socket = &candidate;
      }
      if (socket == nullptr) break;
      const std::size_t index = ready.front();
      ready.pop_front();
      Session& session = sessions[index];
      const std::uint8_t id = socket->free_ids.back();
      socket->free_ids.pop_back();
      Slot& slot = socket->slots[id];
      std::uint64_t counter = 0;
      slot = Slot{true, index, Record(o, session, index, session.next, id, &counter), {}, now};
      std::memcpy(slot.authenticator.data(), slot.bytes.data() + 4, 16);
      session.sent = counter;
      session.in_flight = true;
      ++in_flight;
      socket->outgoing.push_back(id);
    }
    // One system call per socket for what the window let out (sendmmsg).
    for (Socket& socket : sockets) {
      for (std::size_t start = 0; start < socket.outgoing.size();) {
        const std::size_t count = std::min<std::size_t>(64, socket.outgoing.size() - start);
        mmsghdr headers[64] = {};
        iovec iov[64];
        for (std::size_t i = 0; i < count; ++i) {
          Slot& slot = socket.slots[socket.outgoing[start + i]];
          iov[i] = {slot.bytes.data(), slot.bytes.size()};
          headers[i].msg_hdr.msg_iov = &iov[i];
          headers[i].msg_hdr.msg_iovlen = 1;
        }
        const int n = sendmmsg(socket.fd, headers, static_cast<unsigned>(count), 0);
        if (n <= 0) break;  // unsent ones go out again at their timeout
        sent += static_cast<std::uint64_t>(n);
        start += static_cast<std::size_t>(n);
      }
      socket.outgoing.clear();
    }
    if (poll(polls.data(), polls.size(), 1) < 0 && errno != EINTR) Fail(std::string("poll: ") + std::strerror(errno));
    for (std::size_t i = 0; i < sockets.size(); ++i) {
      if ((polls[i].revents & POLLIN) == 0) continue;
      Socket& socket = sockets[i];
      for (;;) {
        // Up to 64 answers per system call (recvmmsg).
        mmsghdr headers[64] = {};
        iovec iov[64];
        for (int k = 0; k < 64; ++k) {
          iov[k] = {answers[k], sizeof answers[k]};
          headers[k].msg_hdr.msg_iov = &iov[k];
          headers[k].msg_hdr.msg_iovlen = 1;
        }
        const int got = recvmmsg(socket.fd, headers, 64, MSG_DONTWAIT, nullptr);
        if (got <= 0) break;
        for (int k = 0; k < got; ++k) {
          std::uint8_t* buffer = answers[k];
          const auto n = static_cast<ssize_t>(headers[k].msg_len);
          if (n < 20 || buffer[0] != static_cast<std::uint8_t>(Code::kAccountingResponse)) {
            ++stray;
            continue;
          }
          Slot& slot = socket.slots[buffer[1]];
          const std::span<const std::uint8_t> answer(buffer, static_cast<std::size_t>(n));
          if (!slot.used || !VerifyResponseAuthenticator(answer, slot.authenticator, o.secret)) {
            ++stray;  // a late answer to a retransmitted request already acknowledged
            continue;
          }
          Session& session = sessions[slot.session];
          session.acked = session.sent;
          session.in_flight = false;
          ++session.next;
          if (session.next < o.packets) ready.push_back(slot.session);
          slot.used = false;
          socket.free_ids.push_back(buffer[1]);
          --in_flight;
          ++acked;
          last_answer = Clock::now();
          if (sending) {
            last_ack_time = last_answer;
            ++acked_while_sending;
          }
        }
      }
    }
    if (now - last_scan > std::chrono::milliseconds(50)) {
      last_scan = now;
      for (Socket& socket : sockets) {
        for (Slot& slot : socket.slots) {
          if (!slot.used || now - slot.sent_at < timeout) continue;
          slot.sent_at = now;
          if (send(socket.fd, slot.bytes.data(), slot.bytes.size(), 0) >= 0) ++retransmits;
        }
      }
    }
    if (sending && ready.empty() && in_flight == 0) break;  // every session ended
  }

  const double seconds = std::chrono::duration<double>(last_ack_time - began).count();
  std::printf("sent %llu, acknowledged %llu, retransmitted %llu, stray answers %llu, unanswered %d\n",
              static_cast<unsigned long long>(sent), static_cast<unsigned long long>(acked),
              static_cast<unsigned long long>(retransmits), static_cast<unsigned long long>(stray), in_flight);
  std::printf("acknowledged %.0f packets/s over %.2f s (%zu sessions, window %d)\n",
              seconds > 0 ? static_cast<double>(acked_while_sending) / seconds : 0.0, seconds, sessions.size(),
              o.window);
  if (!o.out.empty()) {
    std::ofstream out(o.out);
    out << "user_name,acked_bytes,sent_bytes\n";
    for (const Session& s : sessions) out << s.user << ',' << s.acked << ',' << s.sent << '\n';
    if (!out) Fail("cannot write " + o.out);
  }
  return 0;
}
