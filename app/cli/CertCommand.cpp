// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCommand.h"

#include "CliContext.h"
#include "cert/CertificateChecks.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"
#include "cert/HostnameMatch.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString hex(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QString() : CertificateDisplay::fingerprint(bytes);
}

QJsonArray nameJson(const CertificateInfo::Name &name)
{
    QJsonArray array;
    for (const CertificateInfo::NameAttribute &a : name)
        array.append(QJsonObject {{QStringLiteral("name"), a.shortName},
                                  {QStringLiteral("oid"), a.oid},
                                  {QStringLiteral("value"), a.value},
                                  {QStringLiteral("rdn"), a.rdn}});
    return array;
}

// "valid", "expired", "not yet valid": stable keys for scripts.
QString statusKey(const CertificateInfo &c, const QDateTime &now)
{
    if (c.isExpiredAt(now))
        return QStringLiteral("expired");
    if (c.isNotYetValidAt(now))
        return QStringLiteral("not-yet-valid");
    return QStringLiteral("valid");
}

QString statusText(const CertificateInfo &c, const QDateTime &now)
{
    if (c.isExpiredAt(now))
        return CertCommand::tr("EXPIRED %1 ago")
                .arg(CertificateDisplay::duration(c.secondsLeft(now)));
    if (c.isNotYetValidAt(now))
        return CertCommand::tr("NOT YET VALID, starts in %1")
                .arg(CertificateDisplay::duration(now.secsTo(c.notBefore)));
    return CertCommand::tr("valid, %1 left").arg(CertificateDisplay::duration(c.secondsLeft(now)));
}

QJsonObject certificateJson(const CertificateInfo &c, const QDateTime &now)
{
    QJsonArray extensions;
    for (const CertificateInfo::Extension &e : c.extensions)
        extensions.append(QJsonObject {{QStringLiteral("oid"), e.oid},
                                       {QStringLiteral("name"), e.name},
                                       {QStringLiteral("critical"), e.critical},
                                       {QStringLiteral("value"), e.value}});
    QJsonObject basicConstraints;
    if (c.hasBasicConstraints) {
        basicConstraints.insert(QStringLiteral("ca"), c.isCa);
        if (c.pathLength >= 0)
            basicConstraints.insert(QStringLiteral("pathLength"), c.pathLength);
    }
    return QJsonObject {
            {QStringLiteral("subject"), c.subjectLine()},
            {QStringLiteral("subjectAttributes"), nameJson(c.subject)},
            {QStringLiteral("issuer"), c.issuerLine()},
            {QStringLiteral("issuerAttributes"), nameJson(c.issuer)},
            {QStringLiteral("serial"), c.serialHex},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
            {QStringLiteral("status"), statusKey(c, now)},
            {QStringLiteral("secondsLeft"), double(c.secondsLeft(now))},
            {QStringLiteral("signatureAlgorithm"), c.signatureAlgorithm},
            {QStringLiteral("publicKey"),
             QJsonObject {{QStringLiteral("algorithm"), c.publicKeyAlgorithm},
                          {QStringLiteral("bits"), c.publicKeyBits},
                          {QStringLiteral("curve"), c.publicKeyCurve},
                          {QStringLiteral("description"), c.keyDescription()}}},
            {QStringLiteral("sha256"), CertificateDisplay::fingerprint(c.sha256)},
            {QStringLiteral("sha1"), CertificateDisplay::fingerprint(c.sha1)},
            {QStringLiteral("dnsNames"), toJson(c.dnsNames)},
            {QStringLiteral("ipAddresses"), toJson(c.ipAddresses)},
            {QStringLiteral("emailAddresses"), toJson(c.emailAddresses)},
            {QStringLiteral("uris"), toJson(c.uris)},
            {QStringLiteral("keyUsage"), toJson(c.keyUsage)},
            {QStringLiteral("extendedKeyUsage"), toJson(c.extendedKeyUsage)},
            {QStringLiteral("basicConstraints"), basicConstraints},
            {QStringLiteral("subjectKeyId"), hex(c.subjectKeyId)},
            {QStringLiteral("authorityKeyId"), hex(c.authorityKeyId)},
            {QStringLiteral("crlDistributionPoints"), toJson(c.crlDistributionPoints)},
            {QStringLiteral("ocsp"), toJson(c.ocspUrls)},
            {QStringLiteral("caIssuers"), toJson(c.caIssuerUrls)},
            {QStringLiteral("selfSigned"), c.selfSigned},
            {QStringLiteral("extensions"), extensions},
            {QStringLiteral("pem"), c.pem()},
    };
}

