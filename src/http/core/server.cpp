#include "http/core/server.h"

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <mutex>
#include <set>
#include <vector>

namespace bizline::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

Method ToMethod(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get: return Method::kGet;
    case bhttp::verb::post: return Method::kPost;
    case bhttp::verb::patch: return Method::kPatch;
    case bhttp::verb::put: return Method::kPut;
    case bhttp::verb::delete_: return Method::kDelete;
    default: return Method::kOther;
  }
}

std::string PlainError(int status, const std::string& reason, const std::string& message) {
  return R"({"@type":"Error","code":")" + reason + R"(","reason":")" + reason + R"(","message":")" + message +
         R"(","status":")" + std::to_string(status) + R"("})";
}

}  // namespace

class Session;

struct Server::Impl {
  ServerOptions options;
  Dispatcher& dispatcher;
  asio::io_context& ioc;
  tcp::acceptor acceptor;
  asio::steady_timer grace_timer;
  std::atomic<bool> stopping{false};
  std::mutex sessions_mutex;
  std::set<std::shared_ptr<Session>> sessions;

  Impl(ServerOptions o, Dispatcher& d, asio::io_context& io)
      : options(std::move(o)), dispatcher(d), ioc(io), acceptor(ioc), grace_timer(ioc) {}

  void Accept();
  void BeginStop();
  void Forget(const std::shared_ptr<Session>& session);
};

// One connection. All its handlers run on its strand.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server) : stream_(std::move(socket)), server_(server) {}

  void Start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
  }

  // Called on stop: an idle connection is closed now; a busy one closes after its response.
  void CloseIfIdle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->Close();
    });
  }

 private:
  void ReadHeader() {
    if (server_.stopping) return Close();
    busy_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    // The route decides the body limit once the header is known (see OnHeader).
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    stream_.expires_after(server_.options.idle_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec == bhttp::error::header_limit)
      return Fail(431, "RequestHeaderFieldsTooLarge", "the request header is too large");
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return Close();
    }
    if (ec) return Fail(400, "BadRequest", "malformed HTTP request");
    busy_ = true;
    const auto& header = parser_->get();
    std::size_t limit = server_.dispatcher.BodyLimit(ToMethod(header.method()), std::string(header.target()));
    if (auto length = parser_->content_length(); length && *length > limit) {
      return Fail(413, "PayloadTooLarge", "the request body exceeds " + std::to_string(limit) + " bytes");
    }
    parser_->body_limit(limit);
    stream_.expires_after(server_.options.read_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnBody(ec); });
  }

  void OnBody(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) return Fail(413, "PayloadTooLarge", "the request body is too large");
    if (ec == beast::error::timeout) return Fail(408, "RequestTimeout", "the request body did not arrive in time");
    if (ec) return Close();
    auto message = parser_->release();
    Request request;
    request.method = ToMethod(message.method());
    request.path = std::string(message.target());  // the dispatcher splits the query string
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request.headers[name] = std::string(field.value());
    }
    request.body = std::move(message.body());
    keep_alive_ = message.keep_alive();
    version_ = message.version();
    Respond(server_.dispatcher.Handle(request));
  }

  void Respond(const Response& response) {
    auto res =
        std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(response.status), version_);
    res->set(bhttp::field::server, "bizline");
    if (!response.content_type.empty()) res->set(bhttp::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) res->set(name, value);
    res->body() = response.body;
    bool keep = keep_alive_ && !server_.stopping;
    res->keep_alive(keep);
    res->prepare_payload();
    stream_.expires_after(server_.options.read_timeout);
    bhttp::async_write(stream_, *res, [self = shared_from_this(), res, keep](beast::error_code ec, std::size_t) {
      if (!ec && self->unread_input_) return self->LingeringClose();
      if (ec || !keep) return self->Close();
      self->ReadHeader();
    });
  }

  // Answers a transport-level error and closes: the rest of the request was not read.
  void Fail(int status, const std::string& reason, const std::string& message) {
    keep_alive_ = false;
    unread_input_ = true;
    Response r;
    r.status = status;
    r.body = PlainError(status, reason, message);
    busy_ = true;
    Respond(r);
  }

  // After an error answered before the request was read through, the client may still be
  // sending. Closing a socket with unread bytes makes the kernel reset the connection, and the
  // reset can destroy the answer before the client reads it. So: half-close, read and discard
  // what still arrives for a bounded time and amount, then close (nginx's "lingering close").
  void LingeringClose() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(kLingerTime);
    Drain();
  }

  void Drain() {
    stream_.async_read_some(asio::buffer(drain_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > kLingerBytes) return self->Close();
      self->Drain();
    });
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
    server_.Forget(shared_from_this());
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Server::Impl& server_;
  bool busy_ = false;
  bool closed_ = false;
  bool keep_alive_ = true;
  bool unread_input_ = false;  // an error was answered before the request was read through
  static constexpr auto kLingerTime = std::chrono::seconds(2);
  static constexpr std::size_t kLingerBytes = 4 << 20;
  std::array<char, 16384> drain_{};
  std::size_t drained_ = 0;
  unsigned version_ = 11;
};

void Server::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!stopping && acceptor.is_open()) Accept();
      return;
    }
    if (stopping) return;
    auto session = std::make_shared<Session>(std::move(socket), *this);
    {
      std::lock_guard lock(sessions_mutex);
      sessions.insert(session);
    }
    session->Start();
    Accept();
  });
}

void Server::Impl::BeginStop() {
  if (stopping.exchange(true)) return;
  beast::error_code ignored;
  acceptor.close(ignored);
  std::set<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(sessions_mutex);
    live = sessions;
  }
  for (const auto& s : live) s->CloseIfIdle();
  // A hard deadline for requests that do not finish; cancelled when the last session ends.
  grace_timer.expires_after(options.shutdown_grace);
  grace_timer.async_wait([this](beast::error_code ec) {
    if (!ec) ioc.stop();
  });
  if (live.empty()) grace_timer.cancel();
}

void Server::Impl::Forget(const std::shared_ptr<Session>& session) {
  bool last = false;
  {
    std::lock_guard lock(sessions_mutex);
    sessions.erase(session);
    last = sessions.empty();
  }
  if (last && stopping) asio::post(ioc, [this] { grace_timer.cancel(); });
}

Server::Server(ServerOptions options, Dispatcher& dispatcher, asio::io_context& io)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher, io)) {}

Server::~Server() = default;

Result<std::uint16_t> Server::Listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return Error::Invalid("listen", "not an IP address: " + impl_->options.host);
  tcp::endpoint endpoint(address, impl_->options.port);
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return Error::Unavailable("cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                              ": " + ec.message());
  return acceptor.local_endpoint().port();
}

void Server::Start() {
  asio::post(impl_->ioc, [this] { impl_->Accept(); });
}

void Server::Stop() {
  asio::post(impl_->ioc, [this] { impl_->BeginStop(); });
}

}  // namespace bizline::http
