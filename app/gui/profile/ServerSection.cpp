// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSection.h"

#include "SignInTrial.h"
#include "SshSection.h"
#include "interop/ShellWords.h"
#include "profile/ServerHost.h"
#include "signin/RdsAuthToken.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// Wrapped text that takes the field column's whole width.
void spanField(QLabel *label)
{
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    spanField(label);
    label->setVisible(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    spanField(label);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
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
    , m_grid(new QGridLayout)
    , m_trial(new SignInTrial(this))
{
    m_grid->setColumnStretch(1, 1);
    // Created in the order Tab visits them.
    if (withPresets) {
        m_preset = new QComboBox(this);
        m_preset->setObjectName(QStringLiteral("preset"));
        m_preset->setAccessibleName(tr("Where the server runs"));
        const QList<ConnectionPreset> presets = ConnectionPreset::all();
        for (const ConnectionPreset &p : presets)
            m_preset->addItem(p.name, int(p.id));
        m_caveat = new QLabel(this);
        m_caveat->setObjectName(QStringLiteral("caveat"));
        spanField(m_caveat);
        m_caveat->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_presetSignIn = new QCheckBox(this);
        m_presetSignIn->setObjectName(QStringLiteral("presetSignIn"));
        addRow(tr("Se&rver runs at:"), m_preset, Qt::AlignLeft);
        addRow(m_caveat);
        addRow(m_presetSignIn, Qt::AlignLeft);
        connect(m_preset, qOverload<int>(&QComboBox::activated), this, &ServerSection::applyPreset);
        connect(m_presetSignIn, &QCheckBox::clicked, this, [this](bool checked) {
            const ConnectionPreset p = preset();
            if (!p.signIn)
                return;
            setPasswordSource(checked ? *p.signIn : PasswordSource());
            if (checked)
                Q_EMIT presetChosen(p);
            sourceEdited();
        });
    }

    m_host = new QLineEdit(this);
    m_hostProblem = problemLabel(this);
    m_port = new QLineEdit(this);
    m_portProblem = problemLabel(this);
    m_user = new QLineEdit(this);
    m_source = new QComboBox(this);
    m_password = new QLineEdit(this);
    m_savePassword = new QCheckBox(tr("&Save the password in the system keychain"), this);

    m_commandRow = new QWidget(this);
    m_command = new QLineEdit(m_commandRow);
    m_commandPresets = new QPushButton(tr("Presets"), m_commandRow);
    m_clearTextToken
            = new QCheckBox(tr("What it prints is a sign-in token sent in clear te&xt"), this);
    m_commandHint = noteLabel(this);
    m_commandHelp = noteLabel(this);
    m_awsRegion = new QLineEdit(this);
    m_awsProfile = new QLineEdit(this);
    m_awsHelp = noteLabel(this);
    m_tryRow = new QWidget(this);
    m_try = new QPushButton(tr("Tr&y It"), m_tryRow);
    m_cancelTry = new QPushButton(tr("Cancel"), m_tryRow);
    m_tryProgress = new QProgressBar(m_tryRow);
    m_tryResult = problemLabel(this);
    m_sourceProblem = problemLabel(this);
    m_database = new QLineEdit(this);
    m_ssh = new SshSection(this);

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

    m_source->setObjectName(QStringLiteral("passwordSource"));
    m_source->setAccessibleName(tr("Password source"));
    const QList<PasswordSource::Kind> kinds = PasswordSource::all();
    for (PasswordSource::Kind kind : kinds)
        m_source->addItem(PasswordSource::displayName(kind), int(kind));
    m_source->setToolTip(tr("Where sslcm gets the password each time it connects. A command or "
                            "AWS sign-in makes a fresh secret every time; sslcm never stores "
                            "it."));

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_savePassword->setAccessibleName(tr("Save the password in the system keychain"));
    m_savePassword->setChecked(true);
    m_savePassword->setToolTip(tr("The password is kept by the operating system's keychain, "
                                  "never in sslcm's files."));

    m_command->setObjectName(QStringLiteral("passwordCommand"));
    m_command->setAccessibleName(tr("Password command (required)"));
    //: Placeholder of the password command field; "pass" is a program's name
    m_command->setPlaceholderText(tr("A program and its arguments, e.g. pass show db/orders"));
    m_commandRow->setFocusProxy(m_command);
    m_commandPresets->setObjectName(QStringLiteral("commandPresets"));
    m_commandPresets->setAccessibleName(tr("Command presets"));
    m_commandPresets->setToolTip(tr("Fills in the command for a cloud sign-in or a password "
                                    "manager"));
    auto *presetsMenu = new QMenu(m_commandPresets);
    presetsMenu->setObjectName(QStringLiteral("commandPresetsMenu"));
    const QList<PasswordSource::Preset> commandPresets = PasswordSource::presets();
    for (const PasswordSource::Preset &p : commandPresets) {
        QAction *action = presetsMenu->addAction(p.name);
        action->setObjectName(QStringLiteral("commandPreset-") + p.id);
        const QString id = p.id;
        connect(action, &QAction::triggered, this, [this, id] { applyCommandPreset(id); });
    }
    m_commandPresets->setMenu(presetsMenu);
    auto *commandLayout = new QHBoxLayout(m_commandRow);
    commandLayout->setContentsMargins(0, 0, 0, 0);
    commandLayout->addWidget(m_command, 1);
    commandLayout->addWidget(m_commandPresets);
    m_clearTextToken->setObjectName(QStringLiteral("clearTextToken"));
    m_clearTextToken->setAccessibleName(tr("What it prints is a sign-in token sent in clear text"));
    m_clearTextToken->setToolTip(tr("Cloud sign-in tokens (Azure, Cloud SQL) reach the server in "
                                    "clear text, so sslcm sends them only to a server whose "
                                    "identity it verified. Leave this off for a password kept "
                                    "in a password manager."));
    m_commandHint->setObjectName(QStringLiteral("commandHint"));
    m_commandHint->setForegroundRole(QPalette::WindowText);
    m_commandHelp->setObjectName(QStringLiteral("commandHelp"));
    //: {host}, {port}, {user} and SSLCM_HOST etc. are literal, do not translate them
    m_commandHelp->setText(tr("Run directly, without a shell; the first line it prints is the "
                              "password. {host}, {port} and {user} in the command become this "
                              "connection's values, which the program also finds in SSLCM_HOST, "
                              "SSLCM_PORT and SSLCM_USER."));

    m_awsRegion->setObjectName(QStringLiteral("awsRegion"));
    m_awsRegion->setAccessibleName(tr("AWS region"));
    m_awsProfile->setObjectName(QStringLiteral("awsProfile"));
    m_awsProfile->setAccessibleName(tr("AWS profile"));
    //: AWS_PROFILE is an environment variable; "default" is AWS's profile name: keep both
    m_awsProfile->setPlaceholderText(tr("AWS_PROFILE or default"));
    m_awsHelp->setObjectName(QStringLiteral("awsHelp"));
    //: credential_process, ~/.aws/config and the aws command are literal
    m_awsHelp->setText(tr("sslcm signs a 15-minute token itself, with AWS credentials from the "
                          "environment (AWS_ACCESS_KEY_ID…) or from the profile's keys or "
                          "credential_process in ~/.aws/credentials and ~/.aws/config. For AWS SSO "
                          "or an assumed role, give the profile a credential_process, e.g. “aws "
                          "configure export-credentials --profile NAME --format process”, or use "
                          "a password command instead."));

    m_try->setObjectName(QStringLiteral("tryPasswordSource"));
    m_try->setAccessibleName(tr("Try the password source"));
    m_try->setToolTip(tr("Runs the command or makes the token now and shows how long it is and "
                         "until when it is valid, never the secret itself."));
    m_cancelTry->setObjectName(QStringLiteral("cancelTry"));
    m_cancelTry->setAccessibleName(tr("Cancel trying the password source"));
    m_cancelTry->setVisible(false);
    m_tryProgress->setObjectName(QStringLiteral("tryProgress"));
    m_tryProgress->setAccessibleName(tr("Trying the password source"));
    m_tryProgress->setRange(0, 0);
    m_tryProgress->setTextVisible(false);
    m_tryProgress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_tryProgress->setVisible(false);
    auto *tryLayout = new QHBoxLayout(m_tryRow);
    tryLayout->setContentsMargins(0, 0, 0, 0);
    tryLayout->addWidget(m_try);
    tryLayout->addWidget(m_cancelTry);
    tryLayout->addWidget(m_tryProgress);
    tryLayout->addStretch(1);
    m_tryResult->setObjectName(QStringLiteral("tryResult"));
    m_sourceProblem->setObjectName(QStringLiteral("sourceProblem"));

    m_database->setObjectName(QStringLiteral("database"));
    m_database->setAccessibleName(tr("Default database"));
    m_database->setPlaceholderText(tr("Optional"));

    m_hostProblem->setObjectName(QStringLiteral("hostProblem"));
    m_portProblem->setObjectName(QStringLiteral("portProblem"));

    //: Form label; the asterisk marks a required field
    addRow(tr("&Host: *"), m_host);
    addRow(m_hostProblem);
    addRow(tr("&Port: *"), m_port, Qt::AlignLeft);
    addRow(m_portProblem);
    addRow(tr("&User: *"), m_user);
    addRow(tr("Password sourc&e:"), m_source, Qt::AlignLeft);
    addRow(tr("Pass&word:"), m_password);
    addRow(m_savePassword, Qt::AlignLeft);
    //: Form label of the password command; the asterisk marks a required field
    addRow(tr("Co&mmand: *"), m_commandRow);
    addRow(m_commandHint);
    addRow(m_clearTextToken, Qt::AlignLeft);
    addRow(m_commandHelp);
    addRow(tr("Re&gion:"), m_awsRegion);
    addRow(tr("AWS profi&le:"), m_awsProfile);
    addRow(m_awsHelp);
    addRow(m_tryRow);
    addRow(m_tryResult);
    addRow(m_sourceProblem);
    addRow(tr("Default &database:"), m_database);
    m_grid->addWidget(m_ssh, m_grid->rowCount(), 0, 1, 2);
    auto *required = new QLabel(tr("* required"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    addRow(required);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_host, m_port, m_user, m_password, m_database}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateProblems();
            Q_EMIT changed();
        });
    }
    // What a trial showed is about the values it ran with.
    for (QLineEdit *edit : {m_host, m_port, m_user}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_trial->isRunning())
                m_trial->cancel();
            m_tryResult->clear();
            m_tryResult->setVisible(false);
        });
    }
    connect(m_savePassword, &QCheckBox::toggled, this, &ServerSection::changed);
    connect(m_ssh, &SshSection::changed, this, &ServerSection::changed);
    connect(m_source, qOverload<int>(&QComboBox::activated), this, &ServerSection::sourceEdited);
    for (QLineEdit *edit : {m_command, m_awsRegion, m_awsProfile})
        connect(edit, &QLineEdit::textEdited, this, &ServerSection::sourceEdited);
    connect(m_clearTextToken, &QCheckBox::clicked, this, &ServerSection::sourceEdited);
    connect(m_try, &QPushButton::clicked, this, &ServerSection::startTry);
    connect(m_cancelTry, &QPushButton::clicked, m_trial, &SignInTrial::cancel);
    connect(m_trial, &SignInTrial::finished, this, [this](const SignInTrial::Result &result) {
        updateProblems(); // enables Try It again
        m_cancelTry->setVisible(false);
        m_tryProgress->setVisible(false);
        //: "Try It" worked; %1 describes the password or token (its length, its expiry)
        m_tryResult->setText(result.ok                  ? tr("✔ Got %1.").arg(result.text)
                                     : result.cancelled ? result.text
                                                        : tr("⚠ %1").arg(result.text));
        m_tryResult->setVisible(true);
        Q_EMIT tryFinished();
    });

    if (m_preset)
        applyPreset(m_preset->currentIndex());
    updateSourceRows();
    updateProblems();
}

