// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "mysql/ServerTarget.h"

#include <QList>
#include <QObject>
#include <QDeadlineTimer>
#include <QString>

#include <memory>
#include <optional>

// The TLS gateway: Qt's QMYSQL driver connects to it over a private Unix socket, and it connects
// to the server, performs and verifies TLS itself as the profile's mode demands, and only then
// lets the client's handshake response (the credentials) through — inside that TLS. See
// shared/DESIGN.md, "The TLS gateway", for the rules this follows.
//
// Each accepted connection runs on its own thread; stop() or the destructor ends all of them
// promptly and joins them.
class TlsGateway : public QObject
{
    Q_OBJECT
public:
    explicit TlsGateway(const ServerTarget &target, QObject *parent = nullptr);
    ~TlsGateway() override;

    // Creates the private socket and starts accepting. Returns a translated reason on failure.
    std::optional<QString> start();
    void stop();
    // Ends every session at once without waiting (thread-safe; sessions end with Cancelled) and
    // closes the socket: a client that connects after a cancel is refused at once.
    void cancel();
    // Waits until no session is running; false if the deadline passed first.
    bool waitForIdle(QDeadlineTimer deadline) const;

    // The private socket QMYSQL connects to (ProfileConnection sets the driver options).
    QString socketPath() const;

    // The most recent session (finished or not) and how many were accepted.
    std::optional<GatewaySession> lastSession() const;
    int sessionCount() const;
    // Sessions that are still running.
    int activeSessions() const;

    const ServerTarget &target() const { return m_target; }

Q_SIGNALS:
    // Emitted from the session's thread, as the stages happen.
    void stageReached(GatewaySession::Stage stage);
    // Emitted from the session's thread when it ends.
    void sessionFinished(const GatewaySession &session);

private:
    struct Private;
    void acceptLoop();
    void runSession(int clientFd, int index);
    void recordSession(int index, const GatewaySession &session);

    ServerTarget m_target;
    std::unique_ptr<Private> d;
};
