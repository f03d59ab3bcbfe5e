// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SocketIo.h"

#include "mysql/OpenSslErrors.h"
#include "mysql/SocketIo_p.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SocketIo {

Wait waitFor(int fd, short events, const QDeadlineTimer &deadline, int cancelFd)
{
    for (;;) {
        pollfd fds[2] = {{fd, events, 0}, {cancelFd, POLLIN, 0}};
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return Wait::Timeout;
        const int n = ::poll(fds, cancelFd >= 0 ? 2 : 1,
                             remaining < 0 ? -1 : int(qMin<qint64>(remaining, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Wait::Error;
        }
        if (n == 0)
            return Wait::Timeout;
        if (cancelFd >= 0 && (fds[1].revents & POLLIN))
            return Wait::Cancelled;
        if (fds[0].revents & (events | POLLHUP | POLLERR))
            return Wait::Ready;
        if (fds[0].revents & POLLNVAL)
            return Wait::Error;
    }
}

void TlsSessionDeleter::operator()(TlsSession *session) const
{
    delete session;
}

void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

qsizetype Endpoint::read(char *buffer, qsizetype size)
{
    readNeedsWritable = false;
    if (SSL *ssl = sslOf(*this)) {
        ERR_clear_error();
        const int n = SSL_read(ssl, buffer, int(qMin<qsizetype>(size, 1 << 30)));
        if (n > 0)
            return n;
        switch (SSL_get_error(ssl, n)) {
        case SSL_ERROR_WANT_READ:
            return 0;
        case SSL_ERROR_WANT_WRITE:
            readNeedsWritable = true;
            return 0;
        case SSL_ERROR_ZERO_RETURN:
            eof = true;
            return -1;
        default:
            // A peer that closes the socket without close_notify is an end of stream too.
            if (ERR_peek_error() == 0) {
                eof = true;
            } else {
                error = true;
                errorReason = OpenSslErrors::take();
            }
            ERR_clear_error();
            return -1;
        }
    }
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, size_t(size), 0);
        if (n > 0)
            return n;
        if (n == 0) {
            eof = true;
            return -1;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        error = true;
        return -1;
    }
}

qsizetype Endpoint::write(const char *data, qsizetype size)
{
    writeNeedsReadable = false;
    if (SSL *ssl = sslOf(*this)) {
        const qsizetype length
                = retryWriteLength > 0 ? retryWriteLength : qMin<qsizetype>(size, 64 * 1024);
        ERR_clear_error();
        const int n = SSL_write(ssl, data, int(length));
        if (n > 0) {
            retryWriteLength = 0;
            return n;
        }
        retryWriteLength = length;
        switch (SSL_get_error(ssl, n)) {
        case SSL_ERROR_WANT_WRITE:
            return 0;
        case SSL_ERROR_WANT_READ:
            writeNeedsReadable = true;
            return 0;
        default:
            error = true;
            errorReason = OpenSslErrors::take();
            ERR_clear_error();
            return -1;
        }
    }
    const int flags = MSG_NOSIGNAL | (moreFollows ? MSG_MORE : 0);
    moreFollows = false;
    for (;;) {
        const ssize_t n = ::send(fd, data, size_t(size), flags);
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        error = true;
        return -1;
    }
}

bool Endpoint::hasBufferedInput() const
{
    const SSL *ssl = sslOf(*this);
    return ssl && SSL_has_pending(ssl) == 1;
}

Wait writeAll(Endpoint &endpoint, const QByteArray &data, const QDeadlineTimer &deadline,
              int cancelFd)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const qsizetype n = endpoint.write(data.constData() + done, data.size() - done);
        if (n < 0)
            return Wait::Error;
        if (n > 0) {
            done += n;
            continue;
        }
        const Wait w = waitFor(endpoint.fd, endpoint.writeNeedsReadable ? POLLIN : POLLOUT,
                               deadline, cancelFd);
        if (w != Wait::Ready)
            return w;
    }
    return Wait::Ready;
}

Wait readExact(Endpoint &endpoint, QByteArray &into, qsizetype size, const QDeadlineTimer &deadline,
               int cancelFd)
{
    const qsizetype start = into.size();
    into.resize(start + size);
    qsizetype done = 0;
    while (done < size) {
        const qsizetype n = endpoint.read(into.data() + start + done, size - done);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0) {
            into.resize(start + done);
            return Wait::Error;
        }
        const Wait w = waitFor(endpoint.fd, POLLIN, deadline, cancelFd);
        if (w != Wait::Ready) {
            into.resize(start + done);
            return w;
        }
    }
    return Wait::Ready;
}

Wait readSome(Endpoint &endpoint, QByteArray &into, const QDeadlineTimer &deadline, int cancelFd)
{
    char buffer[16 * 1024];
    for (;;) {
        const qsizetype n = endpoint.read(buffer, sizeof buffer);
        if (n > 0) {
            into.append(buffer, n);
            return Wait::Ready;
        }
        if (n < 0)
            return Wait::Error;
        const Wait w = waitFor(endpoint.fd, endpoint.readNeedsWritable ? POLLOUT : POLLIN, deadline,
                               cancelFd);
        if (w != Wait::Ready)
            return w;
    }
}

} // namespace SocketIo
