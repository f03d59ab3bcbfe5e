// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSection.h"

#include "cert/PrivateKeyLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QStyle>
#include <QVBoxLayout>

#include <cstring>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

QLabel *noteLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// OpenSSH's own key format: "openssh-key-v1\0", then the cipher's name as an SSH string
// ("none" when the key is not protected).
std::optional<bool> openSshKeyEncrypted(const QByteArray &pem)
{
    static const QByteArray begin("-----BEGIN OPENSSH PRIVATE KEY-----");
    static const QByteArray end("-----END OPENSSH PRIVATE KEY-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end, from);
    if (from < 0 || to < 0)
        return std::nullopt;
    const QByteArray body = QByteArray::fromBase64(
            pem.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', ""));
    static const QByteArray magic("openssh-key-v1", 15); // with its NUL
    if (!body.startsWith(magic) || body.size() < magic.size() + 4)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(body.constData() + magic.size());
    const quint32 length
            = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length > 64 || body.size() < magic.size() + 4 + qsizetype(length))
        return std::nullopt;
    return body.mid(magic.size() + 4, length) != "none";
}

} // namespace

SshSection::SshSection(QWidget *parent)
    : QWidget(parent)
    , m_enable(new QCheckBox(tr("Connect &via SSH (a jump host)"), this))
    , m_details(new QWidget(this))
    , m_grid(new QGridLayout)
    , m_explanation(noteLabel(m_details, "sshExplanation"))
    , m_host(new QLineEdit(m_details))
    , m_port(new QLineEdit(m_details))
    , m_user(new QLineEdit(m_details))
    , m_auth(new QComboBox(m_details))
    , m_agent(noteLabel(m_details, "sshAgent"))
    , m_keyFileRow(new QWidget(m_details))
    , m_keyFile(new QLineEdit(m_keyFileRow))
    , m_browse(new QPushButton(tr("Browse…"), m_keyFileRow))
    , m_keyNote(noteLabel(m_details, "sshKeyNote"))
    , m_password(new QLineEdit(m_details))
    , m_savePassword(new QCheckBox(tr("Save the SSH password in the system &keychain"), m_details))
    , m_problems(noteLabel(m_details, "sshProblems"))
{
    setObjectName(QStringLiteral("sshSection"));
    m_enable->setObjectName(QStringLiteral("sshEnabled"));
    m_enable->setAccessibleName(tr("Connect through SSH"));
    m_enable->setToolTip(tr("For a database that is reachable only from a bastion host: sslcm "
                            "logs in to it over SSH and reaches the database from there."));
    m_details->setObjectName(QStringLiteral("sshDetails"));

    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setText(tr("The host and port above are the database's as the jump host sees "
                              "them (for example db.internal and 3306). TLS is still verified "
                              "against that name, as without SSH: the tunnel only carries the "
                              "connection."));

    m_host->setObjectName(QStringLiteral("sshHost"));
    m_host->setAccessibleName(tr("SSH jump host (required)"));
    //: Placeholder of the SSH jump host field
    m_host->setPlaceholderText(tr("bastion.example.com"));
    m_port->setObjectName(QStringLiteral("sshPort"));
    m_port->setAccessibleName(tr("SSH port (required)"));
    m_port->setText(QString::number(SshJump::defaultPort));
    m_port->setMaxLength(5);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_user->setObjectName(QStringLiteral("sshUser"));
    m_user->setAccessibleName(tr("SSH user (required)"));
    m_user->setText(localUserName());

    m_auth->setObjectName(QStringLiteral("sshAuth"));
    m_auth->setAccessibleName(tr("SSH authentication"));
    const QList<SshJump::Auth> auths = SshJump::allAuths();
    for (SshJump::Auth auth : auths)
        m_auth->addItem(SshJump::displayName(auth), int(auth));
    m_auth->setToolTip(tr("How sslcm logs in to the jump host. Passwords and key passphrases "
                          "are kept in the system keychain, never in sslcm's files."));

    m_keyFile->setObjectName(QStringLiteral("sshKeyFile"));
    m_keyFile->setAccessibleName(tr("SSH private key file (required)"));
    //: Placeholder of the SSH key file field; ~/.ssh/id_ed25519 is a path, keep it
    m_keyFile->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    m_keyFileRow->setFocusProxy(m_keyFile);
    m_browse->setObjectName(QStringLiteral("sshBrowseKeyFile"));
    m_browse->setAccessibleName(tr("Choose the SSH private key file"));
    auto *keyLayout = new QHBoxLayout(m_keyFileRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(m_browse);

    m_password->setObjectName(QStringLiteral("sshPassword"));
    m_password->setAccessibleName(tr("SSH password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked for when connecting if left empty"));
    m_savePassword->setObjectName(QStringLiteral("sshSavePassword"));
    m_savePassword->setAccessibleName(tr("Save the SSH password in the system keychain"));
    m_savePassword->setChecked(true);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    addRow(m_explanation);
    addRow(tr("&Jump host: *"), m_host);
    addRow(tr("SSH port: *"), m_port);
    addRow(tr("SSH user: *"), m_user);
    addRow(tr("Log &in with:"), m_auth);
    addRow(m_agent);
    addRow(tr("&Key file: *"), m_keyFileRow);
    addRow(m_keyNote);
    addRow(tr("SSH password:"), m_password);
    addRow(m_savePassword);
    addRow(m_problems);

    // The details sit under the check box, indented like a group's content.
    auto *detailsLayout = new QVBoxLayout(m_details);
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth)
            + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    detailsLayout->setContentsMargins(indent, 0, 0, 0);
    detailsLayout->addLayout(m_grid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enable);
    layout->addWidget(m_details);

    connect(m_enable, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        if (on) {
            updateAgent();
            updateKeyNote();
        }
        updateProblems();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : {m_host, m_port, m_user, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateProblems();
            Q_EMIT changed();
        });
    }
    connect(m_keyFile, &QLineEdit::textChanged, this, [this] {
        updateKeyNote();
        updateProblems();
        Q_EMIT changed();
    });
    connect(m_auth, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateRows();
        updateProblems();
        Q_EMIT changed();
    });
    connect(m_savePassword, &QCheckBox::toggled, this, &SshSection::changed);
    connect(m_browse, &QPushButton::clicked, this, &SshSection::browse);

    m_details->setVisible(false);
    updateRows();
    updateProblems();
}

