// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

// The login name, as ssh takes it for %u and a missing User.
QString loginName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            return value;
    }
    return {};
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f')
            || c == QLatin1Char('\r');
}

// One line as ssh splits it: the keyword up to white space or one `=` (readconf's strdelim),
// then the arguments as argv_split() makes them: white space separates, ' and " quote, a
// backslash escapes a quote, a backslash or (outside quotes) a space, and a `#` at the start
// of an argument begins a comment.
struct Line
{
    QString keyword; // lower case; empty for a blank or comment line
    QStringList args;
    bool unterminatedQuote = false;
};

Line splitLine(QStringView text)
{
    Line line;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && isSpace(text.at(i)))
        ++i;
    if (i == n || text.at(i) == QLatin1Char('#'))
        return line;
    const qsizetype start = i;
    while (i < n && !isSpace(text.at(i)) && text.at(i) != QLatin1Char('='))
        ++i;
    line.keyword = text.mid(start, i - start).toString().toLower();
    while (i < n && isSpace(text.at(i)))
        ++i;
    if (i < n && text.at(i) == QLatin1Char('='))
        ++i;
    while (i < n) {
        while (i < n && isSpace(text.at(i)))
            ++i;
        if (i == n || text.at(i) == QLatin1Char('#'))
            break;
        QString arg;
        QChar quote;
        for (; i < n; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\\') && i + 1 < n) {
                const QChar next = text.at(i + 1);
                if (next == QLatin1Char('\'') || next == QLatin1Char('"')
                    || next == QLatin1Char('\\') || (quote.isNull() && next == QLatin1Char(' '))) {
                    arg += next;
                    ++i;
                } else {
                    arg += c;
                }
            } else if (quote.isNull() && isSpace(c)) {
                break;
            } else if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                quote = c;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else {
                arg += c;
            }
        }
        if (!quote.isNull()) {
            line.unterminatedQuote = true;
            return line;
        }
        line.args << arg;
    }
    return line;
}

bool hasWildcard(QStringView text)
{
    return text.contains(u'*') || text.contains(u'?') || text.contains(u'[');
}

// ssh's match_pattern(): `*` any run of characters, `?` one character, nothing else special.
bool matchPattern(QStringView text, QStringView pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()
            && (pattern.at(p) == QLatin1Char('?') || pattern.at(p) == text.at(t))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

// A Host line applies when one of its patterns matches and none of its !patterns does.
bool hostMatches(const QStringList &patterns, const QString &host)
{
    bool matched = false;
    for (const QString &pattern : patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (matchPattern(host, negated ? QStringView(pattern).mid(1) : QStringView(pattern))) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

std::optional<quint16> portNumber(QStringView text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

// "HOST:PORT", "[IPV6]:PORT" or "HOST/PORT", as LocalForward's target.
std::optional<std::pair<QString, quint16>> hostAndPort(QStringView text)
{
    QStringView host;
    QStringView port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size()
            || (text.at(close + 1) != QLatin1Char(':') && text.at(close + 1) != QLatin1Char('/')))
            return std::nullopt;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        qsizetype sep = text.lastIndexOf(u':');
        if (sep < 0)
            sep = text.lastIndexOf(u'/');
        if (sep <= 0)
            return std::nullopt;
        host = text.left(sep);
        port = text.mid(sep + 1);
    }
    const std::optional<quint16> number = portNumber(port);
    if (host.isEmpty() || !number)
        return std::nullopt;
    return std::pair {host.toString(), *number};
}

// "[BIND:]PORT" (LocalForward's first argument): the port.
std::optional<quint16> listenPort(QStringView text)
{
    const qsizetype sep = std::max(text.lastIndexOf(u':'), text.lastIndexOf(u'/'));
    return portNumber(sep < 0 ? text : text.mid(sep + 1));
}

// Splits "[USER@]HOST[:PORT]" (an optional "ssh://" in front) into its parts; nullopt when
// malformed. `explicitPort` says whether a port was written.
struct Destination
{
    SshJump parsed;
    bool explicitPort = false;
};

std::optional<Destination> parseDestination(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("ssh://"), Qt::CaseInsensitive)) {
        text = text.mid(6);
        if (text.endsWith(QLatin1Char('/')))
            text.chop(1);
    }
    const std::optional<SshJump> parsed = SshJump::parseDestination(text);
    if (!parsed)
        return std::nullopt;
    Destination d;
    d.parsed = *parsed;
    const QStringView rest = QStringView(text).mid(text.lastIndexOf(QLatin1Char('@')) + 1);
    d.explicitPort
            = rest.startsWith(u'[') ? rest.contains(QLatin1String("]:")) : rest.count(u':') == 1;
    return d;
}

} // namespace

