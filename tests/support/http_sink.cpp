#include "support/http_sink.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>

namespace bizline::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct HttpSink::State {
  asio::io_context io;
  tcp::acceptor acceptor{io};
  mutable std::mutex mutex;
  std::vector<ReceivedRequest> requests;
  unsigned status = 200;
  std::string answer;
  std::chrono::milliseconds delay{0};
};

std::string ReceivedRequest::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

HttpSink::HttpSink() : state_(std::make_unique<State>()) {
  tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
  state_->acceptor.open(endpoint.protocol());
  state_->acceptor.set_option(tcp::acceptor::reuse_address(true));
  state_->acceptor.bind(endpoint);
  state_->acceptor.listen();
  port_ = state_->acceptor.local_endpoint().port();
  thread_ = std::thread([this] { Serve(); });
}

HttpSink::~HttpSink() {
  stopping_ = true;
  // Wake the blocking accept with a connection of our own.
  beast::error_code ignored;
  tcp::socket wake(state_->io);
  wake.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_), ignored);
  thread_.join();
}

void HttpSink::AnswerWith(unsigned status, std::string body) {
  std::lock_guard lock(state_->mutex);
  state_->status = status;
  state_->answer = std::move(body);
}

void HttpSink::DelayAnswers(std::chrono::milliseconds delay) {
  std::lock_guard lock(state_->mutex);
  state_->delay = delay;
}

std::vector<ReceivedRequest> HttpSink::Requests() const {
  std::lock_guard lock(state_->mutex);
  return state_->requests;
}

std::size_t HttpSink::WaitFor(std::size_t count, std::chrono::seconds limit) const {
  const auto until = std::chrono::steady_clock::now() + limit;
  for (;;) {
    const std::size_t have = Requests().size();
    if (have >= count || std::chrono::steady_clock::now() >= until) return have;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void HttpSink::Serve() {
  // One connection at a time, one request each (the notifier closes after the answer).
  while (!stopping_) {
    tcp::socket socket(state_->io);
    beast::error_code error;
    state_->acceptor.accept(socket, error);
    if (error || stopping_) continue;
    beast::flat_buffer buffer;
    http::request<http::string_body> request;
    http::read(socket, buffer, request, error);
    if (error) continue;
    ReceivedRequest received{std::string(request.method_string()), std::string(request.target()), {}, request.body()};
    for (const auto& field : request) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      received.headers.emplace(name, std::string(field.value()));
    }
    unsigned status = 200;
    std::string answer;
    std::chrono::milliseconds delay{0};
    {
      std::lock_guard lock(state_->mutex);
      state_->requests.push_back(std::move(received));
      status = state_->status;
      answer = state_->answer;
      delay = state_->delay;
    }
    if (delay.count() > 0) std::this_thread::sleep_for(delay);
    http::response<http::string_body> response{static_cast<http::status>(status), 11};
    response.set(http::field::content_type, "text/plain");
    response.keep_alive(false);
    response.body() = answer;
    response.prepare_payload();
    http::write(socket, response, error);
    socket.shutdown(tcp::socket::shutdown_both, error);
  }
}

}  // namespace bizline::testing
