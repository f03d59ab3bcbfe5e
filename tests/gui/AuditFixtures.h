// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic audit results and real certificates (made by the openssl command) for the Fleet
// Health tests that do not need a server.

#include "audit/AuditResult.h"
#include "cert/CertificateLoader.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace AuditFixtures {

// A self-signed certificate with CN=`name` valid for `days` from now, written to
// `folder`/<name>.pem; its parsed form.
inline CertificateInfo makeCertificate(const QString &folder, const QString &name, int days)
{
    const QString pem = QDir(folder).filePath(name + QStringLiteral(".pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QDir(folder).filePath(name + QStringLiteral(".key")),
                   QStringLiteral("-out"), pem, QStringLiteral("-days"), QString::number(days),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        qFatal("openssl req failed: %s", openssl.readAllStandardError().constData());
    const CertificateLoadResult loaded = CertificateLoader::loadFile(pem);
    if (!loaded.ok())
        qFatal("no certificate in %s", qPrintable(pem));
    return loaded.certificates.first();
}

inline Profile profile(const QString &name, const QString &host, quint16 port = 3306)
{
    Profile p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.host = host;
    p.port = port;
    p.sslMode = SslMode::VerifyIdentity;
    return p;
}

// A finished audit of `p`: verified TLS 1.3, with the findings given.
inline AuditResult result(const Profile &p, const QList<AuditFinding> &findings,
                          const QList<AuditCertificate> &certificates = {})
{
    AuditResult r;
    r.target.profile = p;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.elapsedMs = 5;
    r.reachable = true;
    r.tlsOffered = true;
    r.protocol = QStringLiteral("TLSv1.3");
    r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.verified = true;
    for (const char *v : {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"}) {
        AuditProtocolSupport s;
        s.version = QString::fromLatin1(v);
        s.state = s.version.startsWith(QLatin1String("TLSv1."))
                        && s.version != QLatin1String("TLSv1.1")
                ? AuditProtocolSupport::State::Accepted
                : AuditProtocolSupport::State::Refused;
        r.protocols.append(s);
    }
    r.findings = findings;
    r.certificates = certificates;
    if (!certificates.isEmpty())
        r.leafSha256 = certificates.first().sha256;
    return r;
}

inline AuditFinding finding(const char *check, AuditSeverity severity, const QString &summary,
                            const QString &action = {})
{
    return AuditFinding {QString::fromLatin1(check), severity, summary, action};
}

} // namespace AuditFixtures
