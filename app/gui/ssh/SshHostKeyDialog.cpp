// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshHostKeyDialog.h"

#include "ssh/SshKnownHosts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *textLabel(const QString &text, QWidget *parent, const char *objectName = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    return label;
}

QLabel *fixedLabel(const QString &text, QWidget *parent, const char *objectName)
{
    QLabel *label = textLabel(text, parent, objectName);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

// "~/.ssh/known_hosts" rather than the whole path under the home folder.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

} // namespace

SshHostKeyDialog::SshHostKeyDialog(Kind kind, const SshJump &jump, const GatewaySession::Ssh &facts,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_jump(jump)
    , m_facts(facts)
{
    const bool unknown = kind == Kind::Unknown;
    setObjectName(QStringLiteral("SshHostKeyDialog"));
    setWindowTitle(unknown ? tr("Unknown SSH Host Key") : tr("SSH Host Key Changed"));
    const QString where = jump.destination();

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(unknown ? QStyle::SP_MessageBoxQuestion
                                                  : QStyle::SP_MessageBoxCritical)
                            .pixmap(size, size));
    QLabel *heading = textLabel(
            unknown
                    //: %1 is the SSH jump host, user@host:port
                    ? tr("sslcm has not seen the host key of the SSH jump host %1 before.")
                              .arg(where)
                    //: %1 is the SSH jump host, user@host:port
                    : tr("The SSH jump host %1 presented a different host key than the one on "
                         "record.")
                              .arg(where),
            this, "heading");
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    QLabel *explanation = textLabel(
            unknown ? tr("Nothing was logged in yet. Trust the key only if it is the jump "
                         "host's own: anyone between this computer and the jump host could "
                         "present a key of their own.")
                    : tr("sslcm refused the connection and logged nothing in. Someone may be "
                         "intercepting the connection, or the jump host was reinstalled or got "
                         "a new key."),
            this, "explanation");
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *topText = new QVBoxLayout;
    topText->addWidget(heading);
    topText->addWidget(explanation);
    top->addLayout(topText, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Jump host:"), textLabel(where, this, "jumpHost"));
    if (unknown) {
        form->addRow(tr("Key type:"), textLabel(facts.hostKeyType, this, "keyType"));
        form->addRow(tr("Fingerprint:"), fixedLabel(fingerprint(), this, "fingerprint"));
    } else {
        //: %1 is a key type such as ssh-ed25519, %2 its SHA256 fingerprint
        const QString keyText = tr("%1\n%2");
        form->addRow(tr("On record:"),
                     fixedLabel(keyText.arg(facts.recordedKeyType,
                                            SshKnownHosts::fingerprint(facts.recordedKeySha256)),
                                this, "recordedFingerprint"));
        form->addRow(
                tr("Presented now:"),
                fixedLabel(keyText.arg(facts.hostKeyType, fingerprint()), this, "fingerprint"));
        form->addRow(tr("Recorded in:"),
                     textLabel(displayPath(facts.hostKeySource), this, "recordedIn"));
    }

    const QString command = compareCommand(facts.hostKeyType);
    QLabel *compare = textLabel(
            unknown ? tr("To compare, ask the jump host's administrator for its fingerprint, or "
                         "run this on the jump host and check that it prints the same "
                         "SHA256:… value:")
                    : tr("Ask the jump host's administrator whether its key changed. Only once "
                         "the new fingerprint is confirmed (on the jump host, this prints it), "
                         "remove the old key from the file above and test again:"),
            this, "compare");
    QString commands = command;
    if (!unknown) {
        const QString host = m_jump.port == SshJump::defaultPort
                ? m_jump.host
                : QStringLiteral("[%1]:%2").arg(m_jump.host).arg(m_jump.port);
        commands += QStringLiteral("\nssh-keygen -R %1 -f %2")
                            .arg(host, displayPath(facts.hostKeySource));
    }
    QLabel *commandLabel = fixedLabel(commands, this, "compareCommand");
    commandLabel->setAccessibleName(tr("Command to run"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(compare);
    layout->addWidget(commandLabel);
    if (unknown) {
        layout->addWidget(textLabel(
                tr("Trusting it keeps the key in sslcm's own list (%1); your ~/.ssh/known_hosts "
                   "is not changed.")
                        .arg(displayPath(SshKnownHosts::sslcmListPath())),
                this, "whereKept"));
    }
    m_problem = textLabel(QString(), this, "problem");
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    if (unknown) {
        m_trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(QStringLiteral("trustHostKey"));
        m_trust->setAccessibleName(tr("Trust the host key and connect"));
        m_trust->setAutoDefault(false);
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
        m_cancel->setAccessibleName(tr("Cancel"));
        if (facts.hostKeyLine.isEmpty()) {
            m_trust->setEnabled(false);
            m_problem->setText(tr("⚠ The key itself did not come with the report, so it cannot "
                                  "be stored. Test again."));
            m_problem->setVisible(true);
        }
    } else {
        m_cancel = buttons->addButton(QDialogButtonBox::Close);
        m_cancel->setAccessibleName(tr("Close"));
    }
    m_cancel->setObjectName(QStringLiteral("cancel"));
    // A stranger's key is never trusted by pressing Enter.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &SshHostKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SshHostKeyDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Wrapped text gets the height it needs at this width, and no more.
    const int width = 620;
    setMinimumWidth(width);
    resize(width, layout->totalHeightForWidth(width));
}

SshHostKeyDialog::~SshHostKeyDialog() = default;

QString SshHostKeyDialog::fingerprint() const
{
    return SshKnownHosts::fingerprint(m_facts.hostKeySha256);
}

QString SshHostKeyDialog::compareCommand(const QString &keyType)
{
    QString file = QStringLiteral("ed25519");
    if (keyType.startsWith(QLatin1String("ecdsa-")))
        file = QStringLiteral("ecdsa");
    else if (keyType == QLatin1String("ssh-rsa") || keyType.startsWith(QLatin1String("rsa-")))
        file = QStringLiteral("rsa");
    return QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub").arg(file);
}

void SshHostKeyDialog::accept()
{
    if (m_kind == Kind::Changed) {
        QDialog::reject();
        return;
    }
    const QString error = SshKnownHosts::accept(m_jump.host, m_jump.port, m_facts.hostKeyLine);
    if (!error.isEmpty()) {
        //: %1 says why, e.g. the file cannot be written
        m_problem->setText(tr("⚠ The key could not be stored: %1").arg(error));
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}
