// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineImporter.h"

#include "ClientOptions.h"
#include "ShellWords.h"

#include "ssh/SshConfig.h"

#include <QDir>
#include <QHostAddress>

#include <QRegularExpression>
#include <QSet>

namespace {

// Long options of the clients that take a value as the next word when not given with `=`.
const QSet<QString> &valueOptions()
{
    static const QSet<QString> names {
            QStringLiteral("host"),
            QStringLiteral("port"),
            QStringLiteral("user"),
            QStringLiteral("database"),
            QStringLiteral("socket"),
            QStringLiteral("ssl-mode"),
            QStringLiteral("ssl-ca"),
            QStringLiteral("ssl-capath"),
            QStringLiteral("ssl-cert"),
            QStringLiteral("ssl-key"),
            QStringLiteral("ssl-cipher"),
            QStringLiteral("tls-version"),
            QStringLiteral("tls-ciphersuites"),
            QStringLiteral("ssl-crl"),
            QStringLiteral("ssl-crlpath"),
            QStringLiteral("connect-timeout"),
            QStringLiteral("protocol"),
            QStringLiteral("execute"),
            QStringLiteral("default-character-set"),
            QStringLiteral("defaults-file"),
            QStringLiteral("defaults-extra-file"),
            QStringLiteral("defaults-group-suffix"),
            QStringLiteral("init-command"),
            QStringLiteral("ssl-fp"),
            QStringLiteral("ssl-fplist"),
            QStringLiteral("plugin-dir"),
            QStringLiteral("default-auth"),
            QStringLiteral("pager"),
            QStringLiteral("prompt"),
            QStringLiteral("tee"),
            QStringLiteral("ssl-fips-mode"),
            QStringLiteral("server-public-key-path"),
            QStringLiteral("ssl-passphrase"),
            QStringLiteral("max-allowed-packet"),
    };
    return names;
}

// Short options: the long option they stand for, and whether they take a value.
struct ShortOption
{
    const char *longName;
    bool takesValue;
};

std::optional<ShortOption> shortOption(QChar c)
{
    switch (c.unicode()) {
    case 'h':
        return ShortOption {"host", true};
    case 'P':
        return ShortOption {"port", true};
    case 'u':
        return ShortOption {"user", true};
    case 'D':
        return ShortOption {"database", true};
    case 'S':
        return ShortOption {"socket", true};
    case 'e':
        return ShortOption {"execute", true};
    default:
        return std::nullopt;
    }
}

// The value of `--name VALUE` or `--name=VALUE` among `words`.
QString optionValue(const QStringList &words, const QString &name)
{
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i) == name)
            return words.value(i + 1);
        if (words.at(i).startsWith(name + QLatin1Char('=')))
            return words.at(i).mid(name.size() + 1);
    }
    return {};
}

// A password written as a shell expansion is no password: `$(command)` or `` `command` `` is a
// command the shell runs for each connection, `$NAME` a variable of the shell. Carries over what
// it says (a command, an AWS RDS IAM token) and returns true; false for a literal password.
bool takePasswordExpansion(const QString &value, ClientOptions &options, QStringList &notes,
                           QStringList &notCarried)
{
    QString inner;
    if (value.startsWith(QLatin1String("$(")) && value.endsWith(QLatin1Char(')'))) {
        inner = value.mid(2, value.size() - 3);
    } else if (value.size() >= 2 && value.startsWith(QLatin1Char('`'))
               && value.endsWith(QLatin1Char('`'))) {
        inner = value.mid(1, value.size() - 2);
    } else if (value.startsWith(QLatin1Char('$')) || value.startsWith(QLatin1Char('`'))) {
        notCarried << CommandLineImporter::tr("the password from the shell, %1 (enter it when "
                                              "connecting, or choose where it comes from)")
                              .arg(value);
        return true;
    } else {
        return false;
    }
    inner = inner.trimmed();
    // Pipes, redirections, variables and nested commands need the shell the command was
    // written for; sslcm runs a program without one.
    static const QRegularExpression shellSyntax(QStringLiteral("[|;&<>$`\\n]"));
    QStringList command;
    if (inner.contains(shellSyntax)) {
        command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), inner};
    } else {
        const ShellWords::Split split = ShellWords::split(inner);
        if (!split.error.isEmpty() || split.words.isEmpty()) {
            notCarried << CommandLineImporter::tr("the password command %1 (%2)")
                                  .arg(value,
                                       split.error.isEmpty() ? CommandLineImporter::tr("empty")
                                                             : split.error);
            return true;
        }
        command = split.words;
    }
    const QString program = command.first().section(QLatin1Char('/'), -1);
    if (program == QLatin1String("sslcm-cli") && command.value(1) == QLatin1String("token")) {
        QStringList profile = command.mid(2);
        profile.removeAll(QStringLiteral("--"));
        //: %1 is the name or id of a profile of sslcm
        notes << CommandLineImporter::tr("The password came from sslcm's own profile “%1” "
                                         "(sslcm-cli token): keep using that profile, or choose "
                                         "this one's password source after importing.")
                         .arg(profile.join(QLatin1Char(' ')));
        return true;
    }
    if (program == QLatin1String("aws")
        && command.contains(QStringLiteral("generate-db-auth-token"))) {
        PasswordSource aws;
        aws.kind = PasswordSource::Kind::AwsIam;
        aws.awsRegion = optionValue(command, QStringLiteral("--region"));
        aws.awsProfile = optionValue(command, QStringLiteral("--profile"));
        options.setPasswordSource(aws);
        notes << CommandLineImporter::tr("The password is an AWS RDS IAM sign-in token (aws rds "
                                         "generate-db-auth-token): sslcm makes it itself when "
                                         "connecting (%1).")
                         .arg(aws.summary());
        return true;
    }
    PasswordSource source;
    source.kind = PasswordSource::Kind::Command;
    source.command = command;
    options.setPasswordSource(source);
    notes << CommandLineImporter::tr("The password comes from the command “%1”, run for each "
                                     "connection.")
                     .arg(ShellWords::join(command));
    return true;
}

