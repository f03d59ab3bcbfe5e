// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshKnownHosts.h"

#include "ssh/Libssh_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// libssh's own preference (DEFAULT_HOSTKEYS of 0.10 and 0.11): what is offered after the
// algorithms of the key types on record.
constexpr char defaultHostKeyAlgorithms[]
        = "ssh-ed25519,ecdsa-sha2-nistp521,ecdsa-sha2-nistp384,ecdsa-sha2-nistp256,"
          "sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,"
          "rsa-sha2-256";

struct KnownHostsEntryDeleter
{
    void operator()(ssh_knownhosts_entry *entry) const { ssh_knownhosts_entry_free(entry); }
};
using EntryPtr = std::unique_ptr<ssh_knownhosts_entry, KnownHostsEntryDeleter>;

// One line of a list that names host:port: its key, and whether it is a @revoked line.
struct HostLine
{
    Libssh::KeyPtr key;
    bool revoked = false;
};

enum class ReadResult { Read, Missing, Unreadable };

// The lines of `path` that name `name` (as knownHostsName() writes it). libssh matches the
// host part (hashed entries, patterns, [host]:port); lines it cannot parse are skipped, as ssh
// does, and so are @cert-authority lines (no certificates here).
ReadResult linesFor(const QString &path, const QByteArray &name, std::vector<HostLine> &out)
{
    QFile file(path);
    if (!file.exists())
        return ReadResult::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::Unreadable;
    while (!file.atEnd()) {
        QByteArray line = file.readLine(64 * 1024).simplified();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        bool revoked = false;
        if (line.startsWith('@')) {
            const qsizetype space = line.indexOf(' ');
            if (space < 0 || line.left(space) != "@revoked")
                continue;
            revoked = true;
            line = line.mid(space + 1);
        }
        ssh_knownhosts_entry *parsed = nullptr;
        const int rc = ssh_known_hosts_parse_line(name.constData(), line.constData(), &parsed);
        EntryPtr entry(parsed);
        if (rc != SSH_OK || !entry || !entry->publickey)
            continue;
        HostLine host;
        host.key.reset(entry->publickey);
        entry->publickey = nullptr;
        host.revoked = revoked;
        out.push_back(std::move(host));
    }
    return ReadResult::Read;
}

// A host that cannot break a known_hosts line: no white space, no pattern characters.
bool isPlainHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    for (const QChar c : host) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return false;
        if (QStringLiteral(",*?!|#[]@\\").contains(c))
            return false;
    }
    return true;
}

} // namespace

namespace Libssh {

QString keyType(ssh_key key)
{
    const char *type = ssh_key_type_to_char(ssh_key_type(key));
    return type ? QString::fromLatin1(type) : QString();
}

QByteArray keySha256(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0)
        return {};
    QByteArray sha(reinterpret_cast<const char *>(hash), qsizetype(length));
    ssh_clean_pubkey_hash(&hash);
    return sha;
}

QByteArray keyLine(ssh_key key)
{
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK)
        return {};
    QByteArray line = keyType(key).toLatin1() + ' ' + QByteArray(base64);
    ssh_string_free_char(base64);
    return line;
}

QByteArray knownHostsName(const QString &host, quint16 port)
{
    const QByteArray lower = host.toLower().toUtf8();
    if (port == 22 || port == 0)
        return lower;
    return '[' + lower + "]:" + QByteArray::number(port);
}

HostKeyJudgement judgeHostKey(const QString &host, quint16 port, ssh_key key)
{
    HostKeyJudgement judgement;
    const QByteArray name = knownHostsName(host, port);
    QString knownIn;
    for (const QString &path : SshKnownHosts::listPaths()) {
        std::vector<HostLine> lines;
        const ReadResult read = linesFor(path, name, lines);
        if (read == ReadResult::Unreadable)
            judgement.unreadable << path;
        for (const HostLine &line : lines) {
            const bool same = ssh_key_cmp(key, line.key.get(), SSH_KEY_CMP_PUBLIC) == 0;
            if (line.revoked) {
                if (same && judgement.verdict != HostKeyJudgement::Verdict::Revoked) {
                    judgement.verdict = HostKeyJudgement::Verdict::Revoked;
                    judgement.source = path;
                }
                continue;
            }
            if (same) {
                if (knownIn.isEmpty())
                    knownIn = path;
            } else if (judgement.verdict == HostKeyJudgement::Verdict::Unknown) {
                judgement.verdict = HostKeyJudgement::Verdict::Changed;
                judgement.source = path;
                judgement.recordedType = keyType(line.key.get());
                judgement.recordedSha256 = keySha256(line.key.get());
            }
        }
    }
    if (judgement.verdict == HostKeyJudgement::Verdict::Revoked)
        return judgement;
    if (!knownIn.isEmpty()) {
        judgement.verdict = HostKeyJudgement::Verdict::Known;
        judgement.source = knownIn;
        judgement.recordedType.clear();
        judgement.recordedSha256.clear();
    }
    return judgement;
}