ServerSection::~ServerSection() = default;

void ServerSection::addRow(const QString &label, QWidget *field, Qt::Alignment alignment)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(field);
    const int row = m_grid->rowCount();
    m_grid->addWidget(text, row, 0,
                      Qt::Alignment(style()->styleHint(QStyle::SH_FormLayoutLabelAlignment))
                              | Qt::AlignVCenter);
    m_grid->addWidget(field, row, 1, alignment);
    m_rowLabels.insert(field, text);
}

void ServerSection::addRow(QWidget *field, Qt::Alignment alignment)
{
    m_grid->addWidget(field, m_grid->rowCount(), 1, alignment);
}

void ServerSection::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_rowLabels.value(field))
        label->setVisible(visible);
}

void ServerSection::load(const Profile &profile)
{
    m_context = profile;
    m_host->setText(profile.host);
    m_port->setText(QString::number(profile.port));
    m_user->setText(profile.user);
    m_database->setText(profile.database);
    m_commandHint->clear();
    m_ssh->load(profile);
    setPasswordSource(profile.passwordSource);
    updateProblems();
}

void ServerSection::apply(Profile &profile) const
{
    profile.host = m_host->text().trimmed();
    if (portProblem(m_port->text()).isEmpty())
        profile.port = quint16(m_port->text().trimmed().toUInt());
    profile.user = m_user->text();
    profile.database = m_database->text().trimmed();
    // In place: the source's fields a newer sslcm wrote stay.
    PasswordSource &source = profile.passwordSource;
    source.kind = passwordSourceKind();
    const bool command = source.kind == PasswordSource::Kind::Command;
    const bool aws = source.kind == PasswordSource::Kind::AwsIam;
    source.command = command ? ShellWords::split(m_command->text()).words : QStringList();
    source.clearTextToken = command && m_clearTextToken->isChecked();
    source.awsRegion = aws ? m_awsRegion->text().trimmed() : QString();
    source.awsProfile = aws ? m_awsProfile->text().trimmed() : QString();
    m_ssh->apply(profile);
}

