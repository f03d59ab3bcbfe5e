// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The least a verified MySQL TLS handshake costs with OpenSSL on this machine: a program with
// nothing but libssl that does only what every client must (TCP connect, read the greeting, send
// the SSLRequest, the TLS handshake with the chain verified against the CA file and the host name
// or IP checked, then close) and nothing else: no Qt, no reports, no scans, no login. The
// benchmarks run it next to their baselines to show where a target lies against that floor:
// bench_cli as a whole process per handshake (the floor of any `probe`), bench_fleetaudit over
// all of its targets at the audit's concurrency (the floor of the audit's handshakes).
//
//     sslcm_bench_tlsfloor CAFILE HOST PORT [PORT...] [-j THREADS] [--scans]
// --scans: after each verified handshake, the two scan handshakes the audit makes for a server
// that speaks TLS 1.3 and refuses 1.0 and 1.1 (its bench endpoints): one offering TLS 1.2 only,
// one offering 1.0 and 1.1. They end as the audit's do (TlsFloor::scanContext).
// exits 0 when every handshake verified (and every scan ended); with more than one port it prints
//     handshakes N failed F wall-ms W cpu-ms C
// (CPU: user + system time of the whole process).

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

namespace TlsFloor {

constexpr uint32_t clientSsl = 0x00000800;
constexpr uint32_t clientProtocol41 = 0x00000200;
constexpr uint32_t clientSecureConnection = 0x00008000;
constexpr uint32_t clientPluginAuth = 0x00080000;

bool readFully(int fd, unsigned char *out, size_t n)
{
    while (n > 0) {
        const ssize_t r = ::read(fd, out, n);
        if (r <= 0)
            return false;
        out += r;
        n -= size_t(r);
    }
    return true;
}

// One verified handshake; false (with a line on standard error) on any failure. With a scan
// context (scanContext()) the handshake instead ends where the server has chosen a version (the
// header of its certificate message) or refused: true when it ended either way.
bool handshake(SSL_CTX *ctx, const sockaddr_in &address, const char *host, bool scan = false)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    bool ok = false;
    SSL *ssl = nullptr;
    do {
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            break;
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        // The greeting: a 4-byte header, then protocol 10, the version, thread id, salt, and the
        // lower capability flags, which must offer TLS.
        unsigned char header[4];
        if (!readFully(fd, header, 4))
            break;
        const size_t length = header[0] | header[1] << 8 | header[2] << 16;
        std::vector<unsigned char> greeting(length);
        if (length < 32 || !readFully(fd, greeting.data(), length) || greeting[0] != 10)
            break;
        const void *versionEnd = std::memchr(greeting.data() + 1, 0, length - 1);
        if (!versionEnd)
            break;
        const size_t capsAt
                = size_t(static_cast<const unsigned char *>(versionEnd) - greeting.data()) + 1 + 4
                + 8 + 1;
        if (capsAt + 2 > length || !((greeting[capsAt] | greeting[capsAt + 1] << 8) & clientSsl))
            break;
        // The SSLRequest: capabilities, maximum packet size, character set, 23 zero bytes.
        unsigned char request[4 + 32] = {32, 0, 0, 1};
        const uint32_t caps
                = clientSsl | clientProtocol41 | clientSecureConnection | clientPluginAuth;
        const uint32_t maxPacket = 1u << 24;
        std::memcpy(request + 4, &caps, 4); // little-endian machine
        std::memcpy(request + 8, &maxPacket, 4);
        request[12] = 45; // utf8mb4_general_ci
        if (::write(fd, request, sizeof request) != ssize_t(sizeof request))
            break;
        ssl = SSL_new(ctx);
        if (!ssl || SSL_set_fd(ssl, fd) != 1)
            break;
        if (scan) {
            ERR_clear_error();
            ok = SSL_connect(ssl) != 1 && ERR_GET_LIB(ERR_peek_last_error()) == ERR_LIB_SSL;
            ERR_clear_error();
            break;
        }
        in6_addr ignored;
        in_addr ignored4;
        const bool isIp = inet_pton(AF_INET, host, &ignored4) == 1
                || inet_pton(AF_INET6, host, &ignored) == 1;
        X509_VERIFY_PARAM *param = SSL_get0_param(ssl);
        if (isIp) {
            if (X509_VERIFY_PARAM_set1_ip_asc(param, host) != 1)
                break;
        } else if (SSL_set_tlsext_host_name(ssl, host) != 1 || SSL_set1_host(ssl, host) != 1) {
            break;
        }
        if (SSL_connect(ssl) != 1 || SSL_get_verify_result(ssl) != X509_V_OK)
            break;
        ok = true;
    } while (false);
    if (!ok) {
        char reason[256] = "";
        ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
        std::fprintf(stderr, "tls floor: %s:%d: no %s %s\n", host, ntohs(address.sin_port),
                     scan ? "scan" : "verified handshake", reason);
    }
    SSL_free(ssl);
    ::close(fd);
    return ok;
}

