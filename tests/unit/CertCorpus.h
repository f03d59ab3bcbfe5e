// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The certificate corpus made by tests/fixtures/make-cert-corpus.sh. Under CTest the
// `cert_corpus` fixture has made it and SSLCM_CERT_CORPUS names it; a test binary started by hand
// makes its own copy in a temporary folder.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CertCorpus {

inline QString makeInto(const QString &dir)
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(SSLCM_CERT_CORPUS_SCRIPT), dir + QStringLiteral("/corpus")});
    if (!script.waitForFinished(180000) || script.exitCode() != 0)
        return {};
    return dir + QStringLiteral("/corpus");
}

// The corpus folder; empty (and a failed QVERIFY in the caller) if it cannot be made.
inline QString dir()
{
    static QString cached;
    if (!cached.isEmpty())
        return cached;
    const QString fromFixture = qEnvironmentVariable("SSLCM_CERT_CORPUS");
    if (!fromFixture.isEmpty() && QFileInfo::exists(fromFixture + QStringLiteral("/count"))) {
        cached = fromFixture;
        return cached;
    }
    static std::unique_ptr<QTemporaryDir> temporary;
    temporary = std::make_unique<QTemporaryDir>();
    cached = makeInto(temporary->path());
    return cached;
}

inline QString path(const QString &name)
{
    return dir() + QLatin1Char('/') + name;
}

inline QStringList files(const QStringList &patterns)
{
    return QDir(dir()).entryList(patterns, QDir::Files, QDir::Name);
}

inline QByteArray passphrase()
{
    QFile file(path(QStringLiteral("passphrase")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs openssl and returns its standard output; empty if it failed.
inline QByteArray openssl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// What openssl printed, whatever its exit status (OpenSSL 3.5's `x509 -checkhost` exits 1 when
// the name does not match; 3.0's exits 0).
inline QByteArray opensslOutput(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return process.readAll();
}

} // namespace CertCorpus
