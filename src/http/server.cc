#include "http/server.h"

// Boost 1.74's asio needs <utility> first under g++ 12 (so clang-format leaves the order alone).
// clang-format off
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>
// clang-format on

#include "core/error.h"
#include "http/error_response.h"
#include "http/response_headers.h"
#include "http/url.h"

namespace childrecord {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {
// What Shutdown needs of a connection, whatever its transport.
class SessionBase {
 public:
  virtual ~SessionBase() = default;
  virtual void CloseIfIdle() = 0;
};
}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  RequestHandler handler;
  asio::io_context ioc;
  asio::thread_pool workers;
  tcp::acceptor acceptor;
  std::atomic<bool> stopping{false};
  std::atomic<int> in_flight{0};
  std::mutex mutex;
  std::condition_variable idle;
  std::atomic<uint16_t> bound_port{0};
  std::mutex sessions_mutex;
  std::vector<std::weak_ptr<SessionBase>> sessions;  // for closing idle keep-alive connections
  std::optional<asio::ssl::context> tls;             // set when serving HTTPS
  // Keeps run() going while requests are on the worker pool (the io_context has no pending
  // operation of its own then); released by Shutdown once every request is answered.
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::thread shutdown_thread;  // started by a signal; joined by Run

  Impl(ServerOptions o, RequestHandler h)
      : options(std::move(o)),
        handler(std::move(h)),
        ioc(options.io_threads),
        workers(static_cast<size_t>(options.worker_threads)),
        acceptor(ioc) {}

  void RequestStarted() { ++in_flight; }
  void RequestFinished() {
    if (--in_flight == 0) {
      std::lock_guard lock(mutex);
      idle.notify_all();
    }
  }
};

namespace {

// One connection: plain HTTP (kTls false) or HTTPS (TLS handshake first, OpenSSL via Asio).
template <bool kTls>
class Session : public SessionBase, public std::enable_shared_from_this<Session<kTls>> {
  using Stream = std::conditional_t<kTls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

 public:
  Session(tcp::socket socket, HttpServer::Impl& server)
      : remote_(RemoteOf(socket)), stream_(MakeStream(std::move(socket), server)), server_(server) {}

