// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesListCommand.h"

#include "CliContext.h"
#include "profile/ProfileStore.h"
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// What `sslcm-cli profiles list --json` prints for each profile. Field names are stable and
// documented in the README; secrets are never part of a profile.
QJsonObject profileJson(const Profile &p)
{
    QJsonObject o = p.toJson();
    for (const QString &key : p.unknownFields.keys())
        o.remove(key);
    o.insert(QStringLiteral("pinnedSha256"), p.pinnedSha256Text());
    // Where the password comes from, always (the store leaves out the default): never a secret.
    QJsonObject source = p.passwordSource.toJson();
    for (const QString &key : p.passwordSource.unknownFields.keys())
        source.remove(key);
    o.insert(QString::fromLatin1(PasswordSource::fieldName), source);
    return o;
}

// "db.example.com:3306", or through a jump host "db.internal:3306 via deploy@bastion".
QString server(const Profile &p)
{
    if (p.ssh)
        //: %1 is the database's host:port as the SSH jump host sees it, %2 the jump host
        return QCoreApplication::translate("Cli", "%1 via %2")
                .arg(p.addressText(), p.ssh->destination());
    if (p.unknownFields.contains(QLatin1String(SshJump::fieldName)))
        //: %1 is the database's host:port; the profile's SSH jump host is from a newer sslcm
        return QCoreApplication::translate("Cli",
                                           "%1 via an SSH jump host this version cannot read")
                .arg(p.addressText());
    return p.host + QLatin1Char(':') + QString::number(p.port);
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

int ProfilesListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    m_cli.store();

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Profile &p : m_cli.store().profiles())
            array.append(profileJson(p));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (m_cli.store().count() == 0) {
        m_out << tr("No profiles. Add one with \"sslcm-cli profiles add --name NAME --host HOST\" "
                    "or in the sslcm window.")
              << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {
            {tr("NAME"), tr("SERVER"), tr("USER"), tr("SSL MODE"), tr("PASSWORD"), tr("ID")}};
    for (const Profile &p : m_cli.store().profiles())
        rows << QStringList {p.name,
                             server(p),
                             p.user,
                             SslModes::key(p.sslMode),
                             PasswordSource::key(p.passwordSource.kind),
                             p.id.toString(QUuid::WithoutBraces)};
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? pad(row.at(c), widths[c] + 2) : row.at(c);
        m_out << line << Qt::endl;
    }
    return Success;
}
