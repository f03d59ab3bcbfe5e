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

#include <algorithm>

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

// `ssh -N -L ...` for the profile's jump host, quoted for a shell.
QString tunnelCommand(const Profile &p, quint16 localPort)
{
    return QStringLiteral("ssh ")
            + ShellWords::join(
                    ClientCommandLine::sshTunnelArguments(*p.ssh, p.host, p.port, localPort));
}

// For the formats that cannot carry the jump host: what a program using them must do.
void sshWarning(const Profile &p, ExportFormat format, QStringList &warnings)
{
    if (!p.ssh)
        return;
    //: %1 is the export format, %2 the database's host:port, %3 the SSH jump host
    warnings << ProfileExporter::tr("%1 cannot say that sslcm reaches %2 through the SSH jump "
                                    "host %3: the program connects to %2 directly. Run it where "
                                    "%2 is reachable, or through a tunnel (ssh -L, as in the "
                                    "mysql command line export) to its local end; the "
                                    "certificate is then checked against 127.0.0.1, not the "
                                    "database's name.")
                        .arg(ExportFormats::displayName(format), p.addressText(),
                             p.ssh->destination());
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
    const QString program = mysql ? QStringLiteral("mysql") : QStringLiteral("mariadb");
    ClientCommandLine::Connection connection
            = ClientCommandLine::Connection::fromProfile(p, password);
    QString text;
    if (p.ssh) {
        // The clients cannot go through SSH themselves: a tunnel from a local port first, and
        // the client connects to its local end.
        const quint16 local = ClientCommandLine::tunnelLocalPort(p.port);
        connection.host = QStringLiteral("127.0.0.1");
        connection.port = local;
        //: %1 is the profile name, %2 the database's host:port, %3 the SSH jump host
        text += ClientCommandLine::comment(
                        tr("sslcm profile “%1” reaches %2 through the SSH jump host %3.")
                                .arg(p.name, p.addressText(), p.ssh->destination()))
                + QLatin1Char('\n');
        text += ClientCommandLine::comment(tr("1. Open the tunnel and leave it running (Ctrl+C "
                                              "closes it):"))
                + QLatin1Char('\n');
        text += tunnelCommand(p, local) + QLatin1Char('\n');
        //: %1 is mysql or mariadb, %2 the database's host name
        QString check = tr("Through the tunnel, %1 checks the server's certificate against "
                           "127.0.0.1, not against %2.")
                                .arg(program, p.host);
        if (p.sslMode == SslMode::VerifyIdentity)
            //: %1 is the option that checks the name, %2 the database's host name
            check += QLatin1Char(' ')
                    + tr("%1 therefore fails unless the certificate names 127.0.0.1. What "
                         "works: %2, which checks the CA and not the name; or sslcm itself, "
                         "which checks %3 through the jump host.")
                              .arg(mysql ? QStringLiteral("--ssl-mode=VERIFY_IDENTITY")
                                         : QStringLiteral("--ssl-verify-server-cert"),
                                   mysql ? QStringLiteral("--ssl-mode=VERIFY_CA with --ssl-ca")
                                         : QStringLiteral("--ssl-ca without "
                                                          "--ssl-verify-server-cert"),
                                   p.host);
        else if (p.sslMode == SslMode::VerifyCa && !mysql)
            check += QLatin1Char(' ')
                    + tr("mariadb clients of MariaDB 11.4 and later check the name too by "
                         "default, and 127.0.0.1 fails unless the certificate names it.");
        text += ClientCommandLine::comment(tr("2. In another terminal, connect through it."))
                + QLatin1Char('\n');
        text += ClientCommandLine::comment(check) + QLatin1Char('\n');
        result.warnings << check;
        result.warnings << tr("ssh checks the jump host's key against ~/.ssh/known_hosts, not "
                              "against the keys accepted in sslcm.");
        if (p.ssh->auth == SshJump::Auth::Password)
            result.warnings << tr("ssh asks for the jump host's password itself.");
        //: %1 is a local port
        result.warnings << tr("Local port %1 is an example: any free port works, the same in "
                              "both commands.")
                                   .arg(local);
    }
    text += ClientCommandLine::shellCommand(program, connection,
                                            mysql ? ClientCommandLine::Client::Mysql
                                                  : ClientCommandLine::Client::Mariadb,
                                            &result.warnings)
            + QLatin1Char('\n');
    result.text = text;
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
    if (p.ssh) {
        const quint16 local = ClientCommandLine::tunnelLocalPort(p.port);
        const qsizetype at = lines.indexOf(QStringLiteral("[client]"));
        const QStringList tunnel {
                //: %1 is the database's host:port, %2 the SSH jump host
                ClientCommandLine::comment(
                        tr("sslcm reaches %1 through the SSH jump host %2, which an option file "
                           "cannot say. Open a tunnel first:")
                                .arg(p.addressText(), p.ssh->destination())),
                ClientCommandLine::comment(QStringLiteral("  ") + tunnelCommand(p, local)),
                //: %1 is a local port, %2 the database's host name
                ClientCommandLine::comment(
                        tr("then connect through it with --host=127.0.0.1 --port=%1 after "
                           "--defaults-file=FILE. The client then checks the certificate "
                           "against 127.0.0.1, not %2.")
                                .arg(QString::number(local), p.host))};
        for (int i = 0; i < tunnel.size(); ++i)
            lines.insert(at + i, tunnel.at(i));
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
    if (p.ssh)
        result.warnings << tr("The SSH jump host is not part of an option file: its comments "
                              "show the tunnel to open first, and that the client then checks "
                              "the certificate against 127.0.0.1.");
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
    if (format != ExportFormat::MysqlCommand && format != ExportFormat::MariadbCommand
        && format != ExportFormat::OptionFile) // they show the tunnel themselves
        sshWarning(p, format, result.warnings);
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
    if (std::any_of(profiles.cbegin(), profiles.cend(), [](const Profile &p) { return p.ssh; }))
        result.warnings << tr("SSH jump hosts are exported; the jump hosts' keys accepted in "
                              "sslcm, SSH passwords and key passphrases are not, and key files "
                              "are named by their path on this machine.");
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
