// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchCertificateDialog.h"
#include "WindowGeometry.h"

#include "CertificatePreview.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "mysql/ProfileConnection.h"
#include "mysql/ServerTrust.h"
#include "ssh/SshJumpPrompts.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

FetchCertificateDialog::FetchCertificateDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_status(new QLabel(this))
    , m_chain(new QTreeWidget(this))
    , m_verification(new QLabel(this))
    , m_view(new QPushButton(tr("&View Chain…"), this))
    , m_useCa(new QPushButton(tr("&Use the Server's CA Certificate"), this))
    , m_pin(new QPushButton(tr("&Pin the Server Certificate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("FetchCertificateDialog"));
    //: Window title; %1 is host:port
    setWindowTitle(tr("Server Certificate of %1").arg(profile.addressText()));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_chain->setObjectName(QStringLiteral("chain"));
    m_chain->setAccessibleName(tr("Certificates the server presented"));
    m_chain->setHeaderLabels(
            {tr("Certificate"), tr("Issued by"), tr("Valid until"), tr("SHA-256 fingerprint")});
    m_chain->setRootIsDecorated(false);
    m_chain->header()->setStretchLastSection(true);
    m_chain->header()->setAccessibleName(tr("Column headers"));
    m_verification->setWordWrap(true);
    m_verification->setObjectName(QStringLiteral("verification"));
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setAccessibleName(tr("View the server's certificate chain"));
    m_useCa->setObjectName(QStringLiteral("useChainCa"));
    m_useCa->setAccessibleName(tr("Use the server's CA certificate as the CA file"));
    m_pin->setObjectName(QStringLiteral("pinCertificate"));
    m_pin->setAccessibleName(tr("Pin the server certificate"));
    m_cancel->setAccessibleName(tr("Cancel fetching"));
    m_close->setAccessibleName(tr("Close"));
    for (QPushButton *b : {m_view, m_useCa, m_pin})
        b->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_view);
    buttons->addStretch(1);
    buttons->addWidget(m_useCa);
    buttons->addWidget(m_pin);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_chain, 1);
    layout->addWidget(m_verification);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &FetchCertificateDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &QPushButton::clicked, this,
            [this] { CertificatePreview::openChain(this, m_session.peerChain, m_profile.host); });
    connect(m_useCa, &QPushButton::clicked, this, &FetchCertificateDialog::useChainCa);
    connect(m_pin, &QPushButton::clicked, this, &FetchCertificateDialog::pinCertificate);
    WindowGeometry::remember(this, QStringLiteral("fetchCertificateDialog"), QSize(760, 380));
}

FetchCertificateDialog::~FetchCertificateDialog()
{
    cancel();
}

