// The HTTP/1.1 server on Boost.Beast: keep-alive, limits on header and body size, read/idle
// timeouts, and a graceful stop that lets in-flight requests finish while idle connections are
// closed. It runs on the io_context it is given (the process's one runtime, whose threads and
// SIGTERM handling it shares with the scheduler and the other listeners).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "domain/core/result.h"
#include "http/core/http_types.h"

namespace boost::asio {
class io_context;
}

namespace bizline::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  std::size_t header_limit = std::size_t{16} * 1024;
  std::chrono::seconds idle_timeout{60};    // waiting for the next request on a kept-alive connection
  std::chrono::seconds read_timeout{30};    // reading one request body once its header arrived
  std::chrono::seconds shutdown_grace{20};  // in-flight requests get this long after a stop signal
};

// What the server asks of the application: the body limit of a request (known once its
// header is in) and the response to a complete request.
class Dispatcher {
 public:
  virtual ~Dispatcher() = default;
  virtual std::size_t BodyLimit(Method method, const std::string& target) const = 0;
  virtual Response Handle(Request& request) = 0;
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher, boost::asio::io_context& io);
  ~Server();

  // Binds and listens; returns the bound port (useful with port 0).
  Result<std::uint16_t> Listen();
  // Starts accepting connections; they are served by whichever threads run the io_context.
  void Start();
  // Stops accepting and closes idle connections; in-flight requests finish, for at most
  // `shutdown_grace`, after which the io_context is stopped. Thread-safe; returns at once.
  void Stop();

 private:
  friend class Session;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bizline::http
