// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/SshJump.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The user's OpenSSH client configuration (~/.ssh/config and what it includes), read the way
// `ssh` reads it, so that a host alias means in sslcm what it means to `ssh ALIAS`:
// - keywords in any case, "Keyword value" or "Keyword=value", values quoted with " or ';
// - the first value of a keyword wins (IdentityFile: the first file; LocalForward: every one);
// - `Host` lines with `*`, `?` and `!negated` patterns, matched against the alias as typed
//   (case-sensitively, as ssh does); lines before the first `Host` apply to every host;
// - `Include` with glob patterns, relative names in ~/.ssh, up to 16 levels; an Include in a
//   block that does not apply includes nothing that applies;
// - `Match all` applies to every host. Other `Match` blocks are not evaluated: their settings
//   are not used, and warnings() says so.
// Reading never fails: what cannot be read is a warning, and an alias that nothing names resolves
// to itself. Never holds a secret (the configuration has none).
class SshConfig
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)
public:
    static constexpr int maxIncludeDepth = 16; // ssh's READCONF_MAX_DEPTH
    static constexpr int maxFiles = 256;
    static constexpr qint64 maxFileBytes = 1024 * 1024;

    // A LocalForward: `LocalForward [BIND:]PORT HOST:HOSTPORT`.
    struct Forward
    {
        quint16 localPort = 0;
        QString host; // as the SSH server sees it
        quint16 port = 0;
    };

    // What `ssh ALIAS` uses (`ssh -G ALIAS`), for the keywords sslcm cares about.
    struct Host
    {
        QString alias;    // as asked for
        QString hostName; // HostName with %h expanded, lower case; the alias in lower case if none
        QString user;     // User; empty when none is set (ssh then logs in as the local user)
        std::optional<quint16> port; // Port; nullopt when none is set (22)
        // The first IdentityFile, with ~, ${VAR} and the %-tokens expanded as ssh does; empty if
        // none is set.
        QString identityFile;
        QString proxyJump;    // ProxyJump as written; empty when none is set or it is "none"
        QString proxyCommand; // ProxyCommand as written; empty when none is set or it is "none"
        QList<Forward> localForwards;
        // A Host block names this alias (other than one whose patterns are only `*`).
        bool configured = false;
        // Translated, one per keyword: where each value came from ("HostName db.internal
        // (~/.ssh/config line 4)").
        QStringList origins;
    };

    // An SSH jump host made from a destination or an alias.
    struct Jump
    {
        std::optional<SshJump> jump;
        QString problem;   // translated; set exactly when `jump` is nullopt
        QStringList notes; // translated: what the configuration contributed, and defaults taken
        bool ok() const { return jump.has_value(); }
    };

    // A database machine reached through the jump host of its ProxyJump.
    struct Through
    {
        QString host; // the database machine's HostName, as the jump host resolves it
        Jump jump;
    };

    // An empty configuration: every alias resolves to itself.
    SshConfig();

    // ~/.ssh/config of the user running sslcm.
    static QString defaultPath();
    // Reads `path` and the files it includes (relative names in `homeDirectory`/.ssh). A file
    // that does not exist is an empty configuration, as for ssh.
    static SshConfig load(const QString &path = defaultPath(), const QString &homeDirectory = {});
    // The text of a configuration file named `origin` (for messages); includes are read from disk.
    static SshConfig parse(const QByteArray &text, const QString &origin,
                           const QString &homeDirectory = {});

    // The home directory for ~ and the login name for %u and a missing User: the user's own
    // by default; tests and callers that know better may set them.
    QString homeDirectory() const { return m_home; }
    void setLocalUser(const QString &user) { m_localUser = user; }
    QString localUser() const { return m_localUser; }

    Host resolve(const QString &alias) const;

    // "[USER@]ALIAS[:PORT]" (the CLI's --ssh, the GUI's jump host field; "ssh://" in front is
    // accepted, as in ProxyJump) as an SSH jump host: the alias's HostName, User and Port, the
    // explicit USER and PORT winning over them; its IdentityFile as a key file, else the SSH
    // agent. A missing User is the local login name, as for ssh. An alias that itself goes
    // through a ProxyJump or a ProxyCommand is refused with a clear problem: sslcm goes through
    // one jump host and runs no command.
    Jump jumpFor(const QString &destination) const;

    // The database machine `alias` reached through its ProxyJump, one hop: the alias's HostName
    // as the database host, the ProxyJump destination as the jump host (resolved by jumpFor()).
    // Several hops (a ProxyJump with commas, or a jump host that has one) are a clear problem.
    Through databaseThrough(const QString &alias) const;

    // The concrete names on Host lines (no wildcards, no negation), in the order of the files.
    QStringList aliases() const;
    // Translated: Match blocks not evaluated, files that could not be read, lines ssh would refuse.
    QStringList warnings() const { return m_warnings; }
    // The files read, the configuration first.
    QStringList files() const { return m_files; }

private:
    struct Entry
    {
        enum class Kind { Option, Host, Match, IncludeBegin, IncludeEnd };
        Kind kind = Kind::Option;
        QString keyword;  // lower case (Option)
        QStringList args; // Option values, Host patterns, Match criteria
        QString file;     // shown in messages (~ for the home directory)
        int line = 0;
    };

    // `givenUser` and `givenPort`, when set, win over the configuration (ssh -l USER -p PORT),
    // also in the %r and %p of IdentityFile.
    Host resolve(const QString &alias, const QString &givenUser,
                 std::optional<quint16> givenPort) const;
    void readFile(const QString &path, int depth);
    void parseText(const QByteArray &text, const QString &shownName, int depth);
    QStringList includeFiles(const QString &pattern) const;
    QString shown(const QString &path) const;
    QString expandIdentityFile(const QString &path, const Host &host, const QString &user) const;

    QList<Entry> m_entries;
    QStringList m_warnings;
    QStringList m_files;
    QString m_home;
    QString m_localUser;
};
