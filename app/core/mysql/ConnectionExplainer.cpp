// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionExplainer.h"

#include "accounts/ServerDialect.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "interop/ShellWords.h"
#include "profile/ServerHost.h"
#include "ssh/SshKnownHosts.h"

#include <QDir>

#include <openssl/x509_vfy.h>

using Explanation = ConnectionReport::Explanation;
using Failure = GatewaySession::Failure;
using Verdict = ConnectionReport::Verdict;

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

// The names a certificate covers, as a person reads them: SAN DNS names and IP addresses, or the
// common name when there are none.
QStringList coveredNames(const CertificateInfo &cert)
{
    QStringList names = cert.dnsNames + cert.ipAddresses;
    if (names.isEmpty()) {
        const QString cn = cert.subjectValue(QStringLiteral("CN"));
        if (!cn.isEmpty())
            names << cn;
    }
    return names;
}

std::optional<CertificateInfo> chainCertificate(const ConnectionReport &r, int depth)
{
    if (depth < 0 || depth >= r.gateway.peerChain.size())
        return std::nullopt;
    return CertificateLoader::fromDer(r.gateway.peerChain.at(depth));
}

QString caFileSubjects(const Profile &p)
{
    if (p.caFile.isEmpty())
        return {};
    const CertificateLoadResult loaded = CertificateLoader::loadFile(p.caFile);
    QStringList subjects;
    for (const CertificateInfo &c : loaded.certificates) {
        subjects << quoted(c.displayName());
        if (subjects.size() == 3) {
            if (loaded.certificates.size() > 3)
                subjects << ConnectionExplainer::tr("and %n more", nullptr,
                                                    int(loaded.certificates.size()) - 3);
            break;
        }
    }
    return subjects.join(QStringLiteral(", "));
}

QString where(const ConnectionReport &r)
{
    return r.host + QLatin1Char(':') + QString::number(r.port);
}

QString trustOnFirstUseStep(const ConnectionReport &r)
{
    return ConnectionExplainer::
            tr("If you trust this server (check with its administrator or provider), use the CA "
               "certificate of the chain it presented as this profile's CA file, or pin the "
               "server certificate's SHA-256 fingerprint %1.")
                    .arg(CertificateDisplay::fingerprint(r.gateway.peerSha256));
}

Explanation explainCertificate(const ConnectionReport &r, const Profile &p, const QDateTime &now)
{
    Explanation e;
    const GatewaySession &s = r.gateway;
    const int depth = qMax(0, s.verifyErrorDepth);
    const std::optional<CertificateInfo> cert = chainCertificate(r, depth);
    const std::optional<CertificateInfo> leaf = chainCertificate(r, 0);
    const QString whose = depth == 0
            ? ConnectionExplainer::tr("The server's certificate")
            : ConnectionExplainer::tr("A CA certificate in the server's chain");
    switch (s.verifyResult) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        e.summary = ConnectionExplainer::tr(
                            "%1 has expired; sslcm stopped before sending your password.")
                            .arg(whose);
        if (cert)
            e.cause = ConnectionExplainer::tr("%1 (%2) was valid until %3, %4 ago.")
                              .arg(whose, quoted(cert->displayName()),
                                   CertificateDisplay::dateTimeUtc(cert->notAfter),
                                   CertificateDisplay::duration(cert->notAfter.secsTo(now)));
        e.nextSteps << ConnectionExplainer::tr(
                "Ask the server's administrator or provider to renew the "
                "certificate.")
                    << ConnectionExplainer::tr("Check this computer's clock: it says %1.")
                               .arg(CertificateDisplay::dateTimeUtc(now));
        return e;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        e.summary = ConnectionExplainer::tr(
                            "%1 is not valid yet; sslcm stopped before sending your password.")
                            .arg(whose);
        if (cert)
            e.cause = ConnectionExplainer::tr("%1 (%2) is valid from %3, %4 from now.")
                              .arg(whose, quoted(cert->displayName()),
                                   CertificateDisplay::dateTimeUtc(cert->notBefore),
                                   CertificateDisplay::duration(now.secsTo(cert->notBefore)));
        e.nextSteps
                << ConnectionExplainer::tr("Check this computer's clock: it says %1.")
                           .arg(CertificateDisplay::dateTimeUtc(now))
                << ConnectionExplainer::tr(
                           "If the clock is right, the server uses a certificate issued for the "
                           "future; ask its administrator to install the current one.");
        return e;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: {
        e.summary = !p.caFile.isEmpty() || !p.caDirectory.isEmpty()
                ? ConnectionExplainer::tr("The server's certificate does not lead to the CA you "
                                          "chose; sslcm stopped before sending your password.")
                : ConnectionExplainer::tr("The server's certificate does not lead to a CA this "
                                          "system trusts; sslcm stopped before sending your "
                                          "password.");
        const std::optional<CertificateInfo> top = chainCertificate(r, int(s.peerChain.size()) - 1);
        const QString names = top ? quoted(CertificateDisplay::name(top->issuer)) : QString();
        const QString ca = caFileSubjects(p);
        if (!p.caFile.isEmpty() && !ca.isEmpty())
            e.cause = ConnectionExplainer::tr("The server's chain names the issuer %1, but your CA "
                                              "file %2 holds %3.")
                              .arg(names, QDir::toNativeSeparators(p.caFile), ca);
        else if (!p.caFile.isEmpty() || !p.caDirectory.isEmpty())
            e.cause = ConnectionExplainer::tr("The server's chain names the issuer %1, which is "
                                              "not in your CA file "
                                              "or folder.")
                              .arg(names);
        else
            e.cause = ConnectionExplainer::tr(
                              "The server's chain names the issuer %1, which is not among this "
                              "system's trusted CAs.")
                              .arg(names);
        if (s.verifyResult == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
            e.cause += QLatin1Char(' ')
                    + ConnectionExplainer::tr("The server presents a self-signed certificate: no "
                                              "CA vouches for it.");
        e.nextSteps << ConnectionExplainer::tr(
                "Download the CA certificate your provider publishes for this "
                "server and choose it as the CA file.")
                    << trustOnFirstUseStep(r);
        return e;
    }
    default:
        e.summary = ConnectionExplainer::tr(
                "The server's certificate could not be verified; sslcm stopped before "
                "sending your password.");
        e.cause = ConnectionExplainer::tr("OpenSSL says: %1 (certificate %2 in the chain).")
                          .arg(s.verifyMessage.isEmpty() ? s.detail : s.verifyMessage)
                          .arg(depth);
        e.nextSteps << trustOnFirstUseStep(r);
        Q_UNUSED(leaf);
        return e;
    }
}