// A pasted `ssh -L` tunnel and the client command that goes through it: the lines of the text
// apart from comments, the ssh one (or the part of one line before `&&`, `;` or `&`) and the rest.
struct TunnelAndClient
{
    QStringList ssh; // the ssh command's words
    QString client;
};

std::optional<TunnelAndClient> tunnelAndClient(const QString &text)
{
    QString joined = text;
    joined.replace(QLatin1String("\\\n"), QLatin1String(" "));
    TunnelAndClient found;
    QStringList others;
    for (const QString &line : joined.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const ShellWords::Split words = ShellWords::split(trimmed);
        if (words.error.isEmpty() && !words.words.isEmpty()
            && words.words.first().section(QLatin1Char('/'), -1) == QLatin1String("ssh")) {
            if (!found.ssh.isEmpty())
                return std::nullopt; // two tunnels: not a pair this importer reads
            found.ssh = words.words;
            if (words.stoppedAt >= 0) {
                QString rest = trimmed.mid(words.stoppedAt);
                while (!rest.isEmpty()
                       && (rest.front() == QLatin1Char('&') || rest.front() == QLatin1Char(';')
                           || rest.front().isSpace()))
                    rest.remove(0, 1);
                if (!rest.isEmpty())
                    others << rest;
            }
            continue;
        }
        others << trimmed;
    }
    if (found.ssh.isEmpty() || others.isEmpty())
        return std::nullopt;
    found.client = others.join(QLatin1Char(' '));
    return found;
}

// A `-L [BIND:]LOCAL:HOST:PORT` forward (IPv6 addresses in brackets).
struct Forward
{
    quint16 localPort = 0;
    QString host;
    quint16 port = 0;
};