  void Start() {
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if constexpr (kTls) {
        self->Lowest().expires_after(self->server_.options.read_timeout);
        self->stream_.async_handshake(asio::ssl::stream_base::server, [self](beast::error_code ec) {
          if (ec) return self->Close();
          self->Read();
        });
      } else {
        self->Read();
      }
    });
  }

  // Closes the connection if it is waiting for a next request (used at shutdown).
  void CloseIfIdle() override {
    asio::post(stream_.get_executor(), [self = this->shared_from_this()] {
      if (self->waiting_) {
        beast::error_code ec;
        self->Lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
        self->Lowest().close();
      }
    });
  }

 private:
  static std::string RemoteOf(const tcp::socket& socket) {
    beast::error_code ec;
    auto endpoint = socket.remote_endpoint(ec);
    return ec ? std::string("unknown") : endpoint.address().to_string();
  }

  static Stream MakeStream(tcp::socket socket, HttpServer::Impl& server) {
    if constexpr (kTls) {
      return Stream(std::move(socket), *server.tls);
    } else {
      return Stream(std::move(socket));
    }
  }

  beast::tcp_stream& Lowest() { return beast::get_lowest_layer(stream_); }

  void Read() {
    parser_.emplace();
    parser_->body_limit(server_.options.body_limit);
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    Lowest().expires_after(first_ ? server_.options.read_timeout : server_.options.keep_alive_timeout);
    waiting_ = true;
    // Wait for the header first with the keep-alive timeout, then the rest with read_timeout.
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    waiting_ = false;
    first_ = false;
    if (ec) return OnReadError(ec);
    Lowest().expires_after(server_.options.read_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->OnRead(ec); });
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == asio::error::eof || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
        ec == asio::error::bad_descriptor || ec == asio::ssl::error::stream_truncated ||
        ec.category() == asio::error::get_ssl_category()) {
      return Close();
    }
    Error error = ec == bhttp::error::body_limit
                      ? Error::TooLarge("The request body is larger than the server accepts (" +
                                        std::to_string(server_.options.body_limit / (1024 * 1024)) + " MB)")
                  : ec == bhttp::error::header_limit ? Error::TooLarge("The request headers are too large")
                                                     : Error::BadRequest("The request is not valid HTTP/1.1");
    Response response = ApiErrorResponse(error);
    if (ec == bhttp::error::header_limit) response.status = 431;
    keep_alive_ = false;
    server_.RequestStarted();
    Write(std::move(response), "-", "-", std::chrono::steady_clock::now(), "");
  }

  void OnRead(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    auto& msg = parser_->get();
    Request request;
    request.method = std::string(msg.method_string());
    request.target = std::string(msg.target());
    for (const auto& field : msg) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request.headers[name] = std::string(field.value());
    }
    request.body = std::move(msg.body());
    request.remote_address = remote_;
    keep_alive_ = msg.keep_alive() && !server_.stopping;
    const auto started = std::chrono::steady_clock::now();

    if (!SplitTarget(request.target, request.path, request.query)) {
      server_.RequestStarted();
      return Write(ApiErrorResponse(Error::BadRequest("The request path is not valid")), request.method, request.target,
                   started, "");
    }
    server_.RequestStarted();
    // Handlers touch the database: run them on the worker pool, never on this I/O thread. The
    // answer goes back to this connection's I/O thread from wherever the handler gives it.
    asio::post(server_.workers, [self = this->shared_from_this(), request = std::move(request), started]() mutable {
      auto shared = std::make_shared<Request>(std::move(request));
      auto responded = std::make_shared<std::atomic<bool>>(false);
      Respond respond = [self, shared, started, responded](Response response) {
        if (responded->exchange(true)) return;
        std::string user = shared->principal ? shared->principal->user.username : "";
        asio::post(self->stream_.get_executor(),
                   [self, response = std::move(response), method = shared->method, target = shared->target, started,
                    user]() mutable { self->Write(std::move(response), method, target, started, user); });
      };
      try {
        self->server_.handler(shared, respond);
      } catch (const std::exception& e) {
        spdlog::error("Unhandled exception for {} {}: {}", shared->method, shared->target, e.what());
        respond(ApiErrorResponse(Error::Internal("Something went wrong on the server")));
      }
    });
  }

  void Write(Response response, const std::string& method, const std::string& target,
             std::chrono::steady_clock::time_point started, const std::string& user) {
    // The response layer's own check: a header carrying a line break (or any control character)
    // would let input write headers of its own, e.g. a Set-Cookie that signs a person into an
    // attacker's session. Such a response is never sent, whichever handler made it.
    if (auto unsafe = FirstUnsafeHeader(response)) {
      spdlog::error("Refused to send a response to {} {}: the header {} holds a control character or invalid text",
                    method, PathOnly(target), *unsafe);
      response = ApiErrorResponse(Error::Internal("Something went wrong on the server"));
    }
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>();
    res->version(11);
    res->result(static_cast<unsigned>(response.status));
    res->set(bhttp::field::server, "childrecord");
    // Over TLS, browsers must never use plain HTTP for this site again (a year, renewed by every
    // answer), so a session cookie cannot be taken on a downgraded connection.
    if constexpr (kTls) res->set(bhttp::field::strict_transport_security, "max-age=31536000");
    for (auto& [name, value] : response.headers) res->insert(name, value);
    if (server_.stopping) keep_alive_ = false;
    res->keep_alive(keep_alive_);
    res->body() = std::move(response.body);
    res->prepare_payload();
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    // The access log: one line per request. Never the body or query values that could hold
    // personal data beyond the path itself.
    spdlog::info("access {} \"{} {}\" {} {}B {:.1f}ms user={}", remote_, method, PathOnly(target), response.status,
                 res->body().size(), elapsed.count(), user.empty() ? "-" : user);
    Lowest().expires_after(server_.options.read_timeout);
    bhttp::async_write(stream_, *res, [self = this->shared_from_this(), res](beast::error_code ec, std::size_t) {
      self->server_.RequestFinished();
      if (ec) return self->Close();
      if (!self->keep_alive_) return self->LingeringClose();
      self->Read();
    });
  }

  static std::string PathOnly(const std::string& target) { return target.substr(0, target.find('?')); }

  // Closing with unread request bytes would send a reset that destroys our answer before the
  // client reads it (e.g. a 413 while the client is still uploading). So stop sending, then
  // read and discard what the client still sends, for a few seconds at most, then close.
  void LingeringClose() {
    if constexpr (kTls) {
      return Close();  // a half-close would break the TLS record stream; the answer is sent
    } else {
      beast::error_code ec;
      Lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
      Lowest().expires_after(std::chrono::seconds(5));
      Discard();
    }
  }

  void Discard() {
    drain_.resize(64 * 1024);
    stream_.async_read_some(asio::buffer(drain_), [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) {
        self->Lowest().close();
        return;
      }
      self->Discard();
    });
  }

  void Close() {
    beast::error_code ec;
    Lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
    Lowest().close();
  }

  std::string remote_;
  Stream stream_;
  HttpServer::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::vector<char> drain_;
  bool keep_alive_ = true;
  bool first_ = true;
  bool waiting_ = false;
};

