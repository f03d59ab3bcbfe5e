// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/HostsFile.h"

#include "profile/ServerHost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

// A list of hosts, even a very long one, is far smaller.
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

} // namespace

HostsFile::Parsed HostsFile::read(const QString &path, const QString &caFile,
                                  int connectTimeoutSeconds)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        Parsed parsed;
        parsed.error = tr("%1 is a folder, not a list of hosts").arg(shown);
        return parsed;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Parsed parsed;
        parsed.error = tr("could not read %1: %2").arg(shown, file.errorString());
        return parsed;
    }
    const QByteArray content = file.read(maxFileSize + 1);
    if (content.size() > maxFileSize) {
        Parsed parsed;
        parsed.error = tr("%1 is larger than %n MB; it is not a list of hosts", nullptr,
                          int(maxFileSize / (1024 * 1024)))
                               .arg(shown);
        return parsed;
    }
    return parse(content, caFile, connectTimeoutSeconds);
}

HostsFile::Parsed HostsFile::parse(const QByteArray &content, const QString &caFile,
                                   int connectTimeoutSeconds)
{
    Parsed parsed;
    // HOST, HOST:PORT, [IPv6]:PORT, [IPv6] or a bare IPv6 address: what `sslcm-cli probe` takes.
    static const QRegularExpression form(
            QStringLiteral("^(?:\\[([^\\]]*)\\]|([^:\\[\\]]+))(?::([0-9]+))?$"));
    QHash<QString, int> seen; // identity and port -> the line that had it first
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString original = QString::fromUtf8(raw);
        auto problem = [&](const QString &why) { parsed.problems.append({number, original, why}); };
        // No host name or address contains '#': the rest of the line is a comment.
        QString text = original;
        if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
            text.truncate(hash);
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        if (raw.contains('\0') || original.contains(QChar::ReplacementCharacter)) {
            problem(tr("the line is not text (UTF-8)"));
            continue;
        }
        if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('\t'))) {
            problem(tr("one host per line: HOST, HOST:PORT or [IPv6]:PORT"));
            continue;
        }

        Profile p = Profile::create();
        const QRegularExpressionMatch m = form.match(text);
        if (m.hasMatch()) {
            p.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            if (text.startsWith(QLatin1Char('[')) && !m.captured(1).contains(QLatin1Char(':'))) {
                problem(tr("brackets hold an IPv6 address: write [IPv6]:PORT, or HOST:PORT"));
                continue;
            }
            if (!m.captured(3).isEmpty()) {
                bool ok = false;
                const uint port = m.captured(3).toUInt(&ok);
                if (!ok || port < 1 || port > 65535) {
                    problem(tr("the port must be between 1 and 65535, not %1").arg(m.captured(3)));
                    continue;
                }
                p.port = quint16(port);
            }
        } else if (text.count(QLatin1Char(':')) > 1 && !text.contains(QLatin1Char('['))
                   && !text.contains(QLatin1Char(']'))) {
            p.host = text; // a bare IPv6 address; a port needs the brackets
        } else {
            problem(tr("\"%1\" is not HOST, HOST:PORT or [IPv6]:PORT").arg(text));
            continue;
        }
        // The same rule as for profiles: one clear name or canonical address, or the line is
        // refused with the spelling to use.
        const ServerHost host = ServerHost::parse(p.host);
        if (!host.isValid()) {
            problem(host.problem());
            continue;
        }
        p.sslMode = SslMode::VerifyIdentity;
        p.caFile = caFile;
        p.connectTimeoutSeconds = connectTimeoutSeconds;
        p.name = p.addressText();
        if (const QStringList problems = p.connectionProblems(); !problems.isEmpty()) {
            problem(problems.join(QLatin1Char(' ')));
            continue;
        }
        AuditTarget target;
        target.profile = p;
        target.saved = false;
        target.sourceLine = number;
        // The same server twice (by the identity it must prove, and the port) is audited once.
        const QString key = QStringLiteral("host:%1:%2").arg(host.identity().toLower()).arg(p.port);
        if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
            problem(tr("%1 is already on line %2").arg(p.name).arg(*earlier));
            continue;
        }
        seen.insert(key, number);
        parsed.targets.append(target);
    }
    return parsed;
}