std::optional<Forward> parseForward(const QString &spec)
{
    QStringList parts;
    QString part;
    bool bracket = false;
    for (const QChar c : spec) {
        if (c == QLatin1Char('['))
            bracket = true;
        else if (c == QLatin1Char(']'))
            bracket = false;
        else if (c == QLatin1Char(':') && !bracket) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    if (parts.size() != 3 && parts.size() != 4)
        return std::nullopt;
    const qsizetype first = parts.size() - 3;
    bool localOk = false;
    bool portOk = false;
    const uint local = parts.at(first).toUInt(&localOk);
    const uint port = parts.at(first + 2).toUInt(&portOk);
    if (!localOk || !portOk || local == 0 || local > 65535 || port == 0 || port > 65535
        || parts.at(first + 1).isEmpty())
        return std::nullopt;
    return Forward {quint16(local), parts.at(first + 1), quint16(port)};
}

// What an `ssh` command says about its jump host and forwards. Options as OpenSSH 9 reads them;
// the destination resolved through ~/.ssh/config as ssh does.
struct SshCommand
{
    SshConfig::Jump jump;
    QList<Forward> forwards;
};

SshCommand parseSshCommand(const QStringList &words)
{
    static const QString withValue = QStringLiteral("BbcDEeFIiJLlmOoPpQRSWw");
    SshCommand command;
    QString user;
    QString port;
    QString keyFile;
    QString destination;
    QStringList hops;
    const auto option = [&](QChar letter, const QString &value) {
        switch (letter.unicode()) {
        case 'L':
            if (const std::optional<Forward> forward = parseForward(value))
                command.forwards << *forward;
            break;
        case 'l':
            user = value;
            break;
        case 'p':
            port = value;
            break;
        case 'i':
            if (keyFile.isEmpty())
                keyFile = value;
            break;
        case 'J':
            hops << value;
            break;
        case 'o': {
            const qsizetype sep = value.indexOf(QRegularExpression(QStringLiteral("[=\\s]")));
            const QString key = value.left(sep).toLower();
            const QString v = sep < 0 ? QString() : value.mid(sep + 1).trimmed();
            if (key == QLatin1String("user") && user.isEmpty())
                user = v;
            else if (key == QLatin1String("port") && port.isEmpty())
                port = v;
            else if (key == QLatin1String("identityfile") && keyFile.isEmpty())
                keyFile = v;
            else if ((key == QLatin1String("proxyjump") || key == QLatin1String("proxycommand"))
                     && v.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
                hops << v;
            break;
        }
        default:
            break;
        }
    };
    for (int i = 1; i < words.size() && destination.isEmpty(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("--")) {
            destination = words.value(i + 1);
            break;
        }
        if (!word.startsWith(QLatin1Char('-')) || word.size() < 2) {
            destination = word;
            break;
        }
        for (qsizetype k = 1; k < word.size(); ++k) {
            const QChar letter = word.at(k);
            if (!withValue.contains(letter))
                continue;
            option(letter, k + 1 < word.size() ? word.mid(k + 1) : words.value(++i));
            break;
        }
    }
    if (!hops.isEmpty()) {
        command.jump.problem = CommandLineImporter::tr("The ssh command goes through a further "
                                                       "jump host (%1): sslcm goes through one "
                                                       "jump host.")
                                       .arg(hops.join(QStringLiteral(", ")));
        return command;
    }
    // ssh reads "user@host" (or ssh://user@host:port); -l wins over the user in it.
    QString host = destination;
    QString uriPort;
    if (host.startsWith(QLatin1String("ssh://"))) {
        QString rest = host.mid(6);
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (const std::optional<SshJump> uri = SshJump::parseDestination(rest)) {
            host = uri->host;
            if (user.isEmpty())
                user = uri->user;
            const QStringView afterAt
                    = QStringView(rest).mid(rest.lastIndexOf(QLatin1Char('@')) + 1);
            if (afterAt.startsWith(u'[') ? afterAt.contains(QLatin1String("]:"))
                                         : afterAt.count(u':') == 1)
                uriPort = QString::number(uri->port);
        }
    } else if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0) {
        if (user.isEmpty())
            user = host.left(at);
        host = host.mid(at + 1);
    }
    if (port.isEmpty())
        port = uriPort;
    QString text = user.isEmpty() ? QString() : user + QLatin1Char('@');
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    command.jump = SshConfig::load().jumpFor(text);
    if (command.jump.jump && !keyFile.isEmpty()) {
        // The shell expands a leading ~/ before ssh sees the name.
        if (keyFile.startsWith(QLatin1String("~/")))
            keyFile = QDir::homePath() + keyFile.mid(1);
        command.jump.jump->auth = SshJump::Auth::KeyFile;
        command.jump.jump->keyFile = keyFile;
    }
    return command;
}

bool isLocalEnd(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || QHostAddress(host).isLoopback();
}

} // namespace

QString CommandLineImporter::formatName()
{
    return tr("command line");
}

ImportResult CommandLineImporter::throughTunnel(const QStringList &ssh, const QString &client)
{
    ImportResult result = parse(client);
    if (!result.ok() || result.connections.size() != 1)
        return result;
    ImportResult::Connection &c = result.connections.first();
    Profile &p = c.profile;
    const SshCommand command = parseSshCommand(ssh);
    std::optional<Forward> used;
    for (const Forward &f : command.forwards) {
        if (f.localPort == p.port && isLocalEnd(p.host))
            used = f;
    }
    if (!used) {
        c.notCarried << tr("the ssh command: none of its -L forwards ends where the client "
                           "connects (%1)")
                                .arg(p.addressText());
        return result;
    }
    const QString tunnelEnd = p.addressText();
    p.host = used->host;
    p.port = used->port;
    if (!command.jump.ok()) {
        c.sourceProblems << command.jump.problem;
        return result;
    }
    p.ssh = command.jump.jump;
    c.notes << command.jump.notes;
    //: %1 is 127.0.0.1:PORT, %2 the jump host, %3 the database's host
    c.notes << tr("The client connected to the tunnel's local end %1. sslcm goes through the "
                  "jump host %2 itself, without a local port, and checks the server's "
                  "certificate against %3, not 127.0.0.1.")
                       .arg(tunnelEnd, p.ssh->destination(), p.host);
    return result;
}