void Accept(const std::shared_ptr<HttpServer::Impl>& server) {
  server->acceptor.async_accept(asio::make_strand(server->ioc), [server](beast::error_code ec, tcp::socket socket) {
    if (server->stopping) return;
    if (!ec) {
      std::shared_ptr<SessionBase> base;
      if (server->tls) {
        auto session = std::make_shared<Session<true>>(std::move(socket), *server);
        session->Start();
        base = session;
      } else {
        auto session = std::make_shared<Session<false>>(std::move(socket), *server);
        session->Start();
        base = session;
      }
      std::lock_guard lock(server->sessions_mutex);
      std::erase_if(server->sessions, [](const std::weak_ptr<SessionBase>& w) { return w.expired(); });
      server->sessions.push_back(base);
    } else {
      spdlog::warn("accept failed: {}", ec.message());
    }
    Accept(server);
  });
}

}  // namespace

HttpServer::HttpServer(ServerOptions options, RequestHandler handler)
    : impl_(std::make_shared<Impl>(std::move(options), std::move(handler))) {}

HttpServer::~HttpServer() {
  impl_->ioc.stop();
  impl_->workers.join();
}

Status HttpServer::Listen() {
  beast::error_code ec;
  if (!impl_->options.tls_cert_file.empty() || !impl_->options.tls_key_file.empty()) {
    if (impl_->options.tls_cert_file.empty() || impl_->options.tls_key_file.empty()) {
      return Error::Validation("tls-cert", "Give both --tls-cert and --tls-key to serve HTTPS");
    }
    impl_->tls.emplace(asio::ssl::context::tls_server);
    auto& tls = *impl_->tls;
    tls.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                    asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1 |
                    asio::ssl::context::single_dh_use);
    tls.use_certificate_chain_file(impl_->options.tls_cert_file, ec);
    if (ec) return Error::Validation("tls-cert", "Cannot use " + impl_->options.tls_cert_file + ": " + ec.message());
    tls.use_private_key_file(impl_->options.tls_key_file, asio::ssl::context::pem, ec);
    if (ec) return Error::Validation("tls-key", "Cannot use " + impl_->options.tls_key_file + ": " + ec.message());
  }
  auto address = asio::ip::make_address(impl_->options.address, ec);
  const std::string where = impl_->options.address + ":" + std::to_string(impl_->options.port);
  if (ec) return Error::Validation("listen", "Not an IP address: " + impl_->options.address);
  tcp::endpoint endpoint(address, impl_->options.port);
  impl_->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl_->acceptor.bind(endpoint, ec);
  if (!ec) impl_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return Error::Unavailable("Cannot listen on " + where + ": " + ec.message());
  impl_->bound_port = impl_->acceptor.local_endpoint().port();
  return Status::Ok();
}

uint16_t HttpServer::port() const { return impl_->bound_port; }

void HttpServer::Run(bool handle_signals) {
  impl_->work.emplace(asio::make_work_guard(impl_->ioc));
  Accept(impl_);
  std::optional<asio::signal_set> signals;
  if (handle_signals) {
    signals.emplace(impl_->ioc, SIGTERM, SIGINT);
    signals->async_wait([this](beast::error_code ec, int signal) {
      if (!ec) {
        spdlog::info("signal {} received: finishing in-flight requests, then stopping", signal);
        impl_->shutdown_thread = std::thread([this] { Shutdown(); });
      }
    });
  }
  std::vector<std::thread> threads;
  for (int i = 1; i < impl_->options.io_threads; ++i) threads.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : threads) t.join();
  if (impl_->shutdown_thread.joinable()) impl_->shutdown_thread.join();
  impl_->workers.join();
}

void HttpServer::Shutdown() {
  if (impl_->stopping.exchange(true)) return;
  asio::post(impl_->ioc, [this] {
    beast::error_code ec;
    impl_->acceptor.close(ec);
    std::lock_guard lock(impl_->sessions_mutex);
    for (auto& weak : impl_->sessions) {
      if (auto s = weak.lock()) s->CloseIfIdle();
    }
  });
  {
    std::unique_lock lock(impl_->mutex);
    impl_->idle.wait_for(lock, impl_->options.shutdown_grace, [this] { return impl_->in_flight.load() == 0; });
  }
  // Every answer has been written (in_flight drops only after the write completes).
  impl_->work.reset();
  impl_->ioc.stop();
}

}  // namespace childrecord