void ServerSection::setProfileContext(const Profile &profile)
{
    m_context = profile;
    updateProblems();
}

Profile ServerSection::contextProfile() const
{
    Profile p = m_context;
    apply(p);
    return p;
}

QString ServerSection::password() const
{
    const PasswordSource::Kind kind = passwordSourceKind();
    if (kind != PasswordSource::Kind::Keychain && kind != PasswordSource::Kind::Ask)
        return {};
    return m_password->text();
}

void ServerSection::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ServerSection::savePassword() const
{
    return passwordSourceKind() == PasswordSource::Kind::Keychain && m_savePassword->isChecked();
}

void ServerSection::setSavePassword(bool save)
{
    m_savePassword->setChecked(save);
}

PasswordSource ServerSection::passwordSource() const
{
    return contextProfile().passwordSource;
}

PasswordSource::Kind ServerSection::passwordSourceKind() const
{
    return PasswordSource::Kind(m_source->currentData().toInt());
}

void ServerSection::setPasswordSource(const PasswordSource &source)
{
    m_source->setCurrentIndex(m_source->findData(int(source.kind)));
    if (source.kind == PasswordSource::Kind::Command) {
        m_command->setText(ShellWords::join(source.command));
        m_command->setCursorPosition(0); // the program's name first
        m_clearTextToken->setChecked(source.clearTextToken);
    }
    if (source.kind == PasswordSource::Kind::AwsIam) {
        m_awsRegion->setText(source.awsRegion);
        m_awsProfile->setText(source.awsProfile);
    }
    updateSourceRows();
    updateProblems();
    Q_EMIT changed();
}