Explanation explainLogin(const ConnectionReport &r, const Profile &p)
{
    Explanation e;
    const GatewaySession &s = r.gateway;
    const int code = s.serverErrorCode ? s.serverErrorCode : r.loginErrorCode;
    const QString message = s.serverError.isEmpty() ? r.loginError : s.serverError;
    if (code == 1045) {
        e.summary = ConnectionExplainer::tr("The server refused the login for %1.")
                            .arg(quoted(p.user));
        const std::optional<AccountRequirement> &account = r.account;
        const QString clause = account ? account->displayClause() : QString();
        const std::optional<ServerDialect> dialect = ServerDialect::fromVersion(
                s.greeting ? s.greeting->serverVersion : r.serverVersion);
        const bool needsCertificate = account
                && (dialect ? account->needsClientCertificate(*dialect)
                            : account->needsClientCertificate());
        // REQUIRE CIPHER alone: no certificate to match (MariaDB asks for none), only the cipher.
        const bool cipherOnly = account && account->type == AccountRequirement::Type::Specified
                && account->issuer.isEmpty() && account->subject.isEmpty();
        if (!s.tlsUsed) {
            // A login in plain text: no TLS fact to speak of, and any TLS requirement unmet.
            const QString plain = p.sslMode == SslMode::Disabled
                    ? ConnectionExplainer::tr("This login went in plain text: TLS is disabled "
                                              "for this profile.")
                    : ConnectionExplainer::tr("This login went in plain text: the server did not "
                                              "offer TLS.");
            const bool requiresTls = account && account->type != AccountRequirement::Type::None;
            QString why;
            if (requiresTls)
                why = ConnectionExplainer::tr("The account requires TLS (%1), which a plain-text "
                                              "login cannot meet.")
                              .arg(clause);
            else if (account)
                why = ConnectionExplainer::tr("The account requires no TLS, so the password (or "
                                              "the user name, or the host the account allows) "
                                              "is wrong.");
            else
                why = ConnectionExplainer::tr(
                        "Either the password or the user name is wrong, or the account requires "
                        "TLS (REQUIRE SSL or stronger), which a plain-text login cannot meet: "
                        "servers answer both with the same error, 1045.");
            e.cause = plain + QLatin1Char(' ') + why;
            if (!requiresTls)
                e.nextSteps << ConnectionExplainer::tr("Check the password and the user name.");
            e.nextSteps << (p.sslMode == SslMode::Disabled
                                    ? ConnectionExplainer::tr(
                                            "Choose “Verify CA and host name”: your password "
                                            "should not cross the network in plain text.")
                                    : ConnectionExplainer::tr(
                                            "Enable TLS on the server (ssl_cert and ssl_key in "
                                            "its configuration), then choose “Verify CA and "
                                            "host name”."));
            return e;
        }
        if (needsCertificate && !s.clientCertificateSent) {
            e.cause = ConnectionExplainer::tr(
                              "The account requires a client certificate (%1), and this profile "
                              "sends none.")
                              .arg(clause);
            e.nextSteps << ConnectionExplainer::tr(
                    "Choose the client certificate and key issued for this "
                    "account in the profile's security settings.");
        } else if (cipherOnly && !s.cipher.isEmpty() && s.cipher != account->cipher) {
            e.cause = ConnectionExplainer::tr(
                              "The account requires the cipher %1 (%2), and this connection "
                              "used %3.")
                              .arg(account->cipher, clause, s.cipher);
            e.nextSteps
                    << ConnectionExplainer::tr(
                               "Ask the administrator to drop the CIPHER requirement, or set the "
                               "profile's "
                               "cipher list and TLS versions so that the connection negotiates %1.")
                               .arg(account->cipher);
        } else if (account && !cipherOnly && account->type == AccountRequirement::Type::Specified) {
            e.cause = ConnectionExplainer::tr(
                              "The account accepts only a particular certificate (%1); the one "
                              "sent may not match, or the password is wrong.")
                              .arg(clause);
            e.nextSteps << ConnectionExplainer::tr(
                    "Check that the client certificate's subject and issuer are "
                    "exactly those in the requirement.")
                        << ConnectionExplainer::tr("Check the password.");
        } else if (account) {
            e.cause = ConnectionExplainer::tr(
                              "TLS was fine and the account's requirement (%1) is met, so the "
                              "password (or the user name, or the host the account allows) is "
                              "wrong.")
                              .arg(clause);
            e.nextSteps << ConnectionExplainer::tr("Check the password and the user name.")
                        << ConnectionExplainer::tr(
                                   "Check that the account allows connections from this "
                                   "computer's address (the host part of 'user'@'host').");
        } else {
            e.cause = s.clientCertificateSent
                    ? ConnectionExplainer::tr(
                            "TLS and the client certificate were accepted. Either the password "
                            "is wrong, or the account requires a different certificate (REQUIRE "
                            "SUBJECT/ISSUER): servers answer both with the same error.")
                    : ConnectionExplainer::tr(
                            "TLS was fine. Either the password is wrong, or the account "
                            "requires a client certificate (REQUIRE X509, SUBJECT or ISSUER): "
                            "servers answer both with the same error, 1045.");
            e.nextSteps << ConnectionExplainer::tr("Check the password and the user name.");
            if (!s.clientCertificateSent)
                e.nextSteps << ConnectionExplainer::tr(
                        "Ask the administrator whether the account requires a "
                        "client certificate; if so, add it to the profile.");
            e.nextSteps << ConnectionExplainer::tr(
                    "Check that the account allows connections from this computer's "
                    "address.");
        }
        return e;
    }
    if (code == 1049) {
        e.summary = ConnectionExplainer::tr("The database %1 does not exist on the server.")
                            .arg(quoted(p.database));
        e.nextSteps << ConnectionExplainer::tr(
                "Check the default database's name, or leave it empty.");
        return e;
    }
    if (code == 1044) {
        e.summary = ConnectionExplainer::tr("The account may not use the database %1.")
                            .arg(quoted(p.database));
        e.nextSteps << ConnectionExplainer::tr(
                "Ask the administrator for privileges on it, or choose another "
                "default database.");
        return e;
    }
    if (s.tlsUsed && s.authenticationMs < 0 && s.serverError.isEmpty()) {
        // The server hung up after TLS, during authentication.
        if (s.clientCertificateSent) {
            e.summary = ConnectionExplainer::tr(
                    "The server closed the connection right after the TLS handshake: "
                    "it rejected the client certificate.");
            e.cause = ConnectionExplainer::tr(
                    "This happens when the client certificate was not issued by a CA the "
                    "server trusts (the server's ssl_ca), or has expired.");
            if (!s.detail.isEmpty())
                e.cause += QLatin1Char(' ')
                        + ConnectionExplainer::tr("The server said: %1.").arg(s.detail);
            e.nextSteps << ConnectionExplainer::tr(
                    "Use the client certificate issued by the server's CA, or ask "
                    "the administrator which CA the server trusts.");
        } else {
            e.summary
                    = ConnectionExplainer::tr("The server closed the connection during the login.");
            e.cause = message;
            e.nextSteps << ConnectionExplainer::tr(
                    "Look at the server's error log for the reason.");
        }
        return e;
    }
    e.summary = ConnectionExplainer::tr("The login failed: %1 (error %2).").arg(message).arg(code);
    return e;
}