SshConfig::SshConfig()
    : m_home(QDir::homePath())
    , m_localUser(loginName())
{ }

QString SshConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

SshConfig SshConfig::load(const QString &path, const QString &homeDirectory)
{
    SshConfig config;
    if (!homeDirectory.isEmpty())
        config.m_home = homeDirectory;
    config.readFile(path, 0);
    return config;
}

SshConfig SshConfig::parse(const QByteArray &text, const QString &origin,
                           const QString &homeDirectory)
{
    SshConfig config;
    if (!homeDirectory.isEmpty())
        config.m_home = homeDirectory;
    config.parseText(text.left(maxFileBytes), origin, 0);
    if (text.size() > maxFileBytes)
        config.m_warnings << tr("%1 is larger than %2 bytes: only the beginning was read.")
                                     .arg(origin, QString::number(maxFileBytes));
    return config;
}

QString SshConfig::shown(const QString &path) const
{
    const QString home = QDir::cleanPath(m_home);
    if (!home.isEmpty() && home != QLatin1String("/")
        && (path == home || path.startsWith(home + QLatin1Char('/'))))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

void SshConfig::readFile(const QString &path, int depth)
{
    if (m_files.size() >= maxFiles) {
        m_warnings << tr("More than %1 SSH configuration files are included: %2 and the files "
                         "after it were not read.")
                              .arg(QString::number(maxFiles), shown(path));
        return;
    }
    QFile file(path);
    if (!file.exists())
        return; // as for ssh: no configuration file is an empty configuration
    if (!file.open(QIODevice::ReadOnly)) {
        m_warnings << tr("Cannot read %1: %2").arg(shown(path), file.errorString());
        return;
    }
    if (file.size() > maxFileBytes) {
        m_warnings << tr("%1 is larger than %2 bytes: it was not read.")
                              .arg(shown(path), QString::number(maxFileBytes));
        return;
    }
    m_files << path;
    parseText(file.read(maxFileBytes), shown(path), depth);
}

QStringList SshConfig::includeFiles(const QString &pattern) const
{
    QString path = pattern;
    if (path == QLatin1String("~"))
        path = m_home;
    else if (path.startsWith(QLatin1String("~/")))
        path = m_home + path.mid(1);
    else if (!QDir::isAbsolutePath(path))
        path = m_home + QStringLiteral("/.ssh/") + path; // a user configuration's includes
    path = QDir::cleanPath(path);
    if (!hasWildcard(path))
        return QFileInfo(path).isFile() ? QStringList {path} : QStringList {};
    // glob(3), one path component at a time.
    QStringList candidates {QStringLiteral("/")};
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QStringList next;
        for (const QString &base : std::as_const(candidates)) {
            const QString prefix = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/');
            if (!hasWildcard(part)) {
                next << prefix + part;
                continue;
            }
            QDir::Filters filters
                    = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::CaseSensitive | QDir::System;
            if (part.startsWith(QLatin1Char('.')))
                filters |= QDir::Hidden; // as glob: `*` does not match a leading dot
            for (const QString &name : QDir(base).entryList({part}, filters, QDir::Name))
                next << prefix + name;
        }
        candidates = next;
        if (candidates.size() > maxFiles)
            candidates = candidates.mid(0, maxFiles);
    }
    QStringList files;
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            files << candidate;
    }
    std::sort(files.begin(), files.end());
    return files;
}

