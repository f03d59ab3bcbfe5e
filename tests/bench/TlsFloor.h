// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One verified MySQL TLS handshake with libssl and nothing else: TCP connect, read the greeting,
// send the SSLRequest, the TLS handshake with the chain verified against the CA file and the
// host name or IP checked, close. No login. The floor programs of the benchmarks share it
// (tls_floor.cpp, qt_sql_start.cpp).
#pragma once

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace TlsFloor {

inline constexpr uint32_t clientSsl = 0x00000800;
inline constexpr uint32_t clientProtocol41 = 0x00000200;
inline constexpr uint32_t clientSecureConnection = 0x00008000;
inline constexpr uint32_t clientPluginAuth = 0x00080000;

inline bool readFully(int fd, unsigned char *out, size_t n)
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
inline bool handshake(SSL_CTX *ctx, const sockaddr_in &address, const char *host, bool scan = false)
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
inline SSL_CTX *context(const char *caFile)
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
inline SSL_CTX *scanContext(int oldest, int newest)
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
inline sockaddr_in address(const char *host, int port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1)
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // "localhost"
    a.sin_port = htons(uint16_t(port));
    return a;
}

} // namespace TlsFloor