// The password source made no password: nothing was sent anywhere.
Explanation explainSignIn(const ConnectionReport &r, const Profile &p)
{
    Explanation e;
    const PasswordSource &source = p.passwordSource;
    if (r.signIn == SignInSecret::Outcome::Refused) {
        e.summary = ConnectionExplainer::tr("sslcm did not make the sign-in token: nothing was "
                                            "sent to %1.")
                            .arg(where(r));
        e.cause = r.signInProblem;
        e.nextSteps << ConnectionExplainer::tr("Edit the connection: choose “%1” and the "
                                               "provider's CA certificate.")
                               .arg(SslModes::displayName(SslMode::VerifyIdentity));
        return e;
    }
    e.summary = source.kind == PasswordSource::Kind::AwsIam
            ? ConnectionExplainer::tr("The AWS RDS IAM sign-in token could not be made: nothing "
                                      "was sent to %1.")
                      .arg(where(r))
            : ConnectionExplainer::tr("The password command failed: nothing was sent to %1.")
                      .arg(where(r));
    e.cause = r.signInProblem;
    if (!r.signInErrorOutput.isEmpty())
        //: %1 is what the password command printed on its standard error
        e.cause += QLatin1Char(' ')
                + ConnectionExplainer::tr("It said: %1").arg(r.signInErrorOutput);
    if (source.kind == PasswordSource::Kind::AwsIam) {
        e.nextSteps << ConnectionExplainer::tr("Check the AWS credentials sslcm finds: "
                                               "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                                               "the profile in ~/.aws/credentials and "
                                               "~/.aws/config (“aws sts get-caller-identity” "
                                               "uses the same).")
                    << ConnectionExplainer::tr("For AWS SSO or a role to assume, add "
                                               "“credential_process = aws configure "
                                               "export-credentials --profile NAME --format "
                                               "process” to the profile in ~/.aws/config: sslcm "
                                               "itself makes no network call to AWS.");
    } else {
        e.nextSteps << ConnectionExplainer::tr("Run the command in a terminal: %1")
                               .arg(ShellWords::join(source.expandedCommand(p)))
                    << ConnectionExplainer::tr("If it needs a sign-in first (az login, gcloud "
                                               "auth login, unlocking a password manager), do "
                                               "that and test again.");
    }
    return e;
}