ImportResult CommandLineImporter::parse(const QString &commandLine)
{
    if (commandLine.size() > maxLength)
        return ImportResult::failure(formatName(), tr("the text is too long for a command line"));
    if (const std::optional<TunnelAndClient> pair = tunnelAndClient(commandLine))
        return throughTunnel(pair->ssh, pair->client);
    const ShellWords::Split split = ShellWords::split(commandLine);
    if (!split.error.isEmpty())
        return ImportResult::failure(formatName(), split.error);
    QStringList words = split.words;
    // Leading VAR=value assignments and the program itself.
    while (!words.isEmpty() && !words.first().startsWith(QLatin1Char('-'))
           && words.first().contains(QLatin1Char('='))) {
        const QString assignment = words.takeFirst();
        if (assignment.startsWith(QLatin1String("MYSQL_PWD=")))
            words.prepend(QStringLiteral("--password=") + assignment.mid(10));
    }
    QString program;
    for (int i = 0; i < words.size(); ++i) {
        if (!words.at(i).startsWith(QLatin1Char('-'))) {
            program = words.takeAt(i);
            break;
        }
        if (!words.at(i).startsWith(QLatin1String("--password=")))
            break;
    }
    const QString base = program.section(QLatin1Char('/'), -1);
    if (base != QLatin1String("mysql") && base != QLatin1String("mariadb")
        && base != QLatin1String("mysqlsh") && base != QLatin1String("mysqldump")
        && base != QLatin1String("mariadb-dump") && base != QLatin1String("mysqladmin")
        && base != QLatin1String("mariadb-admin"))
        return ImportResult::failure(
                formatName(),
                tr("not a mysql or mariadb command line (it starts with \"%1\")")
                        .arg(program.isEmpty() ? words.value(0) : program));

    ClientOptions options;
    QStringList notCarried;
    QStringList notes;
    QStringList positional;
    for (int i = 0; i < words.size(); ++i) {
        const QString word = words.at(i);
        if (word == QLatin1String("--")) {
            positional << words.mid(i + 1);
            break;
        }
        if (word.startsWith(QLatin1String("--"))) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            const QString name = word.mid(2, equals < 0 ? -1 : equals - 2);
            const QString normalized = ClientOptions::normalizedName(name);
            QString value;
            if (equals >= 0) {
                value = word.mid(equals + 1);
            } else if (valueOptions().contains(normalized) && i + 1 < words.size()) {
                value = words.at(++i);
            } else if (normalized == QLatin1String("password")) {
                notes << tr("The password is asked for when connecting; sslcm keeps it in the "
                            "keychain.");
                continue;
            }
            if (normalized == QLatin1String("defaults-file")
                || normalized == QLatin1String("defaults-extra-file")) {
                notCarried << tr("the option file \"%1\" (import it as well)").arg(value);
                continue;
            }
            if (normalized == QLatin1String("execute"))
                continue;
            if (normalized == QLatin1String("password") && equals >= 0
                && takePasswordExpansion(value, options, notes, notCarried))
                continue;
            options.set(name, value);
            continue;
        }
        if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            // Bundled short options: -uapp, -p, -pSECRET, -h host, -A
            for (qsizetype k = 1; k < word.size(); ++k) {
                const QChar c = word.at(k);
                if (c == QLatin1Char('p')) {
                    if (k + 1 < word.size()
                        && !takePasswordExpansion(word.mid(k + 1), options, notes, notCarried))
                        options.set(u"password", word.mid(k + 1));
                    else
                        notes << tr("The password is asked for when connecting; sslcm keeps it "
                                    "in the keychain.");
                    break;
                }
                const auto option = shortOption(c);
                if (!option) {
                    if (c != QLatin1Char('A') && c != QLatin1Char('B') && c != QLatin1Char('N')
                        && c != QLatin1Char('t') && c != QLatin1Char('v') && c != QLatin1Char('s')
                        && c != QLatin1Char('E') && c != QLatin1Char('C'))
                        notCarried << tr("option \"-%1\"").arg(c);
                    continue;
                }
                QString value = word.mid(k + 1);
                if (value.isEmpty() && i + 1 < words.size())
                    value = words.at(++i);
                if (QLatin1String(option->longName) != QLatin1String("execute"))
                    options.set(QString::fromLatin1(option->longName), value);
                break;
            }
            continue;
        }
        positional << word;
    }
    if (!positional.isEmpty() && !options.contains(QStringLiteral("database")))
        options.set(u"database", positional.takeFirst());
    for (const QString &p : std::as_const(positional))
        notCarried << tr("argument \"%1\"").arg(p);

    ImportResult result;
    result.format = formatName();
    ImportResult::Connection c = options.toConnection({}, tr("%1 command line").arg(base));
    c.notCarried = notCarried + c.notCarried;
    c.notes = notes + c.notes;
    if (!c.password.isEmpty())
        result.warnings << tr("The command line contains a password: it is visible to every user "
                              "of the machine while the command runs and stays in the shell "
                              "history. Store it in the keychain instead.");
    result.connections << c;
    return result;
}
