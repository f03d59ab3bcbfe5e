// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustCommand.h"

#include "CliContext.h"
#include "SshOptions.h"
#include "TerminalPrompt.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "mysql/ProfileConnection.h"
#include "mysql/ServerTrust.h"
#include "profile/ProfileStore.h"
#include "profile/ServerHost.h"
#include "ssh/SshKnownHosts.h"
#include "ssh/SshTunnel.h"
#include <QCommandLineParser>
#include <QDir>

namespace {

// Where OpenSSH keeps the host's public key of this type, for the administrator's side of the
// comparison.
QString hostKeyFile(const QString &keyType)
{
    QString kind = QStringLiteral("ed25519");
    if (keyType.startsWith(QLatin1String("ecdsa")))
        kind = QStringLiteral("ecdsa");
    else if (keyType.contains(QLatin1String("rsa")))
        kind = QStringLiteral("rsa");
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(kind);
}

} // namespace

int TrustCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption useCa(QStringLiteral("use-server-ca"));
    const QCommandLineOption pin(QStringLiteral("pin"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption sshHostKey(QStringLiteral("ssh-host-key"));
    const QCommandLineOption ssh(QStringLiteral("ssh"), QString(),
                                 QStringLiteral("USER@HOST:PORT"));
    const QCommandLineOption timeout(QStringLiteral("connect-timeout"), QString(),
                                     QStringLiteral("S"));
    for (const QCommandLineOption &o : {useCa, pin, yes, sshHostKey, ssh, timeout})
        parser.addOption(o);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(sshHostKey)) {
        if (parser.isSet(useCa) || parser.isSet(pin))
            return usage(tr("--ssh-host-key trusts the SSH jump host's key; it does not go with "
                            "--use-server-ca or --pin"));
        const qsizetype profiles = parser.positionalArguments().size();
        if (profiles > 1 || (profiles == 1) == parser.isSet(ssh))
            return usage(tr("\"trust --ssh-host-key\" takes one profile, or --ssh "
                            "[USER@]HOST[:PORT]"));
        if (profiles == 1) {
            if (parser.isSet(timeout))
                return usage(tr("--connect-timeout goes with --ssh; a profile has its own"));
            const std::optional<Profile> found
                    = m_cli.findProfile(parser.positionalArguments().first());
            if (!found)
                return Failure;
            if (!found->ssh)
                return fail(tr("profile \"%1\" does not connect through an SSH jump host")
                                    .arg(found->name));
            if (const QStringList problems = found->ssh->problems(); !problems.isEmpty())
                return fail(
                        tr("profile \"%1\": %2").arg(found->name, problems.join(QLatin1Char(' '))));
            return trustSshHostKey(*found->ssh, found->connectTimeoutSeconds, parser.isSet(yes));
        }
        const std::optional<SshJump> jump = SshOptions::resolve(parser.value(ssh), m_cli, false);
        if (!jump)
            return UsageError;
        if (const ServerHost host = ServerHost::parse(jump->host); !host.isValid())
            return usage(tr("--ssh: %1").arg(host.problem()));
        int seconds = Profile::defaultConnectTimeoutSeconds;
        if (parser.isSet(timeout)) {
            bool ok = false;
            seconds = parser.value(timeout).toInt(&ok);
            if (!ok || seconds < 1 || seconds > Profile::maxConnectTimeoutSeconds)
                return usage(tr("--connect-timeout must be a number of seconds"));
        }
        return trustSshHostKey(*jump, seconds, parser.isSet(yes));
    }
    for (const QCommandLineOption &o : {ssh, timeout}) {
        if (parser.isSet(o))
            return usage(tr("--%1 goes with --ssh-host-key").arg(o.names().first()));
    }
    if (parser.positionalArguments().size() != 1 || parser.isSet(useCa) == parser.isSet(pin))
        return usage(tr(
                "\"trust\" takes one profile and either --use-server-ca, --pin or --ssh-host-key"));
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

    if (const std::optional<QString> agent = SshOptions::missingAgent(profile))
        return fail(*agent);

    ConnectionSecrets secrets;
    if (profile.ssh) {
        const CliContext::Secrets stored = m_cli.storedSecrets(profile);
        secrets.sshPassword = stored.sshPassword;
        secrets.sshKeyPassphrase = stored.sshKeyPassphrase;
    }
    const ProfileConnection::Probed probed = m_cli.probe(profile, secrets);
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

int TrustCommand::trustSshHostKey(const SshJump &jump, int timeoutSeconds, bool yes)
{
    // Only far enough to see the key: nothing of a login is sent.
    const SshTunnel::HostKeyCheck check
            = SshTunnel::checkHostKey(jump, std::chrono::seconds(timeoutSeconds));
    const GatewaySession::Ssh &facts = check.facts;
    const QString destination
            = facts.destination.isEmpty() ? jump.destination() : facts.destination;
    const QString presented = QStringLiteral("%1 %2").arg(
            facts.hostKeyType, SshKnownHosts::fingerprint(facts.hostKeySha256));
    switch (check.failure) {
    case GatewaySession::Failure::None:
        m_out << tr("The host key of the SSH jump host %1 is already trusted: %2")
                         .arg(destination, presented)
              << Qt::endl;
        if (!facts.hostKeySource.isEmpty())
            //: %1 is a known_hosts file
            m_out << tr("  on record in %1").arg(QDir::toNativeSeparators(facts.hostKeySource))
                  << Qt::endl;
        return Success;
    case GatewaySession::Failure::SshHostKeyChanged: {
        // Never accepted, --yes or not: the key on record is the one the user trusted, and a
        // different one is what an attacker in the middle presents.
        const QString recorded = QStringLiteral("%1 %2").arg(
                facts.recordedKeyType, SshKnownHosts::fingerprint(facts.recordedKeySha256));
        const QString file = QDir::toNativeSeparators(facts.hostKeySource);
        const QString hostPattern = jump.port == SshJump::defaultPort
                ? jump.host
                : QStringLiteral("[%1]:%2").arg(jump.host).arg(jump.port);
        m_out << tr("The host key of the SSH jump host %1 has CHANGED.").arg(destination)
              << Qt::endl
              << tr("  on record: %1").arg(recorded) << Qt::endl;
        if (!file.isEmpty())
            m_out << tr("             in %1").arg(file) << Qt::endl;
        m_out << tr("  presented: %1").arg(presented) << Qt::endl;
        m_out.flush();
        return fail(
                tr("refused: a changed host key is never accepted, since someone may be "
                   "intercepting the connection. If the host's key was really replaced, "
                   "check the new fingerprint with its administrator, remove the old key "
                   "(ssh-keygen -R \"%1\" -f \"%2\") and run this again")
                        .arg(hostPattern, file.isEmpty() ? SshKnownHosts::sslcmListPath() : file));
    }
    case GatewaySession::Failure::SshHostKeyUnknown:
        break;
    default:
        return fail(
                tr("the host key of %1 could not be fetched: %2").arg(destination, check.detail));
    }

    m_out << tr("The SSH jump host %1 presents a host key that is not on record:").arg(destination)
          << Qt::endl
          << tr("  key type: %1").arg(facts.hostKeyType) << Qt::endl
          << tr("  SHA-256:  %1").arg(SshKnownHosts::fingerprint(facts.hostKeySha256)) << Qt::endl;
    m_out.flush();
    if (!yes) {
        if (!TerminalPrompt::available()) {
            m_out << tr("Compare the fingerprint with the one the host's administrator gives "
                        "you (on the host: ssh-keygen -lf %1), then run again with --yes to "
                        "trust it.")
                             .arg(hostKeyFile(facts.hostKeyType))
                  << Qt::endl;
            return Weaker;
        }
        if (!TerminalPrompt::confirm(m_err,
                                     tr("Compare it with the one the host's administrator gives "
                                        "you. Trust this key? [y/N] "))) {
            m_out << tr("Not trusted.") << Qt::endl;
            return Weaker;
        }
    }
    if (const QString error = SshKnownHosts::accept(jump.host, jump.port, facts.hostKeyLine);
        !error.isEmpty())
        return fail(tr("the host key could not be saved: %1").arg(error));
    m_out << tr("Trusted: the key of %1 was added to %2.")
                     .arg(destination, QDir::toNativeSeparators(SshKnownHosts::sslcmListPath()))
          << Qt::endl;
    return Success;
}