void SshConfig::parseText(const QByteArray &text, const QString &shownName, int depth)
{
    const QString content = QString::fromUtf8(text);
    const QList<QStringView> lines = QStringView(content).split(u'\n');
    for (int number = 1; number <= lines.size(); ++number) {
        const Line line = splitLine(lines.at(number - 1));
        if (line.unterminatedQuote) {
            //: %1 is a file, %2 a line number
            m_warnings << tr("%1 line %2: a quote is not closed; the line is ignored, ssh refuses "
                             "it.")
                                  .arg(shownName, QString::number(number));
            continue;
        }
        if (line.keyword.isEmpty())
            continue;
        Entry entry;
        entry.keyword = line.keyword;
        entry.args = line.args;
        entry.file = shownName;
        entry.line = number;
        if (line.keyword == QLatin1String("include")) {
            if (depth + 1 > maxIncludeDepth) {
                m_warnings << tr("%1 line %2: includes are nested more than %3 levels deep; "
                                 "this Include is not read.")
                                      .arg(shownName, QString::number(number),
                                           QString::number(maxIncludeDepth));
                continue;
            }
            for (const QString &pattern : line.args) {
                for (const QString &file : includeFiles(pattern)) {
                    Entry begin = entry;
                    begin.kind = Entry::Kind::IncludeBegin;
                    m_entries << begin;
                    readFile(file, depth + 1);
                    Entry end = entry;
                    end.kind = Entry::Kind::IncludeEnd;
                    m_entries << end;
                }
            }
            continue;
        }
        if (line.keyword == QLatin1String("host")) {
            entry.kind = Entry::Kind::Host;
            if (line.args.isEmpty())
                m_warnings << tr("%1 line %2: a Host line without a pattern; ssh refuses it.")
                                      .arg(shownName, QString::number(number));
        } else if (line.keyword == QLatin1String("match")) {
            entry.kind = Entry::Kind::Match;
            const bool all = line.args.size() == 1
                    && line.args.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
            if (!all)
                //: %1 is a file, %2 a line number, %3 the criteria, e.g. "host *.internal exec ..."
                m_warnings << tr("%1 line %2: “Match %3” is not evaluated by sslcm: the settings "
                                 "of that block are not used. Give them in a Host block if sslcm "
                                 "needs them.")
                                      .arg(shownName, QString::number(number),
                                           line.args.join(QLatin1Char(' ')));
        }
        m_entries << entry;
    }
}

QString SshConfig::expandIdentityFile(const QString &path, const Host &host,
                                      const QString &user) const
{
    QString text = path;
    if (text == QLatin1String("~"))
        text = m_home;
    else if (text.startsWith(QLatin1String("~/")))
        text = m_home + text.mid(1);
    // ${NAME}: the environment, as ssh 8.4 and later read it.
    static const QRegularExpression variable(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString withVariables;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        withVariables += QStringView(text).mid(last, m.capturedStart() - last);
        withVariables += qEnvironmentVariable(m.captured(1).toLocal8Bit().constData());
        last = m.capturedEnd();
    }
    withVariables += QStringView(text).mid(last);
    text = withVariables;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar token = text.at(++i);
        switch (token.unicode()) {
        case '%':
            out += QLatin1Char('%');
            break;
        case 'd':
            out += m_home;
            break;
        case 'h':
            out += host.hostName;
            break;
        case 'n':
            out += host.alias;
            break;
        case 'p':
            out += QString::number(host.port.value_or(SshJump::defaultPort));
            break;
        case 'r':
            out += user;
            break;
        case 'u':
            out += m_localUser;
            break;
        case 'l':
            out += QHostInfo::localHostName();
            break;
        case 'L':
            out += QHostInfo::localHostName().section(QLatin1Char('.'), 0, 0);
            break;
#ifdef Q_OS_UNIX
        case 'i':
            out += QString::number(::getuid());
            break;
#endif
        default:
            out += c;
            out += token; // %C, %k, %j...: left as written
        }
    }
    return out;
}

SshConfig::Host SshConfig::resolve(const QString &alias) const
{
    return resolve(alias, {}, std::nullopt);
}