// Reaching the jump host, its host key, the login there, and the channel to the database.
Explanation explainSsh(const ConnectionReport &r, const Profile &p, const QString &timeout)
{
    Explanation e;
    const GatewaySession &s = r.gateway;
    const QString bastion = quoted(s.ssh.destination.isEmpty() && p.ssh ? p.ssh->destination()
                                                                        : s.ssh.destination);
    const QString database = quoted(where(r));
    const QString presented = SshKnownHosts::fingerprint(s.ssh.hostKeySha256);
    switch (s.failure) {
    case Failure::SshConnectFailed:
        e.summary = ConnectionExplainer::tr("sslcm could not reach the SSH jump host %1: %2.")
                            .arg(bastion, s.detail);
        e.cause = ConnectionExplainer::tr("Nothing was sent to the jump host or the database.");
        e.nextSteps << ConnectionExplainer::tr(
                "Check the jump host's name and SSH port (usually 22).")
                    << ConnectionExplainer::tr(
                               "If it is only reachable through a VPN, connect to that first.");
        break;
    case Failure::SshTimeout:
        e.summary = ConnectionExplainer::tr("The SSH jump host %1 stopped answering (waited %2).")
                            .arg(bastion, timeout);
        e.cause = ConnectionExplainer::tr(
                "A firewall may drop the connection, or the jump host is overloaded.");
        e.nextSteps << ConnectionExplainer::tr(
                "Check that this computer may connect to the jump host's SSH port.")
                    << ConnectionExplainer::tr(
                               "Try again; if it repeats, raise the connect timeout.");
        break;
    case Failure::SshHostKeyUnknown:
        e.summary = ConnectionExplainer::tr(
                            "sslcm does not know the SSH jump host %1 yet and stopped before "
                            "logging in.")
                            .arg(bastion);
        //: %1 is the key type (ssh-ed25519), %2 its SHA256 fingerprint
        e.cause = ConnectionExplainer::tr(
                          "It presented a %1 key with the fingerprint %2. That key is neither in "
                          "your known_hosts nor on sslcm's own list.")
                          .arg(s.ssh.hostKeyType, presented);
        e.nextSteps << ConnectionExplainer::tr(
                "Compare the fingerprint with the one the jump host's "
                "administrator gives you (ssh-keygen -lf "
                "/etc/ssh/ssh_host_ed25519_key.pub on the jump host).")
                    << ConnectionExplainer::tr(
                               "If it matches, accept the key: Trust Host Key in sslcm, or "
                               "sslcm-cli trust PROFILE --ssh-host-key.");
        break;
    case Failure::SshHostKeyChanged:
        e.summary = ConnectionExplainer::tr(
                            "The SSH jump host %1 presented a different host key than the one on "
                            "record; sslcm refused and logged nothing in.")
                            .arg(bastion);
        //: %1 and %3 are key types, %2 and %4 SHA256 fingerprints, %5 the file that holds the key
        e.cause = ConnectionExplainer::tr(
                          "On record: %1 %2 (in %5)\nPresented: %3 %4\nSomeone may be "
                          "intercepting the connection, or the jump host was reinstalled.")
                          .arg(s.ssh.recordedKeyType,
                               SshKnownHosts::fingerprint(s.ssh.recordedKeySha256),
                               s.ssh.hostKeyType, presented, s.ssh.hostKeySource);
        e.nextSteps << ConnectionExplainer::tr(
                "Ask the jump host's administrator whether its host key changed.")
                    << ConnectionExplainer::tr(
                               "Only once confirmed: remove the old key from that file "
                               "(ssh-keygen -R HOST -f FILE) and test again to accept the new "
                               "one.");
        break;
    case Failure::SshAuthFailed:
        e.summary = ConnectionExplainer::tr("The SSH jump host %1 refused the login.").arg(bastion);
        e.cause = s.detail;
        e.nextSteps << ConnectionExplainer::tr("Check the SSH user name.")
                    << ConnectionExplainer::tr(
                               "Check that the key or password is the one the jump host accepts "
                               "for that user (authorized_keys).");
        break;
    case Failure::SshAgentNoKey:
        e.summary = ConnectionExplainer::tr(
                            "The SSH agent offered no key that the jump host %1 accepts.")
                            .arg(bastion);
        e.cause = s.detail;
        e.nextSteps << ConnectionExplainer::tr(
                "Add your key to the agent (ssh-add), or choose the key file in "
                "the profile.");
        break;
    case Failure::SshKeyUnusable:
        e.summary = s.ssh.keyNeedsPassphrase
                ? ConnectionExplainer::tr("The SSH key file needs its passphrase.")
                : ConnectionExplainer::tr("The SSH key file cannot be used: %1.").arg(s.detail);
        e.cause = p.ssh ? p.ssh->keyFile : QString();
        e.nextSteps << (s.ssh.keyNeedsPassphrase
                                ? ConnectionExplainer::tr(
                                        "Enter the key's passphrase when asked; sslcm keeps it "
                                        "in the keychain.")
                                : ConnectionExplainer::tr(
                                        "Choose an OpenSSH, PEM or PKCS#8 private key file."));
        break;
    case Failure::TunnelRefused:
        e.summary
                = ConnectionExplainer::tr("The SSH jump host %1 does not allow a connection to %2.")
                          .arg(bastion, database);
        e.cause = s.detail;
        e.nextSteps << ConnectionExplainer::tr(
                "Ask the jump host's administrator to allow TCP forwarding to the "
                "database (AllowTcpForwarding, PermitOpen).");
        break;
    case Failure::TunnelConnectFailed:
        e.summary = ConnectionExplainer::tr(
                            "The SSH jump host %1 could not reach the database at %2.")
                            .arg(bastion, database);
        e.cause = s.detail;
        e.nextSteps << ConnectionExplainer::tr(
                "The database's host and port are as the jump host sees them: "
                "check them (the private name or address, not the public one).")
                    << ConnectionExplainer::tr(
                               "Check that the database accepts connections from the jump host.");
        break;
    default:
        break;
    }
    return e;
}

} // namespace

