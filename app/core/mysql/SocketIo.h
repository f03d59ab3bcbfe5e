// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <memory>

// Non-blocking socket and TLS I/O with deadlines and a cancellation file descriptor, for the
// gateway's and the probe's own threads. Every wait also watches `cancelFd` (an eventfd), so
// stopping is immediate.
namespace SocketIo {

enum class Wait { Ready, Timeout, Cancelled, Error };

// The OpenSSL session over an endpoint's socket: private/mysql/SocketIo_p.h, reachable
// from sslcm_core only.
struct TlsSession;
struct TlsSessionDeleter
{
    void operator()(TlsSession *session) const;
};

// Waits until `fd` has one of `events` (POLLIN/POLLOUT), the deadline passes, or cancelFd fires.
Wait waitFor(int fd, short events, const QDeadlineTimer &deadline, int cancelFd);

void setNonBlocking(int fd);
void closeFd(int &fd);

// One side of a relay: a plain socket or a TLS session over it.
struct Endpoint
{
    int fd = -1;
    std::unique_ptr<TlsSession, TlsSessionDeleter> tls; // once TLS runs over `fd`
    bool eof = false;
    bool error = false;
    QString errorReason; // OpenSSL's reason when `error` came from TLS (an alert, say)
    // What the last would-block call needs before it can make progress.
    bool readNeedsWritable = false;
    bool writeNeedsReadable = false;
    qsizetype retryWriteLength = 0; // TLS writes must be retried with the same length
    // The next plain write is held back in the socket (MSG_MORE) until a later write that is
    // not: the SSLRequest then travels in one TCP segment with the ClientHello after it.
    bool moreFollows = false;

    // >0 bytes read, 0 would block, -1 end of stream or error (see eof/error).
    qsizetype read(char *buffer, qsizetype size);
    // >0 bytes written, 0 would block, -1 error.
    qsizetype write(const char *data, qsizetype size);
    // Whether OpenSSL holds received bytes that a read would return (or needs) before the socket
    // can tell: after a read, false means waiting for readiness comes first. Always false for a
    // plain socket.
    bool hasBufferedInput() const;
};

// Writes all of `data`, waiting as needed. False on error, timeout or cancellation.
Wait writeAll(Endpoint &endpoint, const QByteArray &data, const QDeadlineTimer &deadline,
              int cancelFd);
// Reads exactly `size` bytes from a plain socket, never more: what follows stays in the socket
// for whoever reads next (an SSL object, say).
Wait readExact(Endpoint &endpoint, QByteArray &into, qsizetype size, const QDeadlineTimer &deadline,
               int cancelFd);
// Reads whatever arrives next (at least one byte). Ready with bytes appended, or why not.
Wait readSome(Endpoint &endpoint, QByteArray &into, const QDeadlineTimer &deadline, int cancelFd);

} // namespace SocketIo