SshConfig::Host SshConfig::resolve(const QString &alias, const QString &givenUser,
                                   std::optional<quint16> givenPort) const
{
    Host host;
    host.alias = alias;
    std::optional<QString> hostName;
    // Given on the command line, they win over the configuration (ssh -l USER -p PORT).
    std::optional<QString> user;
    if (!givenUser.isEmpty())
        user = givenUser;
    host.port = givenPort;
    std::optional<QString> identityFile;
    std::optional<QString> proxy; // ProxyJump or ProxyCommand: the first of the two wins
    bool badPort = false;
    bool active = true;
    bool neverMatch = false; // inside an Include of a block that does not apply
    QList<std::pair<bool, bool>> includes;
    const auto origin = [](const QString &keywordAndValue, const Entry &e) {
        //: %1 is a keyword and its value, %2 a file, %3 a line number
        return tr("%1 (%2 line %3)").arg(keywordAndValue, e.file, QString::number(e.line));
    };
    for (const Entry &e : m_entries) {
        switch (e.kind) {
        case Entry::Kind::Host:
            active = !neverMatch && hostMatches(e.args, alias);
            if (active && !std::all_of(e.args.cbegin(), e.args.cend(), [](const QString &p) {
                    return p == QLatin1String("*");
                }))
                host.configured = true;
            continue;
        case Entry::Kind::Match:
            active = !neverMatch && e.args.size() == 1
                    && e.args.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
            continue;
        case Entry::Kind::IncludeBegin:
            includes.append({active, neverMatch});
            neverMatch = neverMatch || !active;
            continue;
        case Entry::Kind::IncludeEnd:
            if (!includes.isEmpty()) {
                std::tie(active, neverMatch) = includes.takeLast();
            }
            continue;
        case Entry::Kind::Option:
            break;
        }
        if (!active || e.args.isEmpty())
            continue;
        const QString &value = e.args.first();
        const auto first = [&](std::optional<QString> &slot, const char *name) {
            if (slot)
                return;
            slot = value;
            host.origins << origin(QLatin1String(name) + QLatin1Char(' ') + value, e);
        };
        if (e.keyword == QLatin1String("hostname")) {
            first(hostName, "HostName");
        } else if (e.keyword == QLatin1String("user")) {
            first(user, "User");
        } else if (e.keyword == QLatin1String("identityfile")) {
            first(identityFile, "IdentityFile");
        } else if (e.keyword == QLatin1String("port")) {
            if (host.port || badPort)
                continue;
            if (const std::optional<quint16> port = portNumber(value)) {
                host.port = port;
                host.origins << origin(QStringLiteral("Port ") + value, e);
            } else {
                badPort = true; // ssh refuses the configuration; sslcm uses no port of it
            }
        } else if (e.keyword == QLatin1String("proxyjump")
                   || e.keyword == QLatin1String("proxycommand")) {
            if (proxy)
                continue;
            const bool jump = e.keyword == QLatin1String("proxyjump");
            proxy = jump ? value : e.args.join(QLatin1Char(' '));
            const bool none = proxy->compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
            if (!none)
                (jump ? host.proxyJump : host.proxyCommand) = *proxy;
            host.origins << origin(
                    (jump ? QStringLiteral("ProxyJump ") : QStringLiteral("ProxyCommand "))
                            + *proxy,
                    e);
        } else if (e.keyword == QLatin1String("localforward") && e.args.size() >= 2) {
            const std::optional<quint16> local = listenPort(e.args.at(0));
            const auto target = hostAndPort(e.args.at(1));
            if (local && target)
                host.localForwards.append({*local, target->first, target->second});
        }
    }
    QString name = hostName.value_or(alias);
    name.replace(QLatin1String("%%"), QStringLiteral("\x01"));
    name.replace(QLatin1String("%h"), alias);
    name.replace(QLatin1Char('\x01'), QLatin1Char('%'));
    host.hostName = name.toLower();
    host.user = user.value_or(QString());
    if (identityFile)
        host.identityFile = expandIdentityFile(*identityFile, host,
                                               host.user.isEmpty() ? m_localUser : host.user);
    return host;
}

