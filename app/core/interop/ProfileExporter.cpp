// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileExporter.h"

#include "ApplicationSnippets.h"
#include "ClientCommandLine.h"
#include "ConnectionUri.h"
#include "ProfileBundle.h"
#include "ShellWords.h"

#include <QFile>
#include <QFileDevice>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

QString mysqlModeName(SslMode mode)
{
    return SslModes::key(mode).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString tlsVersions(const Profile &p)
{
    return p.minTlsVersion == TlsVersion::Tls1_3 ? QStringLiteral("TLSv1.3")
                                                 : QStringLiteral("TLSv1.2,TLSv1.3");
}

// A value in an option file: quoted when it needs to be, with the escapes the clients read.
QString optionValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,@%+=-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '"':
            escaped += QLatin1String("\\\"");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\t':
            escaped += QLatin1String("\\t");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString fileStem(const Profile &p)
{
    QString stem = p.name;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^[.-]+")));
    return stem.isEmpty() ? QStringLiteral("connection") : stem.left(64);
}

void pinWarning(const Profile &p, ExportFormat format, QStringList &warnings)
{
    if (!p.pinnedSha256.isEmpty())
        warnings << ProfileExporter::tr("The pinned certificate fingerprint is not carried over: "
                                        "%1 relies on the CA only.")
                            .arg(ExportFormats::displayName(format));
}

} // namespace

QStringList ProfileExporter::mysqlArguments(const Profile &p, const QString &password,
                                            QStringList *warnings)
{
    return ClientCommandLine::arguments(ClientCommandLine::Connection::fromProfile(p, password),
                                        ClientCommandLine::Client::Mysql, warnings);
}

QStringList ProfileExporter::mariadbArguments(const Profile &p, const QString &password,
                                              QStringList *warnings)
{
    return ClientCommandLine::arguments(ClientCommandLine::Connection::fromProfile(p, password),
                                        ClientCommandLine::Client::Mariadb, warnings);
}

ExportResult ProfileExporter::commandLine(const Profile &p, ExportFormat format,
                                          const QString &password)
{
    ExportResult result;
    result.containsSecret = !password.isEmpty();
    const QString stem = fileStem(p);
    const bool mysql = format == ExportFormat::MysqlCommand;
    result.text
            = ClientCommandLine::shellCommand(
                      mysql ? QStringLiteral("mysql") : QStringLiteral("mariadb"),
                      ClientCommandLine::Connection::fromProfile(p, password),
                      mysql ? ClientCommandLine::Client::Mysql : ClientCommandLine::Client::Mariadb,
                      &result.warnings)
            + QLatin1Char('\n');
    if (p.passwordSource.producesSecret())
        //: %1 is a command, e.g. sslcm-cli token 'Shop'
        result.warnings << tr("The password is what “%1” prints when the command runs: sslcm-cli "
                              "and this profile must be on the machine that runs it.")
                                   .arg(ShellWords::join(ClientCommandLine::tokenCommand(p)));
    if (!password.isEmpty())
        result.warnings << tr("The password on a command line is visible to every user of "
                              "the machine while it runs and stays in the shell history.");
    result.suggestedFileName = stem + QStringLiteral(".sh");
    return result;
}

ExportResult ProfileExporter::optionFile(const Profile &p, const QString &password)
{
    ExportResult result;
    result.containsSecret = !password.isEmpty();
    const QString stem = fileStem(p);
    QStringList lines;
    lines << QStringLiteral("# sslcm profile \"%1\": %2")
                     .arg(QString(p.name).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                          SslModes::displayName(p.sslMode));
    lines << QStringLiteral("# Use with: mysql --defaults-file=FILE / mariadb "
                            "--defaults-file=FILE");
    lines << QStringLiteral("# loose- options are ignored by clients that do not know them.");
    lines << QStringLiteral("[client]");
    const auto add = [&lines](const QString &name, const QString &value) {
        lines << name + QLatin1Char('=') + optionValue(value);
    };
    add(QStringLiteral("host"), p.host);
    add(QStringLiteral("port"), QString::number(p.port));
    if (!p.user.isEmpty())
        add(QStringLiteral("user"), p.user);
    if (!password.isEmpty())
        add(QStringLiteral("password"), password);
    if (!p.database.isEmpty())
        add(QStringLiteral("loose-database"), p.database);
    // MySQL reads ssl-mode; MariaDB reads ssl and ssl-verify-server-cert. Each ignores the
    // other's thanks to loose-.
    add(QStringLiteral("loose-ssl-mode"), mysqlModeName(p.sslMode));
    if (p.sslMode == SslMode::Disabled) {
        lines << QStringLiteral("loose-skip-ssl");
    } else {
        lines << QStringLiteral("loose-ssl");
        // With a CA the mariadb client verifies the chain: only for the verifying modes.
        if (SslModes::authenticatesServer(p.sslMode)) {
            if (!p.caFile.isEmpty())
                add(QStringLiteral("ssl-ca"), p.caFile);
            if (!p.caDirectory.isEmpty())
                add(QStringLiteral("ssl-capath"), p.caDirectory);
        }
        if (!p.clientCertificate.isEmpty())
            add(QStringLiteral("ssl-cert"), p.clientCertificate);
        if (!p.clientKey.isEmpty())
            add(QStringLiteral("ssl-key"), p.clientKey);
        if (!p.cipherList.isEmpty())
            add(QStringLiteral("ssl-cipher"), p.cipherList);
        add(QStringLiteral("tls-version"), tlsVersions(p));
        if (p.sslMode == SslMode::VerifyIdentity)
            lines << QStringLiteral("loose-ssl-verify-server-cert");
    }
    add(QStringLiteral("loose-connect-timeout"), QString::number(p.connectTimeoutSeconds));
    if (p.passwordSource.producesSecret()) {
        // Comment lines: the reference never holds a line break (tokenProfileReference()).
        const QString token = QStringLiteral("--password=\"$(")
                + ShellWords::join(ClientCommandLine::tokenCommand(p)) + QStringLiteral(")\"");
        lines.insert(3,
                     p.passwordSource.sendsClearText()
                             ? QStringLiteral("# The password is a sign-in token, made for each "
                                              "connection and sent in clear text inside TLS:")
                             : QStringLiteral("# The password comes from a command, run for "
                                              "each connection:"));
        lines.insert(4,
                     QStringLiteral("#   mysql --defaults-file=FILE %1%2")
                             .arg(p.passwordSource.sendsClearText()
                                          ? QStringLiteral("--enable-cleartext-plugin ")
                                          : QString(),
                                  token));
        lines.insert(5, QStringLiteral("#   mariadb --defaults-file=FILE %1").arg(token));
    }
    result.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (p.sslMode == SslMode::Preferred || p.sslMode == SslMode::Required)
        result.warnings << tr("The mariadb client reading this file may continue without TLS "
                              "when the server does not offer it.");
    if ((p.sslMode == SslMode::Preferred || p.sslMode == SslMode::Required)
        && (!p.caFile.isEmpty() || !p.caDirectory.isEmpty()))
        result.warnings << tr("The CA is left out: the mariadb client verifies the chain "
                              "whenever a CA is given, which this profile's mode does not.");
    if (!password.isEmpty())
        result.warnings << tr("The file contains the password in clear text: keep it "
                              "readable by you only (mode 0600).");
    result.warnings << tr("The profile name, notes and any pinned fingerprint are not part "
                          "of an option file.");
    result.suggestedFileName = stem + QStringLiteral(".cnf");
    return result;
}

