// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Lightweight MySQL TLS endpoints for bench_fleetaudit: one process, one thread, epoll, listening
// on N loopback ports. Each connection gets a MariaDB-like greeting offering TLS; after the
// client's SSLRequest the endpoint completes the TLS handshake (TLS 1.2 and 1.3 only, like a
// current server) with the given certificate and key, then waits for the client to go. Nothing
// after the handshake is answered: the audit's probe sends no login.
//
//     sslcm_bench_tlsendpoints COUNT CERT KEY
// prints one listening port per line, then "ready", and serves until standard input closes.

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

struct Connection
{
    int fd = -1;
    SSL *ssl = nullptr;
    std::string out; // greeting bytes not yet written
    std::string in;  // SSLRequest bytes read so far
    enum class State { Greeting, SslRequest, Handshake, Done } state = State::Greeting;
};

std::string greeting(unsigned connectionId)
{
    // Handshake v10 as MariaDB 10.11 sends it: CLIENT_SSL, protocol 4.1, secure connection,
    // plugin auth; CLIENT_MYSQL clear and the extended capabilities after the filler.
    const unsigned capabilities = 0x2 | 0x8 | 0x200 | 0x800 | 0x2000 | 0x8000 | 0x80000 | 0x100000
            | 0x200000 | 0x1000000;
    std::string p;
    p += char(10);
    p += "5.5.5-10.11.99-MariaDB-bench";
    p += '\0';
    for (int i = 0; i < 4; ++i)
        p += char((connectionId >> (8 * i)) & 0xFF);
    const std::string scramble = "abcdefghijklmnopqrst";
    p += scramble.substr(0, 8);
    p += '\0';
    p += char(capabilities & 0xFF);
    p += char((capabilities >> 8) & 0xFF);
    p += char(45); // utf8mb4_general_ci
    p += char(2);  // SERVER_STATUS_AUTOCOMMIT
    p += char(0);
    p += char((capabilities >> 16) & 0xFF);
    p += char((capabilities >> 24) & 0xFF);
    p += char(scramble.size() + 1);
    p += std::string(6, '\0');
    p += std::string("\x1d\x00\x00\x00", 4); // MariaDB extended capabilities
    p += scramble.substr(8);
    p += '\0';
    p += "mysql_native_password";
    p += '\0';
    std::string packet;
    packet += char(p.size() & 0xFF);
    packet += char((p.size() >> 8) & 0xFF);
    packet += char((p.size() >> 16) & 0xFF);
    packet += char(0); // sequence 0
    return packet + p;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s COUNT CERT KEY\n", argv[0]);
        return 3;
    }
    // A client that goes away while an alert or the handshake is written must not end the
    // process.
    std::signal(SIGPIPE, SIG_IGN);
    const int count = std::atoi(argv[1]);
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (SSL_CTX_use_certificate_chain_file(ctx, argv[2]) != 1
        || SSL_CTX_use_PrivateKey_file(ctx, argv[3], SSL_FILETYPE_PEM) != 1) {
        ERR_print_errors_fp(stderr);
        return 2;
    }

    const int ep = epoll_create1(0);
    std::unordered_map<int, bool> listeners;
    for (int i = 0; i < count; ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0
            || listen(fd, 128) != 0
            || getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
            std::perror("listen");
            return 2;
        }
        std::printf("%u\n", unsigned(ntohs(addr.sin_port)));
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
        listeners[fd] = true;
    }
    epoll_event stdinEvent {};
    stdinEvent.events = EPOLLIN | EPOLLHUP;
    stdinEvent.data.fd = STDIN_FILENO;
    epoll_ctl(ep, EPOLL_CTL_ADD, STDIN_FILENO, &stdinEvent);
    std::printf("ready\n");
    std::fflush(stdout);

    std::unordered_map<int, Connection> connections;
    unsigned nextId = 1;
    auto closeConnection = [&](int fd) {
        auto it = connections.find(fd);
        if (it == connections.end())
            return;
        if (it->second.ssl)
            SSL_free(it->second.ssl);
        epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
        close(fd);
        connections.erase(it);
    };
    auto want = [&](int fd, unsigned events) {
        epoll_event ev {};
        ev.events = events;
        ev.data.fd = fd;
        epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
    };
    // Moves a connection on as far as it can go without waiting; false: it was closed.
    auto advance = [&](Connection &c) -> bool {
        for (;;) {
            switch (c.state) {
            case Connection::State::Greeting: {
                const ssize_t n = write(c.fd, c.out.data(), c.out.size());
                if (n < 0 && errno == EAGAIN) {
                    want(c.fd, EPOLLOUT);
                    return true;
                }
                if (n <= 0)
                    return false;
                c.out.erase(0, size_t(n));
                if (c.out.empty()) {
                    c.state = Connection::State::SslRequest;
                    want(c.fd, EPOLLIN);
                }
                break;
            }
            case Connection::State::SslRequest: {
                char buf[64];
                const size_t missing = 36 - c.in.size();
                const ssize_t n = read(c.fd, buf, missing);
                if (n < 0 && errno == EAGAIN)
                    return true;
                if (n <= 0)
                    return false;
                c.in.append(buf, size_t(n));
                if (c.in.size() == 36) {
                    c.ssl = SSL_new(ctx);
                    SSL_set_fd(c.ssl, c.fd);
                    SSL_set_accept_state(c.ssl);
                    c.state = Connection::State::Handshake;
                }
                break;
            }
            case Connection::State::Handshake: {
                const int r = SSL_do_handshake(c.ssl);
                if (r == 1) {
                    c.state = Connection::State::Done;
                    want(c.fd, EPOLLIN);
                    break;
                }
                const int e = SSL_get_error(c.ssl, r);
                ERR_clear_error();
                if (e == SSL_ERROR_WANT_READ) {
                    want(c.fd, EPOLLIN);
                    return true;
                }
                if (e == SSL_ERROR_WANT_WRITE) {
                    want(c.fd, EPOLLOUT);
                    return true;
                }
                return false; // a refused protocol version, or the client went away
            }
            case Connection::State::Done: {
                char buf[4096];
                const int n = SSL_read(c.ssl, buf, sizeof buf);
                if (n > 0)
                    continue; // nothing is answered
                const int e = SSL_get_error(c.ssl, n);
                ERR_clear_error();
                if (e == SSL_ERROR_WANT_READ)
                    return true;
                return false;
            }
            }
        }
    };

    std::vector<epoll_event> events(256);
    for (;;) {
        const int n = epoll_wait(ep, events.data(), int(events.size()), -1);
        if (n < 0 && errno == EINTR)
            continue;
        for (int i = 0; i < n; ++i) {
            const int fd = events[size_t(i)].data.fd;
            if (fd == STDIN_FILENO) {
                char buf[256];
                if (read(STDIN_FILENO, buf, sizeof buf) <= 0)
                    return 0;
                continue;
            }
            if (listeners.count(fd)) {
                for (;;) {
                    const int client = accept4(fd, nullptr, nullptr, SOCK_NONBLOCK);
                    if (client < 0)
                        break;
                    const int one = 1;
                    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    Connection &c = connections[client];
                    c.fd = client;
                    c.out = greeting(nextId++);
                    epoll_event ev {};
                    ev.events = EPOLLOUT;
                    ev.data.fd = client;
                    epoll_ctl(ep, EPOLL_CTL_ADD, client, &ev);
                    if (!advance(c))
                        closeConnection(client);
                }
                continue;
            }
            auto it = connections.find(fd);
            if (it != connections.end() && !advance(it->second))
                closeConnection(fd);
        }
    }
}