void ServerSection::applyCommandPreset(const QString &id)
{
    const QList<PasswordSource::Preset> presets = PasswordSource::presets();
    for (const PasswordSource::Preset &p : presets) {
        if (p.id != id)
            continue;
        PasswordSource source;
        source.kind = PasswordSource::Kind::Command;
        source.command = p.command;
        source.clearTextToken = p.clearTextToken;
        setPasswordSource(source);
        m_commandHint->setText(tr("ℹ %1").arg(p.hint));
        sourceEdited();
        // The part to edit, when there is one, is selected for typing over.
        m_command->setFocus(Qt::OtherFocusReason);
        for (const QString &part : {QStringLiteral("NAME"), QStringLiteral("VAULT")}) {
            const qsizetype at = m_command->text().indexOf(part);
            if (at >= 0) {
                m_command->setSelection(int(at), int(part.size()));
                break;
            }
        }
        return;
    }
}

void ServerSection::sourceEdited()
{
    if (m_trial->isRunning())
        m_trial->cancel();
    m_tryResult->clear();
    if (passwordSourceKind() != PasswordSource::Kind::Command)
        m_commandHint->clear();
    if (m_presetSignIn) {
        const std::optional<PasswordSource> signIn = preset().signIn;
        m_presetSignIn->setChecked(signIn && passwordSource() == *signIn);
    }
    updateSourceRows();
    updateProblems();
    Q_EMIT changed();
}

void ServerSection::updateSourceRows()
{
    using Kind = PasswordSource::Kind;
    const Kind kind = passwordSourceKind();
    const bool typed = kind == Kind::Keychain || kind == Kind::Ask;
    const bool command = kind == Kind::Command;
    const bool aws = kind == Kind::AwsIam;
    setRowVisible(m_password, typed);
    setRowVisible(m_savePassword, kind == Kind::Keychain);
    m_password->setPlaceholderText(kind == Kind::Ask
                                           ? tr("Used for tests here only; asked for every time")
                                           : tr("Asked for when connecting if left empty"));
    setRowVisible(m_commandRow, command);
    setRowVisible(m_commandHint, command && !m_commandHint->text().isEmpty());
    setRowVisible(m_clearTextToken, command);
    setRowVisible(m_commandHelp, command);
    setRowVisible(m_awsRegion, aws);
    setRowVisible(m_awsProfile, aws);
    setRowVisible(m_awsHelp, aws);
    setRowVisible(m_tryRow, command || aws);
    setRowVisible(m_tryResult, (command || aws) && !m_tryResult->text().isEmpty());
}

