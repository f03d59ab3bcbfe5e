// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineImporter.h"

#include "ClientOptions.h"
#include "ShellWords.h"

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

} // namespace

QString CommandLineImporter::formatName()
{
    return tr("command line");
}

ImportResult CommandLineImporter::parse(const QString &commandLine)
{
    if (commandLine.size() > maxLength)
        return ImportResult::failure(formatName(), tr("the text is too long for a command line"));
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
