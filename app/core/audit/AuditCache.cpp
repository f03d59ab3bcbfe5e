// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCache.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

#include <sys/stat.h>

namespace {

// Bounds, so that a fleet of distinct certificates cannot grow the cache without limit: past
// them, results are computed as without a cache.
constexpr qsizetype maxCertificates = 4096;
constexpr qsizetype maxVerifications = 4096;
constexpr qsizetype maxFiles = 256;

} // namespace

AuditCache::AuditCache()
{
    // A task waits for a server; more threads than a run's targets times its handshakes are
    // never needed (256 targets at most, three scanned versions each).
    m_threads.setMaxThreadCount(1024);
}

AuditCache::~AuditCache()
{
    m_threads.waitForDone();
}

template<typename T, typename Compute>
T AuditCache::once(QHash<QByteArray, T> &map, qsizetype max, const QByteArray &key,
                   const Compute &compute)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        const auto found = map.constFind(key);
        if (found != map.cend())
            return *found;
        if (!m_computing.contains(key))
            break;
        m_computed.wait(&m_mutex);
    }
    m_computing.insert(key);
    lock.unlock();
    std::optional<T> value;
    bool keep = false;
    compute(value, keep);
    lock.relock();
    if (keep && map.size() < max)
        map.insert(key, *value);
    m_computing.remove(key);
    m_computed.wakeAll();
    return std::move(*value);
}

// Path, size, modification time (nanoseconds), change time, inode and device: a file replaced
// or rewritten has another key. Empty when the file cannot be examined: never cached.
QByteArray AuditCache::fileKey(const QString &path) const
{
    struct stat st
    {
    };
    const QByteArray name = QFile::encodeName(path);
    if (path.isEmpty() || ::stat(name.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    return name + '|' + QByteArray::number(qint64(st.st_size)) + '|'
            + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
            + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + '|'
            + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.'
            + QByteArray::number(qint64(st.st_ctim.tv_nsec)) + '|'
            + QByteArray::number(quint64(st.st_ino)) + '|' + QByteArray::number(quint64(st.st_dev));
}

CertificateLoadResult AuditCache::loadFile(const QString &path)
{
    const QByteArray key = fileKey(path);
    if (key.isEmpty())
        return CertificateLoader::loadFile(path);
    return once(m_files, maxFiles, key,
                [&](std::optional<CertificateLoadResult> &value, bool &keep) {
                    value = CertificateLoader::loadFile(path);
                    // Only what was read as the file was when examined.
                    keep = fileKey(path) == key;
                });
}

std::optional<CertificateInfo> AuditCache::fromDer(const QByteArray &der)
{
    return once(m_certificates, maxCertificates, der,
                [&](std::optional<std::optional<CertificateInfo>> &value, bool &keep) {
                    value = CertificateLoader::fromDer(der);
                    keep = true;
                });
}

ChainVerification AuditCache::verify(const QList<CertificateInfo> &chain, const QString &caFile,
                                     const QString &caDirectory, const QDateTime &now,
                                     bool systemCas)
{
    const bool useSystem = systemCas && caFile.isEmpty() && caDirectory.isEmpty();
    const auto compute = [&] {
        return useSystem ? ChainVerifier::verifyWithSystemCas(chain, now)
                         : ChainVerifier::verify(chain, caFile, caDirectory, now);
    };
    // A CA file that cannot be examined is not cached (its problem is reported each time).
    QByteArray source;
    if (useSystem) {
        source = QByteArrayLiteral("system");
    } else {
        const QByteArray file = caFile.isEmpty() ? QByteArray() : fileKey(caFile);
        if (!caFile.isEmpty() && file.isEmpty())
            return compute();
        source = file + '|' + QFile::encodeName(caDirectory);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(source);
    hash.addData(QByteArray::number(now.toSecsSinceEpoch()));
    for (const CertificateInfo &c : chain) {
        hash.addData(QByteArray::number(c.der.size()));
        hash.addData(c.der);
    }
    return once(m_verifications, maxVerifications, hash.result(),
                [&](std::optional<ChainVerification> &value, bool &keep) {
                    value = compute();
                    keep = true;
                });
}

void AuditCache::keep(const std::shared_ptr<TlsClientContext> &context)
{
    if (!context)
        return;
    QMutexLocker lock(&m_mutex);
    if (std::find(m_contexts.cbegin(), m_contexts.cend(), context) == m_contexts.cend())
        m_contexts.push_back(context);
}

void AuditCache::keepOnce(
        const QByteArray &key,
        const std::function<std::vector<std::shared_ptr<TlsClientContext>>()> &obtain)
{
    once(m_kept, maxFiles, key, [&](std::optional<bool> &value, bool &keepIt) {
        for (const std::shared_ptr<TlsClientContext> &context : obtain())
            keep(context);
        value = true;
        keepIt = true;
    });
}