// A client context that verifies against `caFile`, TLS 1.2 and newer; null if the file is not
// usable.
SSL_CTX *context(const char *caFile)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx
        && (SSL_CTX_load_verify_locations(ctx, caFile, nullptr) != 1
            || SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1)) {
        SSL_CTX_free(ctx);
        ctx = nullptr;
    }
    if (ctx)
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    return ctx;
}

// A context for the fleet audit's protocol scan of the versions from `oldest` to `newest`
// (TLS1_VERSION ...), as sslcm's: a certificate list limit of 0 bytes ends the handshake at the
// header of the server's certificate message; TLS 1.0 and 1.1 need security level 0.
SSL_CTX *scanContext(int oldest, int newest)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return nullptr;
    SSL_CTX_set_min_proto_version(ctx, oldest);
    SSL_CTX_set_max_proto_version(ctx, newest);
    SSL_CTX_set_max_cert_list(ctx, 0);
    if (oldest < TLS1_2_VERSION) {
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    }
    return ctx;
}

// The address of `host` (an IPv4 address, or anything else as the loopback address) and port.
sockaddr_in address(const char *host, int port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1)
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // "localhost"
    a.sin_port = htons(uint16_t(port));
    return a;
}

} // namespace TlsFloor

namespace {

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr,
                     "usage: sslcm_bench_tlsfloor CAFILE HOST PORT [PORT...] "
                     "[-j THREADS]\n");
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    const char *caFile = argv[1];
    const char *host = argv[2];
    std::vector<int> ports;
    int threads = 1;
    bool scans = false;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "-j") == 0 && i + 1 < argc)
            threads = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--scans") == 0)
            scans = true;
        else
            ports.push_back(std::atoi(argv[i]));
    }
    SSL_CTX *ctx = TlsFloor::context(caFile);
    if (!ctx) {
        std::fprintf(stderr, "sslcm_bench_tlsfloor: cannot use %s\n", caFile);
        return 1;
    }
    SSL_CTX *scan12 = scans ? TlsFloor::scanContext(TLS1_2_VERSION, TLS1_2_VERSION) : nullptr;
    SSL_CTX *scan10 = scans ? TlsFloor::scanContext(TLS1_VERSION, TLS1_1_VERSION) : nullptr;
    std::atomic<size_t> handshakes {0};

    std::atomic<size_t> next {0};
    std::atomic<size_t> failed {0};
    auto work = [&] {
        for (size_t i = next++; i < ports.size(); i = next++) {
            const sockaddr_in address = TlsFloor::address(host, ports[i]);
            bool ok = TlsFloor::handshake(ctx, address, host);
            if (scans)
                ok = TlsFloor::handshake(scan12, address, host, true)
                        && TlsFloor::handshake(scan10, address, host, true) && ok;
            handshakes += scans ? 3 : 1;
            if (!ok)
                ++failed;
        }
    };
    if (threads == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (std::thread &t : pool)
            t.join();
    }
    SSL_CTX_free(ctx);
    SSL_CTX_free(scan12);
    SSL_CTX_free(scan10);
    if (ports.size() > 1) {
        const double wallMs = std::chrono::duration<double, std::milli>(
                                      std::chrono::steady_clock::now() - started)
                                      .count();
        std::printf("handshakes %zu failed %zu wall-ms %.1f cpu-ms %.1f\n", handshakes.load(),
                    failed.load(), wallMs, cpuMs());
    }
    return failed == 0 ? 0 : 1;
}