Explanation ConnectionExplainer::explain(const ConnectionReport &r, const Profile &p,
                                         const QDateTime &now)
{
    Explanation e;
    const GatewaySession &s = r.gateway;
    const QString timeout = tr("%n second(s)", nullptr, p.connectTimeoutSeconds);
    const bool localhost = p.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    const QString localhostNote
            = tr("Note: the mysql command line treats “localhost” as the Unix socket, which never "
                 "uses TLS; sslcm always connects over TCP. To test TLS with mysql, use "
                 "--host=127.0.0.1.");

    switch (r.verdict) {
    case Verdict::SecureVerified:
        e.summary = tr("The connection is encrypted and the server proved its identity.");
        if (r.account && r.account->type == AccountRequirement::Type::None)
            e.nextSteps << tr("The account %1 can still log in without TLS from other clients: "
                              "lock it to TLS with ALTER USER … REQUIRE SSL (Account TLS "
                              "requirements).")
                                   .arg(r.currentUser);
        if (!r.tlsFactsAgree)
            e.nextSteps << tr("The server's view of the session differs from what sslcm saw; "
                              "see Session checks.");
        return e;
    case Verdict::EncryptedUnverified:
        e.summary = tr("The connection is encrypted, but the server's identity was not checked.");
        e.cause = tr("With the mode %1 anyone able to intercept the connection could pose as the "
                     "server and read your password.")
                          .arg(SslModes::key(p.sslMode));
        e.nextSteps << tr("Choose the CA certificate of the server's provider and the mode "
                          "“Verify CA and host name”.")
                    << trustOnFirstUseStep(r);
        return e;
    case Verdict::Plaintext:
        if (p.sslMode == SslMode::Disabled) {
            e.summary = tr("TLS is disabled for this profile: the password and all data crossed "
                           "the network in plain text.");
            e.nextSteps << tr("Choose “Verify CA and host name” unless this network is entirely "
                              "under your control.");
        } else {
            e.summary = tr("The server at %1 does not offer TLS, so sslcm connected in plain "
                           "text (the mode is Preferred).")
                                .arg(where(r));
            e.cause = tr("The password and all data crossed the network unencrypted. An attacker "
                         "can also make a TLS server look like this one.");
            e.nextSteps << tr("Enable TLS on the server (ssl_cert and ssl_key in its "
                              "configuration).")
                        << tr("Then choose “Verify CA and host name”, so a missing TLS is "
                              "refused instead of accepted.");
        }
        return e;
    case Verdict::Cancelled:
        e.summary = ConnectionReport::verdictText(Verdict::Cancelled);
        return e;
    case Verdict::Failed:
        break;
    }

    if (r.stage(TestStage::Id::SignIn).status == TestStage::Status::Failed)
        return explainSignIn(r, p);

    switch (s.failure) {
    case Failure::None:
        return explainLogin(r, p);
    case Failure::NetworkError:
        if (r.stages.value(0).status == TestStage::Status::Failed) {
            e.summary = tr("sslcm cannot find a server called %1.").arg(quoted(p.host));
            e.cause = s.detail;
            e.nextSteps << tr("Check the spelling of the host name.")
                        << tr("If the server is only reachable through a VPN or a private "
                              "network, connect to it first.");
        } else {
            e.summary = tr("The network connection to %1 failed: %2.").arg(where(r), s.detail);
            e.nextSteps << tr("Check the host, the port and the network.");
        }
        return e;
    case Failure::ConnectRefused:
        e.summary = tr("Nothing accepts connections on %1.").arg(where(r));
        e.cause = tr("The server is not running, listens on another port, or accepts only local "
                     "connections (bind-address, skip-networking).");
        e.nextSteps << tr("Check the port: MySQL and MariaDB use 3306 unless configured "
                          "otherwise; your provider's console shows the right one.")
                    << tr("Check that the server listens on the network, not only on its Unix "
                          "socket.");
        if (localhost)
            e.nextSteps << localhostNote;
        return e;
    case Failure::ConnectTimeout:
        e.summary = tr("%1 did not answer within %2.").arg(where(r), timeout);
        e.cause = tr("A firewall or a cloud security group probably drops the connection, or the "
                     "address is wrong.");
        e.nextSteps << tr("Check that your provider's firewall or allow-list admits this "
                          "computer's public address.")
                    << tr("Check the host name and the port.");
        return e;
    case Failure::GreetingTimeout:
        e.summary = tr("Connected to %1, but no MySQL greeting came within %2.")
                            .arg(where(r), timeout);
        e.cause = tr("Whatever listens on that port is not a MySQL or MariaDB server, or the "
                     "server is overloaded.");
        e.nextSteps << tr("Check the port number.");
        return e;
    case Failure::GreetingMalformed:
        e.summary = tr("What answers on %1 does not speak the MySQL protocol correctly.")
                            .arg(where(r));
        e.cause = s.detail;
        e.nextSteps << tr("Check the port number: it may belong to another service.");
        return e;
    case Failure::ServerError:
        e.summary = tr("The server refused the connection before the login: %1 (error %2).")
                            .arg(s.serverError)
                            .arg(s.serverErrorCode);
        if (s.serverErrorCode == 1130)
            e.nextSteps << tr("The server does not allow connections from this computer's "
                              "address; ask the administrator to create the account for it.");
        else if (s.serverErrorCode == 1040)
            e.nextSteps << tr("The server has too many connections; try again later.");
        else if (s.serverErrorCode == 1129)
            e.nextSteps << tr("The server blocked this computer after failed connections; the "
                              "administrator can unblock it with FLUSH HOSTS.");
        return e;
    case Failure::ServerOffersNoTls:
        e.summary = tr("The server at %1 does not offer TLS. sslcm stopped before sending your "
                       "user name or password.")
                            .arg(where(r));
        e.cause = tr("Either TLS is not configured on the server, or something between you and "
                     "the server removes it (a proxy, or an attacker).");
        e.nextSteps << tr("Enable TLS on the server: ssl_cert and ssl_key (and ssl_ca) in its "
                          "configuration.")
                    << tr("Check that no proxy or load balancer in between terminates TLS.")
                    << tr("Only on a network you fully trust: choose the mode Preferred or "
                          "Disabled.");
        return e;
    case Failure::CertificateUntrusted:
        return explainCertificate(r, p, now);
    case Failure::HostnameMismatch: {
        const std::optional<CertificateInfo> leaf = chainCertificate(r, 0);
        const QStringList names = leaf ? coveredNames(*leaf) : QStringList();
        e.summary = tr("The server's certificate is not for %1; sslcm stopped before sending "
                       "your password.")
                            .arg(quoted(p.host));
        e.cause = names.isEmpty() ? tr("The certificate names no host at all.")
                                  : tr("It covers: %1.").arg(names.join(QStringLiteral(", ")));
        if (!names.isEmpty())
            e.nextSteps << tr("Connect using one of the names the certificate covers, e.g. %1.")
                                   .arg(names.first());
        e.nextSteps << tr("If your provider's certificates never name the host you connect to, "
                          "choose “Verify CA” (the chain is still checked).");
        return e;
    }
    case Failure::PinMismatch:
        e.summary = tr("The server's certificate has changed since you pinned it; sslcm stopped "
                       "before sending your password.");
        e.cause = tr("Pinned: %1\nPresented: %2")
                          .arg(CertificateDisplay::fingerprint(p.pinnedSha256),
                               CertificateDisplay::fingerprint(s.peerSha256));
        e.nextSteps << tr("Ask the server's administrator whether the certificate was renewed. "
                          "If not, someone may be intercepting the connection.")
                    << tr("Once confirmed, pin the new fingerprint, or better, verify with the "
                          "provider's CA certificate.");
        return e;
    case Failure::NoPeerCertificate:
        e.summary = tr("The server sent no certificate, so it cannot be verified.");
        return e;
    case Failure::TlsHandshakeFailed:
    case Failure::PeerClosed: {
        const QString reason = s.detail.toLower();
        const bool version = reason.contains(QLatin1String("protocol version"))
                || reason.contains(QLatin1String("unsupported protocol"))
                || reason.contains(QLatin1String("no protocols available"));
        const bool cipher = reason.contains(QLatin1String("cipher"))
                || (reason.contains(QLatin1String("handshake failure")) && !p.cipherList.isEmpty());
        if (version) {
            e.summary = tr("The server does not accept the TLS versions this profile allows "
                           "(%1 or newer).")
                                .arg(TlsVersions::key(p.minTlsVersion));
            e.nextSteps << tr("If the minimum is TLS 1.3, try TLS 1.2; otherwise ask the "
                              "administrator to enable TLS 1.2 or 1.3 (tls_version).");
        } else if (cipher) {
            e.summary = tr("The server accepts none of the ciphers this profile allows.");
            e.cause = p.cipherList;
            e.nextSteps << tr("Clear the cipher list to use OpenSSL's secure defaults.");
        } else if (s.failure == Failure::PeerClosed
                   && s.stage < GatewaySession::Stage::TlsEstablished) {
            e.summary = tr("The server closed the connection during the TLS handshake.");
            e.cause = tr("Usually the server accepts no TLS version or cipher this profile "
                         "allows, or it requires a client certificate.");
            e.nextSteps << tr("Check the minimum TLS version and the cipher list.");
        } else {
            e.summary = tr("The TLS handshake failed: %1.").arg(s.detail);
        }
        return e;
    }
    case Failure::Timeout:
        e.summary
                = tr("The server stopped answering during the %1 (waited %2).")
                          .arg(s.credentialsForwarded ? tr("login") : tr("TLS handshake"), timeout);
        e.nextSteps << tr("Try again; if it repeats, the server or the network in between is "
                          "overloaded or filtering.");
        return e;
    case Failure::Cancelled:
        e.summary = ConnectionReport::verdictText(Verdict::Cancelled);
        return e;
    case Failure::CleartextPasswordRefused:
        if (s.tlsUsed) {
            e.summary = tr("The server asked for your password in clear text, but its identity "
                           "was not verified; sslcm refused and did not send it.");
            e.cause = tr("The account uses an authentication method (mysql_clear_password, "
                         "PAM, caching_sha2_password full authentication, or one sslcm cannot "
                         "prove safe) that hands the password itself to the server. Encryption "
                         "alone does not say who the server is: anyone in between can present a "
                         "certificate of their own and ask for the password.");
            e.nextSteps << tr("Verify the server: choose “Verify CA and host name” (with your "
                              "provider's CA file if its certificates are not publicly "
                              "trusted), or “Verify CA” with that CA file.")
                        << tr("Or pin the server's certificate (Fetch Server Certificate, then "
                              "Pin) once you have confirmed its fingerprint with the "
                              "administrator.");
            return e;
        }
        e.summary = tr("The server asked for your password in clear text on a connection without "
                       "TLS; sslcm refused and did not send it.");
        e.cause = tr("The account uses an authentication method (caching_sha2_password full "
                     "authentication, mysql_clear_password, PAM) that sends the password itself "
                     "and needs an encrypted connection to do so safely. A server that removes "
                     "TLS and then asks for the password is also what an attacker would do.");
        e.nextSteps << tr("Enable TLS on the server and choose “Verify CA and host name”.");
        return e;
    case Failure::HostInvalid:
        e.summary = ServerHost::parse(p.host).problem();
        e.cause = tr("sslcm connects only to a host name or an IP address written in the usual "
                     "form, so that the address it connects to is the one the server's "
                     "certificate is checked against.");
        e.nextSteps << tr("Correct the host in the profile.");
        return e;
    case Failure::VerifyCaWithoutCa:
        e.summary = Profile::verifyCaNeedsCaProblem();
        e.cause = tr("sslcm stopped before connecting, so nothing was sent.");
        e.nextSteps << tr("Edit the profile: choose the CA file your provider publishes, or the "
                          "mode “%1”.")
                               .arg(SslModes::displayName(SslMode::VerifyIdentity));
        return e;
    case Failure::IdentityNotSet:
        e.summary = tr("sslcm could not set up the check of the server's identity for %1 and "
                       "stopped before sending your password.")
                            .arg(quoted(p.host));
        e.cause = s.detail;
        e.nextSteps << tr("This is a bug in sslcm; please report it with the text of this report.");
        return e;
    case Failure::ClientAskedForTls:
        e.summary = tr("Qt's MySQL driver asked for TLS on sslcm's private local link, which sslcm "
                       "does not offer; sslcm stopped, and nothing of your login was sent to the "
                       "server.");
        e.cause = tr("sslcm makes the TLS connection to the server itself and tells the driver "
                     "that the local link has no TLS. This client library asked for TLS anyway.");
        e.nextSteps << tr("Please report this to the sslcm project, with the versions of Qt and "
                          "of the MySQL client library this computer uses.");
        return e;
    case Failure::SshConnectFailed:
    case Failure::SshHostKeyUnknown:
    case Failure::SshHostKeyChanged:
    case Failure::SshAuthFailed:
    case Failure::SshAgentNoKey:
    case Failure::SshKeyUnusable:
    case Failure::TunnelRefused:
    case Failure::TunnelConnectFailed:
    case Failure::SshTimeout:
        return explainSsh(r, p, timeout);
    case Failure::ClientTimeout:
    case Failure::ClientMalformed:
        e.summary = tr("sslcm's local link to Qt's MySQL driver failed (%1). This is a bug in "
                       "sslcm; please report it with the text of this report.")
                            .arg(s.detail);
        return e;
    }
    return e;
}