SshConfig::Jump SshConfig::jumpFor(const QString &destination) const
{
    Jump out;
    if (destination.contains(QLatin1Char(','))) {
        out.problem = tr("“%1” names several jump hosts one after the other: sslcm goes through "
                         "one jump host.")
                              .arg(destination.trimmed());
        return out;
    }
    const std::optional<Destination> d = parseDestination(destination);
    if (!d) {
        out.problem = tr("“%1” is not an SSH destination: write [USER@]HOST[:PORT], HOST being "
                         "a name, an address or an alias of the SSH configuration.")
                              .arg(destination.trimmed());
        return out;
    }
    const QString alias = d->parsed.host;
    const Host host
            = resolve(alias, d->parsed.user,
                      d->explicitPort ? std::optional<quint16>(d->parsed.port) : std::nullopt);
    if (!host.proxyJump.isEmpty()) {
        //: %1 is an SSH alias, %2 its ProxyJump, %3 its HostName
        out.problem = tr("“%1” is reached through the jump host “%2” (ProxyJump in the SSH "
                         "configuration), and sslcm goes through one jump host. For a database "
                         "on %3, use “%2” as the jump host and %3 as the database host.")
                              .arg(alias, host.proxyJump, host.hostName);
        return out;
    }
    if (!host.proxyCommand.isEmpty()) {
        out.problem = tr("“%1” is reached with a ProxyCommand in the SSH configuration (%2), "
                         "which sslcm does not run: sslcm connects to the jump host itself.")
                              .arg(alias, host.proxyCommand);
        return out;
    }
    SshJump jump;
    jump.host = host.hostName;
    jump.port = host.port.value_or(SshJump::defaultPort);
    jump.user = host.user;
    if (jump.user.isEmpty()) {
        jump.user = m_localUser;
        if (!jump.user.isEmpty())
            out.notes << tr("No User for “%1” in the SSH configuration: sslcm logs in as “%2”, "
                            "as ssh does.")
                                 .arg(alias, jump.user);
    }
    if (!host.identityFile.isEmpty()) {
        jump.auth = SshJump::Auth::KeyFile;
        jump.keyFile = host.identityFile;
    } else {
        jump.auth = SshJump::Auth::Agent;
        if (host.configured)
            out.notes << tr("No IdentityFile for “%1” in the SSH configuration: sslcm logs in "
                            "with the SSH agent (ssh would also try the default keys in "
                            "~/.ssh). Choose a key file if the agent does not hold the key.")
                                 .arg(alias);
    }
    if (!host.origins.isEmpty())
        //: %1 is an SSH alias, %2 a list of "Keyword value (file line N)"
        out.notes.prepend(tr("“%1” in the SSH configuration: %2")
                                  .arg(alias, host.origins.join(QStringLiteral("; "))));
    out.jump = jump;
    return out;
}

SshConfig::Through SshConfig::databaseThrough(const QString &alias) const
{
    Through through;
    const Host host = resolve(alias);
    through.host = host.hostName;
    if (host.proxyJump.isEmpty()) {
        through.jump.problem = tr("“%1” has no ProxyJump in the SSH configuration: nothing says "
                                  "which jump host reaches it.")
                                       .arg(alias);
        return through;
    }
    if (host.proxyJump.contains(QLatin1Char(','))) {
        through.jump.problem = tr("“%1” is reached through the jump hosts %2, one after the "
                                  "other (ProxyJump in the SSH configuration): sslcm goes "
                                  "through one jump host.")
                                       .arg(alias, host.proxyJump);
        return through;
    }
    through.jump = jumpFor(host.proxyJump);
    if (through.jump.ok())
        //: %1 is an SSH alias, %2 its HostName, %3 the jump host
        through.jump.notes.prepend(tr("“%1” is %2 reached through the jump host %3 (ProxyJump "
                                      "in the SSH configuration).")
                                           .arg(alias, host.hostName, host.proxyJump));
    return through;
}

QStringList SshConfig::aliases() const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        if (e.kind != Entry::Kind::Host)
            continue;
        for (const QString &pattern : e.args) {
            if (pattern.isEmpty() || pattern.startsWith(QLatin1Char('!'))
                || pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?')))
                continue;
            if (!names.contains(pattern))
                names << pattern;
        }
    }
    return names;
}