SshSection::~SshSection() = default;

void SshSection::addRow(const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, m_details);
    text->setBuddy(field);
    const int row = m_grid->rowCount();
    m_grid->addWidget(text, row, 0,
                      Qt::Alignment(style()->styleHint(QStyle::SH_FormLayoutLabelAlignment))
                              | Qt::AlignVCenter);
    m_grid->addWidget(field, row, 1,
                      field == m_port || field == m_auth ? Qt::AlignLeft : Qt::Alignment());
    m_rowLabels.insert(field, text);
}

void SshSection::addRow(QWidget *field)
{
    m_grid->addWidget(field, m_grid->rowCount(), 1,
                      field == m_savePassword ? Qt::AlignLeft : Qt::Alignment());
}

void SshSection::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_rowLabels.value(field))
        label->setVisible(visible);
}

void SshSection::load(const Profile &profile)
{
    m_loaded = profile.ssh;
    if (profile.ssh) {
        const SshJump &j = *profile.ssh;
        m_host->setText(j.host);
        m_port->setText(QString::number(j.port));
        m_user->setText(j.user);
        m_auth->setCurrentIndex(m_auth->findData(int(j.auth)));
        m_keyFile->setText(j.keyFile);
    }
    setConnectsThroughSsh(profile.ssh.has_value());
    updateRows();
    updateProblems();
}

void SshSection::apply(Profile &profile) const
{
    profile.ssh = jump();
}

bool SshSection::connectsThroughSsh() const
{
    return m_enable->isChecked();
}

void SshSection::setConnectsThroughSsh(bool on)
{
    m_enable->setChecked(on);
    m_details->setVisible(on);
}

SshJump::Auth SshSection::auth() const
{
    return SshJump::Auth(m_auth->currentData().toInt());
}

std::optional<SshJump> SshSection::jump() const
{
    if (!connectsThroughSsh())
        return std::nullopt;
    SshJump j = m_loaded.value_or(SshJump());
    j.host = m_host->text().trimmed();
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    j.port = ok && port >= 1 && port <= 65535 ? quint16(port) : 0;
    j.user = m_user->text().trimmed();
    j.auth = auth();
    j.keyFile = j.auth == SshJump::Auth::KeyFile
            ? QDir::fromNativeSeparators(m_keyFile->text().trimmed())
            : QString();
    if (j.keyFile.startsWith(QLatin1String("~/")))
        j.keyFile = QDir::homePath() + j.keyFile.mid(1);
    return j;
}

QString SshSection::password() const
{
    if (!connectsThroughSsh() || auth() != SshJump::Auth::Password)
        return {};
    return m_password->text();
}

void SshSection::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool SshSection::savePassword() const
{
    return connectsThroughSsh() && auth() == SshJump::Auth::Password && m_savePassword->isChecked();
}

void SshSection::setSavePassword(bool save)
{
    m_savePassword->setChecked(save);
}

QStringList SshSection::problems() const
{
    const std::optional<SshJump> j = jump();
    return j ? j->problems() : QStringList();
}

void SshSection::focusFirstProblem()
{
    const std::optional<SshJump> j = jump();
    if (!j)
        return;
    SshJump hostOnly;
    hostOnly.host = j->host;
    hostOnly.user = QStringLiteral("u");
    if (!hostOnly.problems().isEmpty())
        m_host->setFocus();
    else if (j->port == 0)
        m_port->setFocus();
    else if (j->user.isEmpty())
        m_user->setFocus();
    else if (j->auth == SshJump::Auth::KeyFile && j->keyFile.isEmpty())
        m_keyFile->setFocus();
    else
        m_enable->setFocus();
}

