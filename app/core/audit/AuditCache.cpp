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

AuditCache::AuditCache() = default;
AuditCache::~AuditCache() = default;

// Path, size, modification time (nanoseconds), inode and change time: a file replaced or
// rewritten has another key. Empty when the file cannot be examined: never cached.
QString AuditCache::fileKey(const QString &path) const
{
    struct stat st
    {
    };
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0
        || !S_ISREG(st.st_mode))
        return {};
    return QStringLiteral("%1|%2|%3.%4|%5.%6|%7|%8")
            .arg(path)
            .arg(qint64(st.st_size))
            .arg(qint64(st.st_mtim.tv_sec))
            .arg(qint64(st.st_mtim.tv_nsec))
            .arg(qint64(st.st_ctim.tv_sec))
            .arg(qint64(st.st_ctim.tv_nsec))
            .arg(quint64(st.st_ino))
            .arg(quint64(st.st_dev));
}

CertificateLoadResult AuditCache::loadFile(const QString &path)
{
    const QString key = fileKey(path);
    if (key.isEmpty())
        return CertificateLoader::loadFile(path);
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_files.constFind(key);
        if (found != m_files.cend())
            return *found;
    }
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    // Only what was read as the file was when examined.
    if (fileKey(path) == key) {
        QMutexLocker lock(&m_mutex);
        if (m_files.size() < maxFiles)
            m_files.insert(key, loaded);
    }
    return loaded;
}

std::optional<CertificateInfo> AuditCache::fromDer(const QByteArray &der)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_certificates.constFind(der);
        if (found != m_certificates.cend())
            return *found;
    }
    std::optional<CertificateInfo> info = CertificateLoader::fromDer(der);
    QMutexLocker lock(&m_mutex);
    if (m_certificates.size() < maxCertificates)
        m_certificates.insert(der, info);
    return info;
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
    QString source;
    if (useSystem) {
        source = QStringLiteral("system");
    } else {
        const QString file = caFile.isEmpty() ? QString() : fileKey(caFile);
        if (!caFile.isEmpty() && file.isEmpty())
            return compute();
        source = file + QLatin1Char('|') + caDirectory;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(source.toUtf8());
    hash.addData(QByteArray::number(now.toSecsSinceEpoch()));
    for (const CertificateInfo &c : chain) {
        hash.addData(QByteArray::number(c.der.size()));
        hash.addData(c.der);
    }
    const QByteArray key = hash.result();
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_verifications.constFind(key);
        if (found != m_verifications.cend())
            return *found;
    }
    const ChainVerification result = compute();
    QMutexLocker lock(&m_mutex);
    if (m_verifications.size() < maxVerifications)
        m_verifications.insert(key, result);
    return result;
}

void AuditCache::keep(const std::shared_ptr<TlsClientContext> &context)
{
    if (!context)
        return;
    QMutexLocker lock(&m_mutex);
    if (std::find(m_contexts.cbegin(), m_contexts.cend(), context) == m_contexts.cend())
        m_contexts.push_back(context);
}
