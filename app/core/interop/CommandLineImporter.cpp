// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineImporter.h"

#include "ClientOptions.h"
#include "ShellWords.h"

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
            options.set(name, value);
            continue;
        }
        if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            // Bundled short options: -uapp, -p, -pSECRET, -h host, -A
            for (qsizetype k = 1; k < word.size(); ++k) {
                const QChar c = word.at(k);
                if (c == QLatin1Char('p')) {
                    if (k + 1 < word.size())
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
