// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSecretDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SshSecretDialog::SshSecretDialog(Kind kind, const SshJump &jump, bool retry, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_secret(new QLineEdit(this))
    , m_save(new QCheckBox(this))
{
    const bool password = kind == Kind::Password;
    setObjectName(QStringLiteral("SshSecretDialog"));
    setWindowTitle(password ? tr("SSH Password") : tr("SSH Key Passphrase"));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("prompt"));
    text->setWordWrap(true);
    text->setText(
            password
                    //: %1 is the SSH jump host, user@host:port
                    ? tr("Password for the SSH jump host %1:").arg(jump.destination())
                    //: %1 is a private key file, %2 the SSH jump host (user@host:port)
                    : tr("The SSH key %1 is protected by a passphrase. Enter it to log in "
                         "to the jump host %2:")
                              .arg(QDir::toNativeSeparators(jump.keyFile), jump.destination()));
    text->setBuddy(m_secret);
    auto *again = new QLabel(this);
    again->setObjectName(QStringLiteral("retry"));
    again->setWordWrap(true);
    again->setText(password ? tr("⚠ The jump host did not accept the password. Try again.")
                            : tr("⚠ That passphrase does not open the key. Try again."));
    again->setVisible(retry);

    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(password ? tr("SSH password") : tr("SSH key passphrase"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(password ? tr("&Save the password in the system keychain")
                             : tr("&Save the passphrase in the system keychain"));
    m_save->setAccessibleName(password ? tr("Save the SSH password in the system keychain")
                                       : tr("Save the SSH key passphrase in the system keychain"));
    m_save->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    ok->setAccessibleName(tr("Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    ok->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, ok,
            [ok](const QString &value) { ok->setEnabled(!value.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(again);
    layout->addWidget(m_secret);
    layout->addWidget(m_save);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

SshSecretDialog::~SshSecretDialog()
{
    // What was typed does not stay in the field's freed memory longer than needed.
    m_secret->clear();
}

QString SshSecretDialog::secret() const
{
    return m_secret->text();
}

bool SshSecretDialog::save() const
{
    return m_saveOffered && m_save->isChecked();
}

void SshSecretDialog::setSaveOffered(bool offered)
{
    m_saveOffered = offered;
    m_save->setVisible(offered);
}