ExportResult ProfileExporter::uri(const Profile &p, const QString &password)
{
    ExportResult result;
    result.containsSecret = !password.isEmpty();
    const QString stem = fileStem(p);
    result.text = ConnectionUri::format(p, password) + QLatin1Char('\n');
    if (!password.isEmpty())
        result.warnings << tr("The URI contains the password in clear text.");
    result.suggestedFileName = stem + QStringLiteral(".uri");
    return result;
}

ExportResult ProfileExporter::exportProfile(const Profile &p, ExportFormat format,
                                            const QString &givenPassword)
{
    // A password made when connecting (a command, a sign-in token) is never written: a saved
    // one is not what the profile signs in with, and a token is valid for minutes.
    const bool madeWhenConnecting = p.passwordSource.producesSecret();
    const QString password = madeWhenConnecting ? QString() : givenPassword;
    ExportResult result;
    switch (format) {
    case ExportFormat::MysqlCommand:
    case ExportFormat::MariadbCommand:
        result = commandLine(p, format, password);
        break;
    case ExportFormat::OptionFile:
        result = optionFile(p, password);
        break;
    case ExportFormat::Uri:
        result = uri(p, password);
        break;
    case ExportFormat::SslcmJson:
        return exportProfiles({p});
    default:
        result = ApplicationSnippets::snippet(p, format, password);
        break;
    }
    if (format != ExportFormat::OptionFile) // says itself that the pin is not part of it
        pinWarning(p, format, result.warnings);
    if (madeWhenConnecting) {
        if (!givenPassword.isEmpty())
            //: %1 describes the password source, e.g. "password from: pass show db/prod"
            result.warnings << tr("This profile's password is made when connecting (%1): no "
                                  "saved password is written.")
                                       .arg(p.passwordSource.summary());
        if (format == ExportFormat::Uri)
            result.warnings << tr("A URI cannot say where the password comes from (%1).")
                                       .arg(p.passwordSource.summary());
        result.warnings << p.passwordSource.problems(p);
    }
    return result;
}

ExportResult ProfileExporter::exportProfiles(const QList<Profile> &profiles)
{
    ExportResult result;
    result.text = QString::fromUtf8(ProfileBundle::serialize(profiles));
    result.suggestedFileName = QStringLiteral("sslcm-profiles.json");
    result.warnings << tr("Passwords and key passphrases are not exported; they stay in this "
                          "machine's keychain.");
    return result;
}

ProfileExporter::SaveResult ProfileExporter::saveToFile(const ExportResult &export_,
                                                        const QString &path)
{
    SaveResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("cannot write \"%1\": %2").arg(path, file.errorString());
        return result;
    }
    // The temporary file gets its permissions before any byte is written.
    const auto permissions = export_.containsSecret
            ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                    | QFileDevice::ReadOther;
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        result.error = tr("cannot set the permissions of \"%1\"").arg(path);
        return result;
    }
    file.write(export_.text.toUtf8());
    if (!file.commit()) {
        result.error = tr("cannot write \"%1\": %2").arg(path, file.errorString());
        return result;
    }
    if (export_.containsSecret)
        result.warnings << tr("\"%1\" contains a password in clear text; it was created readable "
                              "by you only (mode 0600). Delete it when it is no longer needed.")
                                   .arg(path);
    result.ok = true;
    return result;
}
