// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustCommand.h"

#include "CliContext.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "mysql/ProfileConnection.h"
#include "mysql/ServerTrust.h"
#include "profile/ProfileStore.h"
#include "profile/ServerHost.h"
#include <QCommandLineParser>
#include <QDir>

int TrustCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption useCa(QStringLiteral("use-server-ca"));
    const QCommandLineOption pin(QStringLiteral("pin"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    for (const QCommandLineOption &o : {useCa, pin, yes})
        parser.addOption(o);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1 || parser.isSet(useCa) == parser.isSet(pin))
        return usage(tr("\"trust\" takes one profile and either --use-server-ca or --pin"));
    if (!m_cli.store().isWritable())
        return fail(tr("the profile file cannot be changed"));
    const std::optional<Profile> found = m_cli.findProfile(parser.positionalArguments().first());
    if (!found)
        return Failure;
    Profile profile = *found;
    // Trusting on first use is how a Verify CA profile without a CA gets one; an address that
    // programs read differently is refused before anything is sent.
    if (const ServerHost host = ServerHost::parse(profile.host); !host.isValid())
        return fail(tr("profile \"%1\": %2").arg(profile.name, host.problem()));

    const ProfileConnection::Probed probed = ProfileConnection(profile).probe();
    if (!probed.error.isEmpty())
        return fail(probed.error);
    const GatewaySession &session = probed.session;
    if (!session.tlsUsed)
        return fail(tr("no TLS session with %1: %2").arg(profile.addressText(), session.detail));

    const std::optional<QByteArray> der = parser.isSet(useCa)
            ? ServerTrust::chainCaCertificate(session)
            : std::optional<QByteArray>(session.peerChain.value(0));
    if (!der || der->isEmpty())
        return fail(tr("the server presented no CA certificate to trust; pin its certificate "
                       "with --pin instead"));
    const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(*der);
    if (!cert)
        return fail(tr("the server's certificate could not be read"));
    m_out << (parser.isSet(useCa) ? tr("CA certificate presented by %1:")
                                  : tr("Server certificate presented by %1:"))
                     .arg(profile.addressText())
          << Qt::endl
          << tr("  subject: %1").arg(CertificateDisplay::name(cert->subject)) << Qt::endl
          << tr("  issuer:  %1").arg(CertificateDisplay::name(cert->issuer)) << Qt::endl
          << tr("  valid:   %1 to %2")
                     .arg(CertificateDisplay::dateTimeUtc(cert->notBefore),
                          CertificateDisplay::dateTimeUtc(cert->notAfter))
          << Qt::endl
          << QStringLiteral("  SHA-256: ") << CertificateDisplay::fingerprint(cert->sha256)
          << Qt::endl;
    if (!parser.isSet(yes)) {
        m_out << tr("Compare the fingerprint with one from the server's administrator or "
                    "provider, then run again with --yes to trust it.")
              << Qt::endl;
        return Weaker;
    }
    if (parser.isSet(useCa)) {
        const ServerTrust::Adopted adopted = ServerTrust::adoptCaCertificate(profile, *der);
        if (!adopted.ok)
            return fail(adopted.error);
        m_out << tr("Saved as %1; it is now the profile's CA file (mode %2).")
                         .arg(QDir::toNativeSeparators(adopted.caFile),
                              SslModes::key(profile.sslMode))
              << Qt::endl;
    } else {
        ServerTrust::pinServerCertificate(profile, session);
        m_out << tr("Pinned; a different certificate will be refused (mode %1).")
                         .arg(SslModes::key(profile.sslMode))
              << Qt::endl;
    }
    if (const StoreSaveResult saved = m_cli.store().update(profile); !saved)
        return fail(saved.error);
    return Success;
}
