#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/request.h"

namespace childrecord {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;                         // 0 picks a free port (see HttpServer::port())
  int io_threads = 2;                           // threads that only move bytes
  int worker_threads = 32;                      // threads that run handlers (database work; mostly waiting on a commit)
  size_t body_limit = 16 * 1024 * 1024;         // larger bodies get 413 too_large
  size_t header_limit = 16 * 1024;              // larger headers get 431
  std::chrono::seconds read_timeout{30};        // to receive a whole request once it starts
  std::chrono::seconds keep_alive_timeout{60};  // idle connection between requests
  std::chrono::seconds shutdown_grace{30};      // how long in-flight requests may take at shutdown
  // HTTPS (TLS 1.2+ via OpenSSL) when both are set: PEM certificate chain and private key.
  std::string tls_cert_file;
  std::string tls_key_file;
};

// Gives a request's answer to `respond`, now or later (e.g. once what it read is logged), on any
// thread, exactly once. Must be thread safe: it is called on worker threads, several at once.
// It must not throw; an exception escaping before it responded becomes a 500.
using Respond = std::function<void(Response)>;
using RequestHandler = std::function<void(std::shared_ptr<Request>, Respond)>;

// An HTTP/1.1 server on Boost.Beast: async I/O on a few threads, handlers on a worker pool
// (so a slow database call never blocks the I/O threads; a handler may answer later, from
// another thread, so that no worker waits for a commit), keep-alive, size limits, read
// timeouts, one access-log line per request, and graceful shutdown.
class HttpServer {
 public:
  HttpServer(ServerOptions options, RequestHandler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens. Errors name the address ("Cannot listen on 127.0.0.1:8080: ...").
  Status Listen();
  // The bound port (useful after port 0).
  uint16_t port() const;

  // Serves until Shutdown() (or SIGTERM/SIGINT when `handle_signals`), then returns once every
  // in-flight request has been answered (up to shutdown_grace).
  void Run(bool handle_signals);

  // Stops accepting, answers requests already received, closes idle connections. Thread safe;
  // may be called from a signal-handling context via Run's own signal set.
  void Shutdown();

  struct Impl;  // internal; public only so the connection code in server.cc can name it

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace childrecord