void printList(QTextStream &out, const QString &label, const QStringList &values)
{
    if (!values.isEmpty())
        out << QStringLiteral("  %1 %2").arg(label.leftJustified(20),
                                             values.join(QStringLiteral(", ")))
            << Qt::endl;
}

void printCertificate(QTextStream &out, const CertificateInfo &c, const QDateTime &now)
{
    auto line = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("  %1 %2").arg(label.leftJustified(20), value) << Qt::endl;
    };
    line(CertCommand::tr("subject:"), c.subjectLine());
    line(CertCommand::tr("issuer:"), c.issuerLine());
    line(CertCommand::tr("serial:"), c.serialHex);
    line(CertCommand::tr("version:"), QString::number(c.version));
    line(CertCommand::tr("not before:"), CertificateDisplay::dateTimeUtc(c.notBefore));
    line(CertCommand::tr("not after:"), CertificateDisplay::dateTimeUtc(c.notAfter));
    line(CertCommand::tr("status:"), statusText(c, now));
    line(CertCommand::tr("public key:"), c.keyDescription());
    line(CertCommand::tr("signature:"), c.signatureAlgorithm);
    line(CertCommand::tr("SHA-256:"), CertificateDisplay::fingerprint(c.sha256));
    line(CertCommand::tr("SHA-1:"), CertificateDisplay::fingerprint(c.sha1));
    QStringList names;
    for (const QString &n : c.dnsNames)
        names << QStringLiteral("DNS:") + n;
    for (const QString &n : c.ipAddresses)
        names << QStringLiteral("IP:") + n;
    for (const QString &n : c.emailAddresses)
        names << QStringLiteral("email:") + n;
    for (const QString &n : c.uris)
        names << QStringLiteral("URI:") + n;
    printList(out, CertCommand::tr("alternative names:"), names);
    printList(out, CertCommand::tr("key usage:"), c.keyUsage);
    printList(out, CertCommand::tr("extended key usage:"), c.extendedKeyUsage);
    if (c.hasBasicConstraints)
        line(CertCommand::tr("CA:"),
             c.isCa ? (c.pathLength >= 0 ? CertCommand::tr("yes, path length %1").arg(c.pathLength)
                                         : CertCommand::tr("yes"))
                    : CertCommand::tr("no"));
    if (!c.subjectKeyId.isEmpty())
        line(CertCommand::tr("subject key id:"), hex(c.subjectKeyId));
    if (!c.authorityKeyId.isEmpty())
        line(CertCommand::tr("authority key id:"), hex(c.authorityKeyId));
    printList(out, CertCommand::tr("CRL:"), c.crlDistributionPoints);
    printList(out, CertCommand::tr("OCSP:"), c.ocspUrls);
    printList(out, CertCommand::tr("CA issuers:"), c.caIssuerUrls);
    line(CertCommand::tr("self-signed:"),
         c.selfSigned ? CertCommand::tr("yes") : CertCommand::tr("no"));
}

} // namespace

QString CertCommand::help()
{
    return tr("  cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]\n"
              "                            show every certificate in FILE (PEM, DER, PKCS#7);\n"
              "                            check the host name and the chain to a CA at DATE\n"
              "                            (ISO 8601, default now); exit 1 if something is "
              "wrong\n");
}

int CertCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption ca(QStringLiteral("ca"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption capath(QStringLiteral("capath"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("DATE"));
    parser.addOptions({json, host, ca, capath, at});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    // QCommandLineParser takes the first argument ("cert") as the program name.
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(tr("\"cert\" needs a FILE"));
    if (files.size() > 1)
        return usage(tr("unexpected argument \"%1\"").arg(files.at(1)));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        now = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!now.isValid())
            return usage(tr("--at needs an ISO 8601 date such as 2031-05-04 or "
                            "2031-05-04T12:00:00Z"));
        now = now.toUTC();
    }

    const QString file = files.first();
    const CertificateLoadResult loaded = CertificateLoader::loadFile(file);
    if (!loaded.ok())
        return fail(file + QStringLiteral(": ") + loaded.message);
    const QList<CertificateInfo> &certs = loaded.certificates;
    QStringList problems = loaded.warnings;
    for (const CertificateInfo &c : certs) {
        const CheckResult valid = CertificateChecks::isValidAt(c, now);
        if (!valid)
            problems << valid.message;
    }

    QJsonObject hostJson;
    QString hostLine;
    const QList<CertificateInfo> ordered = CertificateChecks::orderChain(certs);
    if (parser.isSet(host)) {
        const HostnameMatch match = HostnameMatch::check(ordered.first(), parser.value(host));
        hostJson = QJsonObject {{QStringLiteral("name"), parser.value(host)},
                                {QStringLiteral("matches"), match.matches},
                                {QStringLiteral("matchedBy"), match.matchedName},
                                {QStringLiteral("message"), match.message}};
        if (match.matches) {
            hostLine = tr("host %1: matches %2").arg(parser.value(host), match.matchedName);
        } else {
            hostLine = tr("host %1: DOES NOT MATCH. %2").arg(parser.value(host), match.message);
            problems << match.message;
        }
    }
    QJsonObject chainJson;
    QString chainLine;
    if (parser.isSet(ca) || parser.isSet(capath)) {
        const ChainVerification v
                = ChainVerifier::verify(ordered, parser.value(ca), parser.value(capath), now);
        QJsonArray problemArray;
        for (const ChainVerification::Problem &p : v.problems)
            problemArray.append(QJsonObject {{QStringLiteral("depth"), p.depth},
                                             {QStringLiteral("code"), p.code},
                                             {QStringLiteral("reason"), p.reason},
                                             {QStringLiteral("subject"), p.subject}});
        QJsonArray chainArray;
        for (const CertificateInfo &c : v.chain)
            chainArray.append(c.subjectLine());
        chainJson = QJsonObject {{QStringLiteral("verified"), v.verified},
                                 {QStringLiteral("message"), v.message},
                                 {QStringLiteral("problems"), problemArray},
                                 {QStringLiteral("chain"), chainArray}};
        const QString trust = parser.isSet(ca) ? parser.value(ca) : parser.value(capath);
        if (v.verified) {
            chainLine = tr("chain: verified against %1 (%n certificate(s))", nullptr,
                           int(v.chain.size()))
                                .arg(trust);
        } else {
            chainLine = tr("chain: DOES NOT VERIFY against %1. %2").arg(trust, v.message);
            problems << v.message;
        }
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CertificateInfo &c : certs)
            array.append(certificateJson(c, now));
        QJsonObject root {{QStringLiteral("file"), file},
                          {QStringLiteral("checkedAt"), now.toString(Qt::ISODate)},
                          {QStringLiteral("certificates"), array},
                          {QStringLiteral("problems"), toJson(problems)}};
        if (!hostJson.isEmpty())
            root.insert(QStringLiteral("host"), hostJson);
        if (!chainJson.isEmpty())
            root.insert(QStringLiteral("verification"), chainJson);
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        m_out.flush();
        return problems.isEmpty() ? Success : Weaker;
    }

    for (qsizetype i = 0; i < certs.size(); ++i) {
        m_out << tr("Certificate %1 of %2").arg(i + 1).arg(certs.size()) << Qt::endl;
        printCertificate(m_out, certs.at(i), now);
        m_out << Qt::endl;
    }
    if (!hostLine.isEmpty())
        m_out << hostLine << Qt::endl;
    if (!chainLine.isEmpty())
        m_out << chainLine << Qt::endl;
    for (const QString &p : std::as_const(problems))
        m_cli.note(p);
    m_out.flush();
    return problems.isEmpty() ? Success : Weaker;
}