void ServerSection::startTry()
{
    const bool command = passwordSourceKind() == PasswordSource::Kind::Command;
    m_try->setEnabled(false);
    m_cancelTry->setVisible(true);
    m_tryProgress->setVisible(true);
    m_tryResult->setText(command ? tr("Running the command…")
                                 : tr("Making an AWS RDS IAM sign-in token…"));
    m_tryResult->setVisible(true);
    m_trial->start(contextProfile());
}

bool ServerSection::isTrying() const
{
    return m_trial->isRunning();
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
    m_presetSignIn->setText(p.signInName);
    m_presetSignIn->setAccessibleName(p.signIn ? QString(p.signInName).remove(QLatin1Char('&'))
                                               : tr("Sign in without a password"));
    m_presetSignIn->setChecked(p.signIn && passwordSource() == *p.signIn);
    setRowVisible(m_presetSignIn, p.signIn.has_value());
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

QString ServerSection::commandLineProblem(const QString &commandLine)
{
    const ShellWords::Split split = ShellWords::split(commandLine);
    if (!split.error.isEmpty())
        //: %1 says what is wrong, e.g. "a quote is not closed"
        return tr("The password command cannot be read: %1.").arg(split.error);
    if (split.stoppedAt >= 0)
        //: %1 is a shell operator such as | or ;
        return tr("sslcm runs the command without a shell, so “%1” and what follows it would be "
                  "left out. Put it in quotes if it belongs to an argument, or run a script "
                  "that holds the pipeline.")
                .arg(commandLine.at(split.stoppedAt));
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
    if (passwordSourceKind() == PasswordSource::Kind::Command) {
        if (const QString p = commandLineProblem(m_command->text()); !p.isEmpty())
            list << p;
    }
    const Profile p = contextProfile();
    const QString verification = verificationProblem();
    const QStringList sourceProblems = p.passwordSource.problems(p);
    for (const QString &problem : sourceProblems) {
        if (problem != verification)
            list << problem;
    }
    list << m_ssh->problems();
    return list;
}

QString ServerSection::verificationProblem() const
{
    const Profile p = contextProfile();
    const QString problem = PasswordSource::clearTextNeedsVerifiedServerProblem(p.sslMode);
    return p.passwordSource.problems(p).contains(problem) ? problem : QString();
}

void ServerSection::focusFirstProblem()
{
    if (!hostProblem(m_host->text()).isEmpty())
        m_host->setFocus();
    else if (!portProblem(m_port->text()).isEmpty())
        m_port->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else if (passwordSourceKind() == PasswordSource::Kind::Command
             && !verificationProblem().isEmpty())
        m_clearTextToken->setFocus();
    else if (passwordSourceKind() == PasswordSource::Kind::Command
             && (!commandLineProblem(m_command->text()).isEmpty()
                 || !passwordSource().problems(contextProfile()).isEmpty()))
        m_command->setFocus();
    else if (!m_ssh->problems().isEmpty())
        m_ssh->focusFirstProblem();
    else if (passwordSourceKind() == PasswordSource::Kind::Command)
        m_command->setFocus();
    else
        m_source->setFocus();
}

void ServerSection::updateProblems()
{
    // The region an empty field stands for.
    const std::optional<QString> region = RdsAuthToken::regionFromHost(m_host->text().trimmed());
    m_awsRegion->setPlaceholderText(
            region ? tr("%1, from the host name").arg(*region)
                   //: REGION stands for an AWS region such as eu-west-1
                   : tr("From an RDS host name (*.REGION.rds.amazonaws.com)"));

    // Empty required fields are marked with an asterisk; messages are for what was typed.
    showProblem(m_hostProblem,
                m_host->text().trimmed().isEmpty() ? QString() : hostProblem(m_host->text()));
    showProblem(m_portProblem, portProblem(m_port->text()));
    QStringList source;
    if (passwordSourceKind() == PasswordSource::Kind::Command) {
        if (const QString p = commandLineProblem(m_command->text()); !p.isEmpty())
            source << p;
    }
    if (const QString p = verificationProblem(); !p.isEmpty())
        source << p;
    showProblem(m_sourceProblem, source.join(QStringLiteral("\n⚠ ")));
    // What would not run (or be refused) is not tried: the problem above or the asterisk says
    // why.
    const bool runnable = (passwordSourceKind() != PasswordSource::Kind::Command
                           || (!m_command->text().trimmed().isEmpty()
                               && commandLineProblem(m_command->text()).isEmpty()))
            && verificationProblem().isEmpty();
    m_try->setEnabled(runnable && !m_trial->isRunning());
}