void FetchCertificateDialog::start()
{
    cancel();
    m_chain->clear();
    m_verification->clear();
    for (QPushButton *b : {m_view, m_useCa, m_pin})
        b->setEnabled(false);
    m_cancel->setVisible(true);
    m_status->setText(tr("Asking %1 for its certificate (no user name or password is sent)…")
                              .arg(m_profile.addressText()));
    auto probe = std::make_shared<ProfileConnection>(m_profile);
    // A host spelled ambiguously or an unreadable CA file is shown at once; nothing is sent.
    if (const ProfileConnection::Prepared prepared
        = probe->prepareProbe({{}, {}, m_sshPassword, m_sshKeyPassphrase});
        !prepared.ok()) {
        showProblem(prepared.error);
        return;
    }
    m_probe = probe;

    QPointer<FetchCertificateDialog> self(this);
    QThread *thread = QThread::create([probe, self] {
        const ProfileConnection::Probed probed = probe->probe();
        // Delivered on the dialog's thread, and dropped if the dialog is gone.
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, probe, probed] {
                    if (!self || self->m_probe != probe)
                        return;
                    self->m_probe.reset();
                    if (!probed.error.isEmpty())
                        self->showProblem(probed.error);
                    else
                        self->showSession(probed.session);
                },
                Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void FetchCertificateDialog::setSshSecrets(const QString &password, const QString &keyPassphrase)
{
    m_sshPassword = password;
    m_sshKeyPassphrase = keyPassphrase;
}

void FetchCertificateDialog::cancel()
{
    if (!m_probe)
        return;
    m_probe->cancel();
    m_probe.reset();
    m_cancel->setVisible(false);
    m_status->setText(tr("Cancelled."));
    Q_EMIT probeFinished();
}

void FetchCertificateDialog::showProblem(const QString &problem)
{
    m_status->setText(tr("⚠ %1").arg(problem));
    m_cancel->setVisible(false);
    Q_EMIT probeFinished();
}

void FetchCertificateDialog::showSession(const GatewaySession &session)
{
    m_session = session;
    m_cancel->setVisible(false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < session.peerChain.size(); ++i) {
        const std::optional<CertificateInfo> c = CertificateLoader::fromDer(session.peerChain[i]);
        if (!c)
            continue;
        //: Role of a certificate in the chain: the first one is the server's own
        const QString role = i == 0 ? tr("Server: %1") : tr("CA: %1");
        QString until = CertificateDisplay::date(c->notAfter);
        if (c->isExpiredAt(now))
            until = tr("%1 (expired)").arg(until);
        auto *item = new QTreeWidgetItem(m_chain,
                                         {role.arg(c->displayName()), c->issuerLine(), until,
                                          CertificateDisplay::fingerprint(c->sha256)});
        item->setToolTip(0, c->subjectLine());
    }
    for (int column = 0; column < 3; ++column)
        m_chain->resizeColumnToContents(column);

    // Stopped at the SSH jump host's key, or at its key file's passphrase: ask, then again.
    const SshJumpPrompts::Question question = SshJumpPrompts::questionFor(m_profile, session);
    if (question != SshJumpPrompts::Question::None) {
        const QString jump = m_profile.ssh->destination();
        switch (question) {
        case SshJumpPrompts::Question::TrustHostKey:
            //: %1 is the SSH jump host (user@host:port)
            m_status->setText(tr("✗ sslcm does not know the host key of the SSH jump host %1 "
                                 "yet; nothing was asked of the server.")
                                      .arg(jump));
            break;
        case SshJumpPrompts::Question::HostKeyChanged:
            //: %1 is the SSH jump host (user@host:port)
            m_status->setText(tr("✗ The SSH jump host %1 presented a different host key than "
                                 "the one on record; sslcm stopped there.")
                                      .arg(jump));
            break;
        case SshJumpPrompts::Question::KeyPassphrase:
        case SshJumpPrompts::Question::None:
            //: %1 is the SSH jump host (user@host:port)
            m_status->setText(
                    tr("✗ The key file for the SSH jump host %1 needs its passphrase.").arg(jump));
            break;
        }
        SshJumpPrompts::ask(this, m_profile, session, m_sshKeyPassphrase,
                            [this](const SshJumpPrompts::Answer &answer) {
                                if (answer.keyPassphrase) {
                                    m_sshKeyPassphrase = *answer.keyPassphrase;
                                    Q_EMIT sshKeyPassphraseGiven(*answer.keyPassphrase,
                                                                 answer.savePassphrase);
                                }
                                start();
                            });
        Q_EMIT probeFinished();
        return;
    }
    if (!session.tlsUsed) {
        m_status->setText(session.failure == GatewaySession::Failure::ServerOffersNoTls
                                  ? tr("✗ %1 does not offer TLS: it has no certificate to show.")
                                            .arg(m_profile.addressText())
                                  : tr("✗ No TLS session with %1: %2")
                                            .arg(m_profile.addressText(), session.detail));
        Q_EMIT probeFinished();
        return;
    }
    m_status->setText(
            tr("%1 presented %n certificate(s) over %2.", nullptr, int(session.peerChain.size()))
                    .arg(m_profile.addressText(), session.tlsProtocol));
    if (session.failure == GatewaySession::Failure::None) {
        m_verification->setText(tr("✓ Your CA settings verify this certificate and it names "
                                   "%1. You do not need to trust anything more.")
                                        .arg(m_profile.host));
    } else if (session.failure == GatewaySession::Failure::HostnameMismatch) {
        m_verification->setText(tr("⚠ The chain is trusted, but the certificate does not name "
                                   "%1. Connect with a name it covers, or choose “Verify CA”.")
                                        .arg(m_profile.host));
    } else {
        m_verification->setText(
                tr("⚠ Your CA settings do not verify this certificate (%1). Trust it only if the "
                   "fingerprint above matches what the server's administrator gave you.")
                        .arg(session.verifyMessage.isEmpty() ? session.detail
                                                             : session.verifyMessage));
    }
    m_view->setEnabled(!session.peerChain.isEmpty());
    m_useCa->setEnabled(ServerTrust::chainCaCertificate(session).has_value());
    m_pin->setEnabled(!session.peerSha256.isEmpty());
    Q_EMIT probeFinished();
}

void FetchCertificateDialog::useChainCa()
{
    const std::optional<QByteArray> der = ServerTrust::chainCaCertificate(m_session);
    const std::optional<CertificateInfo> ca = der ? CertificateLoader::fromDer(*der) : std::nullopt;
    if (!ca)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Trust This CA Certificate?"),
                                tr("Use this certificate as the connection's CA file?"),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // A CA the system already trusts signs certificates for hosts anywhere: only the host name
    // check makes it mean this server.
    const QString consequence = ServerTrust::systemTrusts(*der)
            ? tr("Your system already trusts this CA, which signs certificates for many hosts, "
                 "so the connection will also check that the certificate names %1 (“%2”).")
                      .arg(m_profile.host, SslModes::displayName(SslMode::VerifyIdentity))
            : tr("Every server certificate this CA signs will be trusted for this connection.");
    box->setInformativeText(tr("Issued to: %1\nIssued by: %2\nValid until: %3\nSHA-256: %4\n\n%5")
                                    .arg(ca->subjectLine(), ca->issuerLine(),
                                         CertificateDisplay::date(ca->notAfter),
                                         CertificateDisplay::fingerprint(ca->sha256), consequence));
    QPushButton *yes = box->addButton(tr("&Trust"), QMessageBox::AcceptRole);
    yes->setAccessibleName(tr("Trust this CA certificate"));
    box->addButton(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(box, &QDialog::finished, this, [this, box, yes, der] {
        if (box->clickedButton() != yes)
            return;
        const ServerTrust::Adopted adopted = ServerTrust::adoptCaCertificate(m_profile, *der);
        if (!adopted.ok) {
            m_verification->setText(tr("⚠ %1").arg(adopted.error));
            return;
        }
        // The mode is ServerTrust's decision: Verify CA and host name for a CA the system
        // trusts, at least Verify CA otherwise.
        m_trust = Trust::UseChainCa;
        Q_EMIT trustChosen(m_trust);
        accept();
    });
    box->open();
}

void FetchCertificateDialog::pinCertificate()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Pin This Certificate?"),
                                tr("Accept only this exact server certificate from now on?"),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("SHA-256: %1\n\nWhen the server gets a new certificate, the "
                               "connection fails until you pin the new one.")
                                    .arg(CertificateDisplay::fingerprint(m_session.peerSha256)));
    QPushButton *yes = box->addButton(tr("&Pin"), QMessageBox::AcceptRole);
    yes->setAccessibleName(tr("Pin this certificate"));
    box->addButton(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(box, &QDialog::finished, this, [this, box, yes] {
        if (box->clickedButton() != yes)
            return;
        ServerTrust::pinServerCertificate(m_profile, m_session);
        // A pin authenticates the server; "Required" is the mode that relies on it alone.
        if (!SslModes::authenticatesServer(m_profile.sslMode)
            || m_session.failure != GatewaySession::Failure::None)
            m_profile.sslMode = SslMode::Required;
        m_trust = Trust::Pin;
        Q_EMIT trustChosen(m_trust);
        accept();
    });
    box->open();
}
