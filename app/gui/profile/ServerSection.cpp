// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSection.h"

#include "profile/Profile.h"
#include "profile/ServerHost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    //: Inline validation message under a field; the sign makes it visible without colour
    label->setText(problem.isEmpty() ? QString() : ServerSection::tr("⚠ %1").arg(problem));
    label->setVisible(!problem.isEmpty());
}

} // namespace

ServerSection::ServerSection(bool withPresets, QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_hostProblem(problemLabel(this))
    , m_port(new QLineEdit(this))
    , m_portProblem(problemLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_savePassword(new QCheckBox(tr("&Save the password in the system keychain"), this))
    , m_database(new QLineEdit(this))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (withPresets) {
        m_preset = new QComboBox(this);
        m_preset->setObjectName(QStringLiteral("preset"));
        m_preset->setAccessibleName(tr("Where the server runs"));
        const QList<ConnectionPreset> presets = ConnectionPreset::all();
        for (const ConnectionPreset &p : presets)
            m_preset->addItem(p.name, int(p.id));
        m_caveat = new QLabel(this);
        m_caveat->setObjectName(QStringLiteral("caveat"));
        m_caveat->setWordWrap(true);
        m_caveat->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Se&rver runs at:"), m_preset);
        form->addRow(QString(), m_caveat);
        connect(m_preset, qOverload<int>(&QComboBox::activated), this, &ServerSection::applyPreset);
        m_caveat->setText(preset().caveat);
    }

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setAccessibleName(tr("Host name or IP address (required)"));
    m_host->setPlaceholderText(
            ConnectionPreset::byId(ConnectionPreset::Id::Custom).hostPlaceholder);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port (required)"));
    m_port->setText(QString::number(Profile::defaultPort));
    m_port->setMaxLength(5);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User name (required)"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked for when connecting if left empty"));
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_savePassword->setAccessibleName(tr("Save the password in the system keychain"));
    m_savePassword->setChecked(true);
    m_savePassword->setToolTip(tr("The password is kept by the operating system's keychain, "
                                  "never in sslcm's files."));
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setAccessibleName(tr("Default database"));
    m_database->setPlaceholderText(tr("Optional"));

    m_hostProblem->setObjectName(QStringLiteral("hostProblem"));
    m_portProblem->setObjectName(QStringLiteral("portProblem"));

    //: Form label; the asterisk marks a required field
    form->addRow(tr("&Host: *"), m_host);
    form->addRow(QString(), m_hostProblem);
    form->addRow(tr("&Port: *"), m_port);
    form->addRow(QString(), m_portProblem);
    form->addRow(tr("&User: *"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_savePassword);
    form->addRow(tr("Default &database:"), m_database);
    auto *required = new QLabel(tr("* required"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), required);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_host, m_port, m_user, m_password, m_database}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateProblems();
            Q_EMIT changed();
        });
    }
    connect(m_savePassword, &QCheckBox::toggled, this, &ServerSection::changed);
}

void ServerSection::load(const Profile &profile)
{
    m_host->setText(profile.host);
    m_port->setText(QString::number(profile.port));
    m_user->setText(profile.user);
    m_database->setText(profile.database);
    updateProblems();
}

void ServerSection::apply(Profile &profile) const
{
    profile.host = m_host->text().trimmed();
    if (portProblem(m_port->text()).isEmpty())
        profile.port = quint16(m_port->text().trimmed().toUInt());
    profile.user = m_user->text();
    profile.database = m_database->text().trimmed();
}

QString ServerSection::password() const
{
    return m_password->text();
}

void ServerSection::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ServerSection::savePassword() const
{
    return m_savePassword->isChecked();
}

void ServerSection::setSavePassword(bool save)
{
    m_savePassword->setChecked(save);
}

ConnectionPreset ServerSection::preset() const
{
    if (!m_preset)
        return ConnectionPreset::byId(ConnectionPreset::Id::Custom);
    return ConnectionPreset::byId(ConnectionPreset::Id(m_preset->currentData().toInt()));
}

void ServerSection::applyPreset(int)
{
    const ConnectionPreset p = preset();
    m_caveat->setText(p.caveat);
    m_host->setPlaceholderText(p.hostPlaceholder);
    if (!p.host.isEmpty())
        m_host->setText(p.host);
    m_port->setText(QString::number(p.port));
    Q_EMIT presetChosen(p);
    Q_EMIT changed();
}

QString ServerSection::hostProblem(const QString &text)
{
    // One parse of the host for the whole program (ServerHost); the field only adds that a
    // person types an IPv6 address without the brackets URLs need.
    const QString host = text.trimmed();
    if (host.startsWith(QLatin1Char('[')))
        return tr("Enter an IPv6 address without brackets.");
    return ServerHost::parse(host).problem();
}

QString ServerSection::portProblem(const QString &text)
{
    const QString port = text.trimmed();
    if (port.isEmpty())
        return tr("Enter the port; MySQL and MariaDB use 3306 unless set up otherwise.");
    bool ok = false;
    const uint value = port.toUInt(&ok);
    if (!ok)
        return tr("The port must be a number.");
    if (value < 1 || value > 65535)
        return tr("The port must be between 1 and 65535.");
    return {};
}

QStringList ServerSection::problems() const
{
    QStringList list;
    if (const QString p = hostProblem(m_host->text()); !p.isEmpty())
        list << p;
    if (const QString p = portProblem(m_port->text()); !p.isEmpty())
        list << p;
    if (m_user->text().isEmpty())
        list << tr("Enter the user name to log in with.");
    return list;
}

void ServerSection::updateProblems()
{
    // Empty required fields are marked with an asterisk; messages are for what was typed.
    showProblem(m_hostProblem,
                m_host->text().trimmed().isEmpty() ? QString() : hostProblem(m_host->text()));
    showProblem(m_portProblem, portProblem(m_port->text()));
}
