// The server's response layer (http/server.cc with http/response_headers.h): a handler that puts
// input into a header cannot split the response. Whatever the handler forgot to check, the
// answer is a 500 without the injected header (R44: the sign-in page once let a link set the
// session cookie of the person who followed it).
#include "http/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace childrecord {
namespace {

// Sends `raw` to 127.0.0.1:`port` and returns everything the server answers before closing.
std::string Exchange(uint16_t port, const std::string& raw) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  EXPECT_GE(fd, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  EXPECT_EQ(send(fd, raw.data(), raw.size(), 0), static_cast<ssize_t>(raw.size()));
  std::string answer;
  char buffer[4096];
  ssize_t n;
  while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0) answer.append(buffer, static_cast<size_t>(n));
  close(fd);
  return answer;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions options;
    options.port = 0;
    options.worker_threads = 2;
    options.io_threads = 1;
    // A careless handler: redirects wherever the query says, unchecked. Under /later it answers
    // from a thread of its own once the handler has returned, as reads do once their access-log
    // row is durable.
    server_ = std::make_unique<HttpServer>(options, [this](std::shared_ptr<Request> request, Respond respond) {
      auto to = request->query.find("to");
      Response response = Response::Redirect(to == request->query.end() ? "/" : to->second);
      if (request->path != "/later") return respond(std::move(response));
      std::lock_guard lock(later_mutex_);
      later_.emplace_back([response = std::move(response), respond = std::move(respond)]() mutable {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        respond(std::move(response));
      });
    });
    ASSERT_TRUE(server_->Listen().ok());
    thread_ = std::thread([this] { server_->Run(false); });
  }
  void TearDown() override {
    {
      std::lock_guard lock(later_mutex_);
      for (std::thread& t : later_) t.join();
    }
    server_->Shutdown();
    thread_.join();
  }
  std::mutex later_mutex_;
  std::vector<std::thread> later_;  // guarded by later_mutex_
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
};

TEST_F(ServerTest, AHeaderWithALineBreakIsNeverSent_R44) {
  const std::string answer = Exchange(server_->port(),
                                      "GET /?to=/%0D%0ASet-Cookie:%20childrecord=attacker HTTP/1.1\r\nHost: t\r\n"
                                      "Connection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 500", 0), 0u) << answer;
  EXPECT_EQ(answer.find("attacker"), std::string::npos) << answer;
  EXPECT_EQ(answer.find("Set-Cookie"), std::string::npos) << answer;
}

TEST_F(ServerTest, AHeaderWithATabIsNeverSent_R44) {
  const std::string answer =
      Exchange(server_->port(), "GET /?to=/%09/evil HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 500", 0), 0u) << answer;
  EXPECT_EQ(answer.find("/evil"), std::string::npos) << answer;
}

TEST_F(ServerTest, ASafeHeaderIsSentAsIs) {
  const std::string answer =
      Exchange(server_->port(), "GET /?to=/children HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 303", 0), 0u) << answer;
  EXPECT_NE(answer.find("Location: /children\r\n"), std::string::npos) << answer;
  // Plain HTTP: no Strict-Transport-Security (it is sent over TLS only; integration test).
  EXPECT_EQ(answer.find("Strict-Transport-Security"), std::string::npos) << answer;
}

TEST_F(ServerTest, AnAnswerGivenLaterFromAnotherThreadIsSent) {
  const std::string answer =
      Exchange(server_->port(), "GET /later?to=/children HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 303", 0), 0u) << answer;
  EXPECT_NE(answer.find("Location: /children\r\n"), std::string::npos) << answer;
}

TEST_F(ServerTest, AnAnswerGivenLaterStillHasItsHeadersChecked_R44) {
  const std::string answer =
      Exchange(server_->port(), "GET /later?to=/%0D%0AX-Evil:%201 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 500", 0), 0u) << answer;
  EXPECT_EQ(answer.find("X-Evil"), std::string::npos) << answer;
}

}  // namespace
}  // namespace childrecord
