// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"
#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class TlsClientContext;

// What the targets of one audit run share, so that a thousand targets behind the same CA do not
// read and verify the same files and certificates a thousand times. Every entry is a pure
// function of its key: a file by path, size, modification time and inode (a changed file is read
// again); a certificate by its DER bytes; a chain verification by the trust source, the chain's
// DER bytes and the second it is judged at (OpenSSL verifies at whole seconds). The TLS contexts
// the probes use are kept alive for the run, so that each one is built (and its CA file read)
// once, not whenever no target happens to hold it. Thread-safe.
class AuditCache
{
public:
    AuditCache();
    ~AuditCache();
    AuditCache(const AuditCache &) = delete;
    AuditCache &operator=(const AuditCache &) = delete;

    // CertificateLoader::loadFile(path).
    CertificateLoadResult loadFile(const QString &path);
    // CertificateLoader::fromDer(der).
    std::optional<CertificateInfo> fromDer(const QByteArray &der);
    // ChainVerifier::verify(chain, caFile, caDirectory, now), or verifyWithSystemCas(chain, now)
    // when both are empty and `systemCas` is set.
    ChainVerification verify(const QList<CertificateInfo> &chain, const QString &caFile,
                             const QString &caDirectory, const QDateTime &now, bool systemCas);
    // Keeps the context alive until the cache goes.
    void keep(const std::shared_ptr<TlsClientContext> &context);
    // Runs `obtain` once for `key` (the first caller; the others wait for it), and keeps what it
    // returns alive until the cache goes.
    void keepOnce(const QByteArray &key,
                  const std::function<std::vector<std::shared_ptr<TlsClientContext>>()> &obtain);
    // Threads for the handshakes of the protocol scan, reused from target to target. Never
    // queues: a task gets an idle thread or a new one, so a stalling server delays no other.
    QThreadPool &threads() { return m_threads; }

private:
    QByteArray fileKey(const QString &path) const;
    // The value for `key` from `map`, computed by one thread while the others asking for the
    // same key wait for it (the first targets of a run all start at once).
    template<typename T, typename Compute>
    T once(QHash<QByteArray, T> &map, qsizetype max, const QByteArray &key, const Compute &compute);

    QMutex m_mutex;
    QWaitCondition m_computed;
    QSet<QByteArray> m_computing;
    QHash<QByteArray, CertificateLoadResult> m_files;
    QHash<QByteArray, std::optional<CertificateInfo>> m_certificates;
    QHash<QByteArray, ChainVerification> m_verifications;
    std::vector<std::shared_ptr<TlsClientContext>> m_contexts;
    QHash<QByteArray, bool> m_kept;
    QThreadPool m_threads;
};