QByteArray preferredHostKeyAlgorithms(const QString &host, quint16 port)
{
    const QByteArray name = knownHostsName(host, port);
    QList<QByteArray> preferred;
    auto add = [&preferred](const QByteArray &algorithm) {
        if (!preferred.contains(algorithm))
            preferred << algorithm;
    };
    for (const QString &path : SshKnownHosts::listPaths()) {
        std::vector<HostLine> lines;
        linesFor(path, name, lines);
        for (const HostLine &line : lines) {
            if (line.revoked)
                continue;
            const QByteArray type = keyType(line.key.get()).toLatin1();
            if (type == "ssh-rsa") {
                add("rsa-sha2-512");
                add("rsa-sha2-256");
            } else if (!type.isEmpty()) {
                add(type);
            }
        }
    }
    if (preferred.isEmpty())
        return {};
    for (const QByteArray &algorithm : QByteArray(defaultHostKeyAlgorithms).split(','))
        add(algorithm);
    return preferred.join(',');
}

} // namespace Libssh

QString SshKnownHosts::sslcmListPath()
{
    const QStringList paths = listPaths();
    return paths.last();
}

QStringList SshKnownHosts::listPaths()
{
    const QString overridden = qEnvironmentVariable("SSLCM_SSH_KNOWN_HOSTS");
    if (!overridden.isEmpty()) {
        const QStringList paths = overridden.split(QLatin1Char(':'), Qt::SkipEmptyParts);
        if (!paths.isEmpty())
            return paths;
    }
    return {QDir::homePath() + QStringLiteral("/.ssh/known_hosts"),
            QStringLiteral("/etc/ssh/ssh_known_hosts"),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    + QStringLiteral("/ssh_known_hosts")};
}

QString SshKnownHosts::fingerprint(const QByteArray &sha256)
{
    QByteArray b64 = sha256.toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString SshKnownHosts::accept(const QString &host, quint16 port, const QByteArray &publicKeyLine)
{
    if (!isPlainHost(host))
        return tr("The host name “%1” cannot be written to a known-hosts list.").arg(host);
    const QList<QByteArray> fields = publicKeyLine.simplified().split(' ');
    ssh_key parsed = nullptr;
    if (fields.size() >= 2) {
        const enum ssh_keytypes_e type = ssh_key_type_from_name(fields.at(0).constData());
        if (type != SSH_KEYTYPE_UNKNOWN)
            ssh_pki_import_pubkey_base64(fields.at(1).constData(), type, &parsed);
    }
    Libssh::KeyPtr key(parsed);
    if (!key)
        return tr("This is not an SSH public key.");

    const Libssh::HostKeyJudgement judgement = Libssh::judgeHostKey(host, port, key.get());
    switch (judgement.verdict) {
    case Libssh::HostKeyJudgement::Verdict::Known:
        return {};
    case Libssh::HostKeyJudgement::Verdict::Changed:
        return tr("%1 holds a different key for this host. A changed host key is never accepted "
                  "here: ask the jump host's administrator which key is right.")
                .arg(judgement.source);
    case Libssh::HostKeyJudgement::Verdict::Revoked:
        return tr("%1 marks this key as revoked.").arg(judgement.source);
    case Libssh::HostKeyJudgement::Verdict::Unknown:
        break;
    }

    const QString path = sslcmListPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return tr("Cannot create the folder %1.").arg(folder);
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    }
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    QByteArray line = Libssh::knownHostsName(host, port) + ' ' + Libssh::keyLine(key.get()) + '\n';
    struct stat status
    {
    };
    if (::fstat(fd, &status) == 0 && status.st_size > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, status.st_size - 1) == 1 && last != '\n')
            line.prepend('\n');
    }
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return tr("Cannot write %1: %2").arg(path, reason);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return tr("Cannot write %1: %2").arg(path, reason);
    }
    ::close(fd);
    return {};
}
