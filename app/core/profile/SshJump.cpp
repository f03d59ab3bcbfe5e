// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshJump.h"

#include "ServerHost.h"

#include <QJsonValue>

namespace {

namespace Key {
const QLatin1String host("host");
const QLatin1String port("port");
const QLatin1String user("user");
const QLatin1String auth("auth");
const QLatin1String keyFile("keyFile");
} // namespace Key

} // namespace

QList<SshJump::Auth> SshJump::allAuths()
{
    return {Auth::Agent, Auth::KeyFile, Auth::Password};
}

QString SshJump::key(Auth auth)
{
    switch (auth) {
    case Auth::Agent:
        return QStringLiteral("agent");
    case Auth::KeyFile:
        return QStringLiteral("key-file");
    case Auth::Password:
        return QStringLiteral("password");
    }
    return {};
}

std::optional<SshJump::Auth> SshJump::fromKey(QStringView key)
{
    for (Auth auth : allAuths()) {
        if (SshJump::key(auth) == key)
            return auth;
    }
    return std::nullopt;
}

QString SshJump::displayName(Auth auth)
{
    switch (auth) {
    case Auth::Agent:
        return tr("SSH agent");
    case Auth::KeyFile:
        return tr("Key file");
    case Auth::Password:
        return tr("Password");
    }
    return {};
}

std::optional<SshJump> SshJump::parseDestination(QStringView text)
{
    QStringView rest = text.trimmed();
    SshJump jump;
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        jump.user = rest.left(at).toString();
        rest = rest.mid(at + 1);
        if (jump.user.isEmpty())
            return std::nullopt;
    }
    QStringView hostPart = rest;
    QStringView portPart;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        hostPart = rest.mid(1, close - 1);
        QStringView after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return std::nullopt;
            portPart = after.mid(1);
        }
    } else if (rest.count(u':') == 1) {
        const qsizetype colon = rest.indexOf(u':');
        hostPart = rest.left(colon);
        portPart = rest.mid(colon + 1);
    }
    if (hostPart.isEmpty())
        return std::nullopt;
    if (rest.startsWith(u'[') || rest.count(u':') == 1) {
        if (!portPart.isNull()) {
            bool ok = false;
            const uint port = portPart.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return std::nullopt;
            jump.port = quint16(port);
        }
    }
    jump.host = hostPart.toString();
    return jump;
}

QString SshJump::destination() const
{
    QString text = user.isEmpty() ? QString() : user + QLatin1Char('@');
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (port == defaultPort)
        return text + host;
    return text + (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
            + QString::number(port);
}

QString SshJump::summary() const
{
    const QString how = auth == Auth::KeyFile && !keyFile.isEmpty()
            //: %1 is a private key file
            ? tr("key %1").arg(keyFile)
            : displayName(auth);
    //: %1 is user@host:port of the SSH bastion, %2 how sslcm logs in to it
    return tr("%1 (%2)").arg(destination(), how);
}

QStringList SshJump::problems() const
{
    QStringList problems;
    if (host.trimmed().isEmpty()) {
        problems << tr("The SSH jump host is empty: enter the bastion's name or address, or "
                       "turn off “Connect through SSH”.");
    } else if (const ServerHost parsed = ServerHost::parse(host); !parsed.isValid()) {
        //: %1 says what is wrong with the host and how to write it
        problems << tr("SSH jump host: %1").arg(parsed.problem());
    }
    if (port == 0)
        problems << tr("The SSH port must be between 1 and 65535.");
    if (user.trimmed().isEmpty())
        problems << tr("The SSH user is empty: enter the account on the jump host.");
    if (auth == Auth::KeyFile && keyFile.trimmed().isEmpty())
        problems << tr("Choose the private key file for the SSH jump host, or log in with the "
                       "SSH agent or a password.");
    return problems;
}

QJsonObject SshJump::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(Key::host, host);
    o.insert(Key::port, port);
    o.insert(Key::user, user);
    o.insert(Key::auth, key(auth));
    if (auth == Auth::KeyFile || !keyFile.isEmpty())
        o.insert(Key::keyFile, keyFile);
    return o;
}

std::optional<SshJump> SshJump::fromJson(const QJsonObject &object)
{
    SshJump jump;
    const std::optional<Auth> auth = fromKey(object.value(Key::auth).toString());
    if (!auth)
        return std::nullopt;
    jump.auth = *auth;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == Key::auth)
            continue;
        if (key == Key::port) {
            const double port = value.toDouble(-1);
            if (!value.isDouble() || port < 1 || port > 65535 || port != double(int(port)))
                return std::nullopt;
            jump.port = quint16(port);
        } else if (key == Key::host || key == Key::user || key == Key::keyFile) {
            if (!value.isString())
                return std::nullopt;
            (key == Key::host           ? jump.host
                     : key == Key::user ? jump.user
                                        : jump.keyFile)
                    = value.toString();
        } else {
            jump.unknownFields.insert(key, value);
        }
    }
    if (jump.host.isEmpty())
        return std::nullopt;
    return jump;
}

bool operator==(const SshJump &a, const SshJump &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user && a.auth == b.auth
            && a.keyFile == b.keyFile && a.unknownFields == b.unknownFields;
}
