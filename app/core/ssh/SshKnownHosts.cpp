// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY (replaced before issue #15 lands).
#include "SshKnownHosts.h"

#include <QStandardPaths>

QString SshKnownHosts::sslcmListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/ssh_known_hosts");
}

QStringList SshKnownHosts::listPaths()
{
    return {sslcmListPath()};
}

QString SshKnownHosts::fingerprint(const QByteArray &sha256)
{
    QByteArray b64 = sha256.toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString SshKnownHosts::accept(const QString &, quint16, const QByteArray &)
{
    return tr("not built yet");
}