void SshSection::updateRows()
{
    const SshJump::Auth a = auth();
    setRowVisible(m_agent, a == SshJump::Auth::Agent);
    setRowVisible(m_keyFileRow, a == SshJump::Auth::KeyFile);
    setRowVisible(m_password, a == SshJump::Auth::Password);
    setRowVisible(m_savePassword, a == SshJump::Auth::Password);
    if (a == SshJump::Auth::Agent)
        updateAgent();
    updateKeyNote();
}

void SshSection::updateAgent()
{
    switch (agentState()) {
    case Agent::Running:
        m_agent->setText(tr("✔ An SSH agent is running: sslcm logs in with the keys it holds."));
        break;
    case Agent::NotSet:
        //: SSH_AUTH_SOCK is an environment variable and ssh-add a command: keep both
        m_agent->setText(tr("⚠ No SSH agent is running (SSH_AUTH_SOCK is not set). Start one "
                            "and add your key with ssh-add, or log in with a key file."));
        break;
    case Agent::Unreachable:
        //: SSH_AUTH_SOCK is an environment variable and ssh-add a command: keep both
        m_agent->setText(tr("⚠ No SSH agent answers at SSH_AUTH_SOCK. Start one and add your "
                            "key with ssh-add, or log in with a key file."));
        break;
    }
}

void SshSection::updateKeyNote()
{
    QString note;
    if (auth() == SshJump::Auth::KeyFile) {
        const std::optional<SshJump> j = jump();
        switch (inspectKeyFile(j ? j->keyFile : QString())) {
        case KeyFile::None:
        case KeyFile::Plain:
        case KeyFile::Unknown:
            break;
        case KeyFile::Missing:
            note = tr("⚠ There is no such file.");
            break;
        case KeyFile::Unreadable:
            note = tr("⚠ The file cannot be read.");
            break;
        case KeyFile::Encrypted:
            note = tr("ℹ This key is protected by a passphrase: sslcm asks for it when "
                      "connecting and can keep it in the system keychain.");
            break;
        }
    }
    m_keyNote->setText(note);
    setRowVisible(m_keyNote, !note.isEmpty());
}

void SshSection::updateProblems()
{
    const QStringList list = problems();
    //: Inline validation messages under the SSH fields; the sign makes them visible without colour
    m_problems->setText(list.isEmpty() ? QString()
                                       : tr("⚠ %1").arg(list.join(QStringLiteral("\n⚠ "))));
    m_problems->setVisible(!list.isEmpty());
}

void SshSection::browse()
{
    const QString current = jump() ? jump()->keyFile : QString();
    const QString ssh = QDir::home().filePath(QStringLiteral(".ssh"));
    auto *dialog = new QFileDialog(this);
    dialog->setObjectName(QStringLiteral("sshKeyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Choose the SSH Private Key"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    dialog->setDirectory(!current.isEmpty()               ? QFileInfo(current).absolutePath()
                                 : QFileInfo(ssh).isDir() ? ssh
                                                          : QDir::homePath());
    dialog->setNameFilters({tr("All files (*)"), tr("PEM files (*.pem *.key)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_keyFile->setText(QDir::toNativeSeparators(file));
        m_keyFile->setFocus();
    });
    dialog->open();
}

void SshSection::keepInView(SshSection *section, QScrollArea *area)
{
    connect(section->m_enable, &QCheckBox::toggled, area, [section, area](bool on) {
        if (!on)
            return;
        // Once the unfolded fields have their place.
        QTimer::singleShot(0, area, [section, area] {
            area->ensureWidgetVisible(section->m_details, 0, 0);
            area->ensureWidgetVisible(section->m_enable, 0, 0);
        });
    });
}

QString SshSection::localUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

SshSection::Agent SshSection::agentState()
{
    const QByteArray path = qgetenv("SSH_AUTH_SOCK");
    if (path.isEmpty())
        return Agent::NotSet;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(address.sun_path))
        return Agent::Unreachable;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Agent::Unreachable;
    // A local socket answers a connect at once, or refuses it.
    const bool reached
            = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return reached ? Agent::Running : Agent::Unreachable;
}

SshSection::KeyFile SshSection::inspectKeyFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return KeyFile::None;
    const QFileInfo info(path);
    if (!info.exists())
        return KeyFile::Missing;
    QFile file(path);
    // Key files are small; anything larger is not one and is judged when connecting.
    if (!info.isFile() || info.size() > 1024 * 1024)
        return KeyFile::Unknown;
    if (!file.open(QIODevice::ReadOnly))
        return KeyFile::Unreadable;
    QByteArray data = file.readAll();
    KeyFile kind = KeyFile::Unknown;
    if (const std::optional<bool> encrypted = openSshKeyEncrypted(data)) {
        kind = *encrypted ? KeyFile::Encrypted : KeyFile::Plain;
    } else {
        const PrivateKeyLoadResult::Status status = PrivateKeyLoader::load(data).status;
        if (status == PrivateKeyLoadResult::Status::Ok)
            kind = KeyFile::Plain;
        else if (status == PrivateKeyLoadResult::Status::NeedsPassphrase)
            kind = KeyFile::Encrypted;
    }
    // An unprotected key's material does not linger in freed memory.
    data.fill('\0');
    return kind;
}
