// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRequirementsDialog.h"
#include "WindowGeometry.h"

#include "ScrollWheelGuard.h"

#include "SqlHighlighter.h"
#include "accounts/ClientCertificateSubject.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "ssh/SshJumpPrompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStyle>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QLabel *helpLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

} // namespace

AccountRequirementsDialog::AccountRequirementsDialog(ProfileStore *store, SecretStore *secrets,
                                                     const QUuid &adminProfileId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_runner(new AccountRequirementRunner(this))
{
    setWindowTitle(tr("Account TLS Requirements"));
    setAccessibleName(windowTitle());
    buildUi();
    if (!adminProfileId.isNull() && m_store) {
        const int index = m_profile->findData(adminProfileId);
        if (index >= 0)
            m_profile->setCurrentIndex(index);
    }
    connect(m_runner, &AccountRequirementRunner::inspected, this,
            &AccountRequirementsDialog::inspected);
    connect(m_runner, &AccountRequirementRunner::statementFinished, this,
            &AccountRequirementsDialog::statementFinished);
    connect(m_runner, &AccountRequirementRunner::finished, this,
            &AccountRequirementsDialog::finished);
    updateRequirementFields();
    updatePreview();
}

AccountRequirementsDialog::~AccountRequirementsDialog() = default;

void AccountRequirementsDialog::buildUi()
{
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);

    // Target server.
    auto *serverBox = new QGroupBox(tr("Target server"), form);
    auto *serverForm = new QFormLayout(serverBox);
    m_profile = new QComboBox(serverBox);
    m_profile->setAccessibleName(tr("Admin profile"));
    m_profile->addItem(tr("None: only write the statements"), QUuid());
    if (m_store)
        for (const Profile &p : m_store->profiles())
            m_profile->addItem(p.name, p.id);
    m_connect = new QPushButton(tr("C&onnect"), serverBox);
    m_connect->setAccessibleName(tr("Connect with the admin profile"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_connect);
    auto *profileLabel = new QLabel(tr("&Admin profile:"), serverBox);
    profileLabel->setBuddy(m_profile);
    serverForm->addRow(profileLabel, profileRow);
    m_serverStatus = helpLabel(serverBox);
    m_serverStatus->setText(tr("Not connected. Statements are written for the server type "
                               "chosen below."));
    serverForm->addRow(m_serverStatus);
    m_dialect = new QComboBox(serverBox);
    m_dialect->setAccessibleName(tr("Server type"));
    for (ServerDialect::Kind k : ServerDialect::allKinds())
        m_dialect->addItem(ServerDialect(k).displayName(), ServerDialect(k).key());
    auto *dialectLabel = new QLabel(tr("Server &type:"), serverBox);
    dialectLabel->setBuddy(m_dialect);
    serverForm->addRow(dialectLabel, m_dialect);
    formLayout->addWidget(serverBox);

    // Account.
    auto *accountBox = new QGroupBox(tr("Account"), form);
    auto *accountForm = new QFormLayout(accountBox);
    m_user = new QComboBox(accountBox);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setAccessibleName(tr("User name"));
    m_user->lineEdit()->setPlaceholderText(tr("app_user"));
    auto *userLabel = new QLabel(tr("&User:"), accountBox);
    userLabel->setBuddy(m_user);
    accountForm->addRow(userLabel, m_user);
    m_host = new QLineEdit(QStringLiteral("%"), accountBox);
    m_host->setAccessibleName(tr("Host"));
    auto *hostLabel = new QLabel(tr("&Host:"), accountBox);
    hostLabel->setBuddy(m_host);
    accountForm->addRow(hostLabel, m_host);
    m_hostHelp = helpLabel(accountBox);
    accountForm->addRow(m_hostHelp);
    m_create = new QCheckBox(tr("Create the account if it does not &exist"), accountBox);
    m_create->setChecked(true);
    m_create->setAccessibleName(m_create->text().remove(QLatin1Char('&')));
    accountForm->addRow(m_create);
    m_authentication = new QComboBox(accountBox);
    m_authentication->setAccessibleName(tr("How a new account logs in"));
    for (auto a : {AccountChange::Authentication::Password, AccountChange::Authentication::Socket})
        m_authentication->addItem(QString(), int(a));
    auto *authenticationLabel = new QLabel(tr("Log&s in with:"), accountBox);
    authenticationLabel->setBuddy(m_authentication);
    accountForm->addRow(authenticationLabel, m_authentication);
    m_password = new QLineEdit(accountBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password for a new account"));
    m_password->setPlaceholderText(tr("only used when the account is created"));
    auto *passwordLabel = new QLabel(tr("&Password:"), accountBox);
    passwordLabel->setBuddy(m_password);
    accountForm->addRow(passwordLabel, m_password);
    formLayout->addWidget(accountBox);

    // Privileges.
    auto *privBox = new QGroupBox(tr("Privileges"), form);
    auto *privLayout = new QVBoxLayout(privBox);
    auto *scopeForm = new QFormLayout;
    m_scope = new QComboBox(privBox);
    m_scope->setAccessibleName(tr("Privilege scope"));
    m_scope->addItem(tr("Database (db.*)"), int(PrivilegeGrant::Scope::Database));
    m_scope->addItem(tr("Table (db.table)"), int(PrivilegeGrant::Scope::Table));
    m_scope->addItem(tr("Global (*.*)"), int(PrivilegeGrant::Scope::Global));
    auto *scopeLabel = new QLabel(tr("&Scope:"), privBox);
    scopeLabel->setBuddy(m_scope);
    scopeForm->addRow(scopeLabel, m_scope);
    m_database = new QLineEdit(privBox);
    m_database->setAccessibleName(tr("Database"));
    auto *dbLabel = new QLabel(tr("&Database:"), privBox);
    dbLabel->setBuddy(m_database);
    scopeForm->addRow(dbLabel, m_database);
    m_table = new QLineEdit(privBox);
    m_table->setAccessibleName(tr("Table"));
    auto *tableLabel = new QLabel(tr("Ta&ble:"), privBox);
    tableLabel->setBuddy(m_table);
    scopeForm->addRow(tableLabel, m_table);
    privLayout->addLayout(scopeForm);
    auto *sets = new QHBoxLayout;
    const struct
    {
        QString text;
        QString name;
        QStringList set;
    } presets[] = {
            {tr("&Read-only"), tr("Select the read-only privileges"),
             PrivilegeGrant::readOnlySet()},
            {tr("Read-&write"), tr("Select the read-write privileges"),
             PrivilegeGrant::readWriteSet()},
            {tr("A&ll"), tr("Select all privileges"), PrivilegeGrant::allSet()},
            {tr("&No privileges"), tr("Clear the privileges"), {}},
    };
    for (const auto &preset : presets) {
        auto *button = new QPushButton(preset.text, privBox);
        button->setAccessibleName(preset.name);
        const QStringList set = preset.set;
        connect(button, &QPushButton::clicked, this, [this, set] { applyPrivilegeSet(set); });
        sets->addWidget(button);
    }
    privLayout->addLayout(sets);
    auto *grid = new QGridLayout;
    const QStringList known = PrivilegeGrant::knownPrivileges();
    for (int i = 0; i < known.size(); ++i) {
        auto *box = new QCheckBox(known.at(i), privBox);
        box->setAccessibleName(tr("Privilege %1").arg(known.at(i)));
        box->setProperty("privilege", known.at(i));
        grid->addWidget(box, i / 3, i % 3);
        m_privileges << box;
        connect(box, &QCheckBox::toggled, this, &AccountRequirementsDialog::updatePreview);
    }
    privLayout->addLayout(grid);
    m_revokeFirst = new QCheckBox(tr("Re&voke existing privileges first"), privBox);
    m_revokeFirst->setAccessibleName(tr("Revoke existing privileges first"));
    privLayout->addWidget(m_revokeFirst);
    formLayout->addWidget(privBox);

    // Requirement.
    auto *reqBox = new QGroupBox(tr("TLS requirement"), form);
    auto *reqForm = new QFormLayout(reqBox);
    m_requireType = new QComboBox(reqBox);
    m_requireType->setAccessibleName(tr("Requirement"));
    for (auto t : {AccountRequirement::Type::Ssl, AccountRequirement::Type::X509,
                   AccountRequirement::Type::Specified, AccountRequirement::Type::None})
        m_requireType->addItem(AccountRequirement::typeText(t), int(t));
    auto *reqLabel = new QLabel(tr("Re&quire:"), reqBox);
    reqLabel->setBuddy(m_requireType);
    reqForm->addRow(reqLabel, m_requireType);
    m_issuer = new QLineEdit(reqBox);
    m_issuer->setAccessibleName(tr("Issuer"));
    //: An example of a certificate issuer as MySQL compares it; keep the /O= and /CN= form
    m_issuer->setPlaceholderText(tr("/O=Example/CN=Example CA"));
    auto *issuerLabel = new QLabel(tr("&Issuer:"), reqBox);
    issuerLabel->setBuddy(m_issuer);
    reqForm->addRow(issuerLabel, m_issuer);
    m_subject = new QLineEdit(reqBox);
    m_subject->setAccessibleName(tr("Subject"));
    //: An example of a certificate subject as MySQL compares it; keep the /O= and /CN= form
    m_subject->setPlaceholderText(tr("/O=Example/CN=app"));
    auto *subjectLabel = new QLabel(tr("Su&bject:"), reqBox);
    subjectLabel->setBuddy(m_subject);
    reqForm->addRow(subjectLabel, m_subject);
    m_cipher = new QLineEdit(reqBox);
    m_cipher->setAccessibleName(tr("Cipher"));
    auto *cipherLabel = new QLabel(tr("&Cipher:"), reqBox);
    cipherLabel->setBuddy(m_cipher);
    reqForm->addRow(cipherLabel, m_cipher);
    m_fromCert = new QPushButton(tr("&Fill from client certificate..."), reqBox);
    m_fromCert->setAccessibleName(tr("Fill issuer and subject from a client certificate"));
    reqForm->addRow(m_fromCert);
    m_certVerdict = helpLabel(reqBox);
    reqForm->addRow(m_certVerdict);
    m_legacy = new QCheckBox(tr("Legacy form: GRANT ... RE&QUIRE"), reqBox);
    m_legacy->setAccessibleName(tr("Use the legacy GRANT ... REQUIRE form"));
    reqForm->addRow(m_legacy);
    m_flush = new QCheckBox(tr("Add FLUSH PRIVILEGES (not needed)"), reqBox);
    m_flush->setAccessibleName(tr("Add FLUSH PRIVILEGES"));
    reqForm->addRow(m_flush);
    formLayout->addWidget(reqBox);
    formLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Account settings"));
    ScrollWheelGuard::protect(scroll);

    // Preview and results.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    auto *previewLabel = new QLabel(tr("S&tatements:"), right);
    m_preview = new QPlainTextEdit(right);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Statements preview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    previewLabel->setBuddy(m_preview);
    m_highlighter = new SqlHighlighter(m_preview->document());
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 2);
    m_problems = helpLabel(right);
    m_problems->setAccessibleName(tr("Problems"));
    rightLayout->addWidget(m_problems);
    auto *cmdLabel = new QLabel(tr("mysql co&mmand line:"), right);
    m_commandLine = new QLineEdit(right);
    m_commandLine->setReadOnly(true);
    m_commandLine->setAccessibleName(tr("Equivalent mysql command line"));
    cmdLabel->setBuddy(m_commandLine);
    rightLayout->addWidget(cmdLabel);
    rightLayout->addWidget(m_commandLine);
    auto *actions = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy"), right);
    m_copy->setAccessibleName(tr("Copy the statements"));
    m_save = new QPushButton(tr("Sa&ve as .sql..."), right);
    m_save->setAccessibleName(tr("Save the statements as an SQL file"));
    m_run = new QPushButton(tr("&Run on server..."), right);
    m_run->setAccessibleName(tr("Run the statements on the server"));
    m_verify = new QPushButton(tr("V&erify"), right);
    m_verify->setAccessibleName(tr("Verify the account on the server"));
    for (QPushButton *b : {m_copy, m_save, m_run, m_verify})
        actions->addWidget(b);
    rightLayout->addLayout(actions);
    auto *proveBox = new QGroupBox(tr("Proof by login"), right);
    auto *proveForm = new QFormLayout(proveBox);
    m_prove = new QCheckBox(tr("After running, prove it by lo&gging in as the account with TLS"),
                            proveBox);
    m_prove->setAccessibleName(tr("Prove the requirement by logging in"));
    proveForm->addRow(m_prove);
    m_proveWithoutTls = new QCheckBox(tr("Also log in without &TLS"), proveBox);
    m_proveWithoutTls->setAccessibleName(tr("Also log in without TLS"));
    m_proveWithoutTls->setChecked(false);
    proveForm->addRow(m_proveWithoutTls);
    m_proveWithoutTlsHelp = helpLabel(proveBox);
    m_proveWithoutTlsHelp->setText(
            tr("Off by default. A login without TLS sends the account's name and the challenge "
               "response made from its password unencrypted: whoever sees the traffic can try "
               "to guess the password offline. sslcm asks first when the server is not on this "
               "computer."));
    proveForm->addRow(m_proveWithoutTlsHelp);
    m_provePassword = new QLineEdit(proveBox);
    m_provePassword->setEchoMode(QLineEdit::Password);
    m_provePassword->setAccessibleName(tr("The account's password"));
    auto *provePasswordLabel = new QLabel(tr("Account pass&word:"), proveBox);
    provePasswordLabel->setBuddy(m_provePassword);
    proveForm->addRow(provePasswordLabel, m_provePassword);
    m_proveCert = new QLineEdit(proveBox);
    m_proveCert->setAccessibleName(tr("Client certificate for the proof"));
    auto *proveCertLabel = new QLabel(tr("Client certificate:"), proveBox);
    proveCertLabel->setBuddy(m_proveCert);
    proveForm->addRow(proveCertLabel, m_proveCert);
    m_proveKey = new QLineEdit(proveBox);
    m_proveKey->setAccessibleName(tr("Client key for the proof"));
    auto *proveKeyLabel = new QLabel(tr("Client key:"), proveBox);
    proveKeyLabel->setBuddy(m_proveKey);
    proveForm->addRow(proveKeyLabel, m_proveKey);
    rightLayout->addWidget(proveBox);
    m_results = new QPlainTextEdit(right);
    m_results->setReadOnly(true);
    m_results->setAccessibleName(tr("Results"));
    m_results->setTabChangesFocus(true);
    m_results->setPlaceholderText(tr("Results of running and verifying appear here. Sessions "
                                     "opened before a change stay connected; requirements "
                                     "apply at the next login."));
    rightLayout->addWidget(m_results, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 760);
    // The form at its full width, so that it needs no horizontal scroll bar; the preview takes
    // the rest.
    const int formWidth = form->sizeHint().width() + 2 * scroll->frameWidth()
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
    splitter->setSizes({formWidth, qMax(1, 1100 - formWidth)});
    WindowGeometry::remember(this, QStringLiteral("accountRequirements"), QSize(1100, 760));

    for (QLineEdit *edit : {m_host, m_password, m_database, m_table, m_issuer, m_subject, m_cipher,
                            m_user->lineEdit()})
        connect(edit, &QLineEdit::textChanged, this, &AccountRequirementsDialog::updatePreview);
    for (QCheckBox *box : {m_create, m_revokeFirst, m_legacy, m_flush})
        connect(box, &QCheckBox::toggled, this, &AccountRequirementsDialog::updatePreview);
    for (QComboBox *combo : {m_dialect, m_scope, m_requireType})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateRequirementFields();
            updatePreview();
        });
    connect(m_authentication, &QComboBox::currentIndexChanged, this,
            &AccountRequirementsDialog::updatePreview);
    connect(m_prove, &QCheckBox::toggled, this, &AccountRequirementsDialog::updatePreview);
    connect(m_connect, &QPushButton::clicked, this, &AccountRequirementsDialog::connectToServer);
    // The cached password and the server's facts belong to the profile they came from.
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        forgetServer();
        updateRequirementFields();
        updatePreview();
    });
    connect(m_user, &QComboBox::activated, this, [this](int index) {
        const QStringList account = m_user->itemData(index).toStringList();
        if (account.size() != 2)
            return;
        m_user->setEditText(account.at(0));
        m_host->setText(account.at(1));
    });
    connect(m_fromCert, &QPushButton::clicked, this,
            &AccountRequirementsDialog::fillFromCertificate);
    connect(m_copy, &QPushButton::clicked, this, &AccountRequirementsDialog::copyStatements);
    connect(m_save, &QPushButton::clicked, this, &AccountRequirementsDialog::saveStatements);
    connect(m_run, &QPushButton::clicked, this, &AccountRequirementsDialog::confirmAndRun);
    connect(m_verify, &QPushButton::clicked, this, [this] { startRun(true); });
}

void AccountRequirementsDialog::updateRequirementFields()
{
    const auto type = AccountRequirement::Type(m_requireType->currentData().toInt());
    const bool specified = type == AccountRequirement::Type::Specified;
    for (QWidget *w : {static_cast<QWidget *>(m_issuer), static_cast<QWidget *>(m_subject),
                       static_cast<QWidget *>(m_cipher), static_cast<QWidget *>(m_fromCert)})
        w->setEnabled(specified);
    const auto scope = PrivilegeGrant::Scope(m_scope->currentData().toInt());
    m_database->setEnabled(scope != PrivilegeGrant::Scope::Global);
    m_table->setEnabled(scope == PrivilegeGrant::Scope::Table);
    m_legacy->setEnabled(dialect().acceptsGrantRequire());
    if (!dialect().acceptsGrantRequire())
        m_legacy->setChecked(false);
    m_flush->setEnabled(m_legacy->isChecked());
}

ServerDialect AccountRequirementsDialog::dialect() const
{
    if (m_facts && m_facts->dialect)
        return *m_facts->dialect;
    return ServerDialect::fromKey(m_dialect->currentData().toString()).value_or(ServerDialect());
}

AccountChange AccountRequirementsDialog::change() const
{
    AccountChange c;
    c.user = m_user->currentText();
    c.host = m_host->text();
    c.createIfMissing = m_create->isChecked();
    c.authentication = AccountChange::Authentication(m_authentication->currentData().toInt());
    if (c.authentication == AccountChange::Authentication::Password)
        c.password = m_password->text();
    c.revokeFirst = m_revokeFirst->isChecked();
    c.legacyGrantRequire = m_legacy->isChecked() && m_legacy->isEnabled();
    c.flushPrivileges = c.legacyGrantRequire && m_flush->isChecked();
    c.requirement.type = AccountRequirement::Type(m_requireType->currentData().toInt());
    if (c.requirement.type == AccountRequirement::Type::Specified) {
        c.requirement.issuer = m_issuer->text();
        c.requirement.subject = m_subject->text();
        c.requirement.cipher = m_cipher->text();
    }
    c.grant.scope = PrivilegeGrant::Scope(m_scope->currentData().toInt());
    c.grant.database
            = c.grant.scope == PrivilegeGrant::Scope::Global ? QString() : m_database->text();
    c.grant.table = c.grant.scope == PrivilegeGrant::Scope::Table ? m_table->text() : QString();
    for (QCheckBox *box : m_privileges)
        if (box->isChecked())
            c.grant.privileges << box->property("privilege").toString();
    return c;
}

AccountScript AccountRequirementsDialog::script() const
{
    if (m_facts)
        return AccountRequirementRunner::scriptFor(change(), *m_facts);
    return AccountStatementBuilder::build(change(), dialect());
}

void AccountRequirementsDialog::updatePreview()
{
    m_hostHelp->setText(AccountStatementBuilder::hostPatternExplanation(m_host->text()));
    m_flush->setEnabled(m_legacy->isChecked());
    const AccountScript s = script();
    if (s.ok()) {
        m_preview->setPlainText(s.sqlFile(
                tr("%1 on %2")
                        .arg(AccountStatementBuilder::accountName(change().user, change().host),
                             dialect().displayName())));
        QStringList text {change().requirement.explanation()};
        if (!s.runProblems.isEmpty())
            text << tr("To run them on the server: %1").arg(s.runProblems.join(QLatin1Char(' ')));
        m_problems->setText(text.join(QLatin1Char('\n')));
    } else {
        m_preview->setPlainText(QString());
        m_problems->setText(s.problems.join(QLatin1Char('\n')));
    }
    AccountStatementBuilder::CommandLineTarget target;
    if (const auto admin = adminProfile()) {
        target.host = admin->host;
        target.port = admin->port;
        target.adminUser = admin->user;
        target.caFile = admin->caFile;
        target.clientCertificate = admin->clientCertificate;
        target.clientKey = admin->clientKey;
    }
    m_commandLine->setText(s.ok() ? AccountStatementBuilder::mysqlCommandLine(s, dialect(), target)
                                  : QString());
    // From its start ("mysql --host …"), not from where the cursor was left.
    m_commandLine->setCursorPosition(0);
    const bool busy = m_runner->isRunning();
    m_copy->setEnabled(s.ok());
    m_save->setEnabled(s.ok());
    m_run->setEnabled(s.canRun() && adminProfile().has_value() && !busy);
    m_verify->setEnabled(s.ok() && adminProfile().has_value() && !busy);
    m_connect->setEnabled(adminProfile().has_value() && !busy);
    m_dialect->setEnabled(!m_facts);
    for (int i = 0; i < m_authentication->count(); ++i)
        m_authentication->setItemText(
                i,
                AccountStatementBuilder::authenticationText(
                        AccountChange::Authentication(m_authentication->itemData(i).toInt()),
                        dialect()));
    const bool withPassword = m_create->isChecked()
            && AccountChange::Authentication(m_authentication->currentData().toInt())
                    == AccountChange::Authentication::Password;
    m_authentication->setEnabled(m_create->isChecked());
    m_password->setEnabled(withPassword);
    m_proveWithoutTls->setEnabled(m_prove->isChecked());
}

void AccountRequirementsDialog::applyPrivilegeSet(const QStringList &set)
{
    for (QCheckBox *box : m_privileges) {
        const QSignalBlocker block(box);
        box->setChecked(set.contains(box->property("privilege").toString()));
    }
    updatePreview();
}

std::optional<Profile> AccountRequirementsDialog::adminProfile() const
{
    const QUuid id = m_profile->currentData().toUuid();
    if (id.isNull() || !m_store)
        return std::nullopt;
    return m_store->profile(id);
}

void AccountRequirementsDialog::forgetServer()
{
    m_serverProfileId = QUuid();
    m_adminPassword.fill(QLatin1Char('\0'));
    m_adminPassword.clear();
    m_adminSshPassword.fill(QLatin1Char('\0'));
    m_adminSshPassword.clear();
    m_adminSshKeyPassphrase.fill(QLatin1Char('\0'));
    m_adminSshKeyPassphrase.clear();
    m_facts.reset();
    const QString typed = m_user->currentText();
    m_user->clear();
    m_user->setEditText(typed);
    m_serverStatus->setText(tr("Not connected. Statements are written for the server type "
                               "chosen below."));
}

bool AccountRequirementsDialog::isCurrentProfile(const QUuid &id) const
{
    return !id.isNull() && m_profile->currentData().toUuid() == id;
}

void AccountRequirementsDialog::withAdminPassword(const std::function<void(const QString &)> &then)
{
    const auto admin = adminProfile();
    if (!admin)
        return;
    if (m_serverProfileId == admin->id && (!m_adminPassword.isEmpty() || !m_secrets)) {
        then(m_adminPassword);
        return;
    }
    // Secrets cached for another profile are never sent to this one.
    for (QString *secret : {&m_adminPassword, &m_adminSshPassword, &m_adminSshKeyPassphrase}) {
        secret->fill(QLatin1Char('\0'));
        secret->clear();
    }
    m_serverProfileId = QUuid();
    const QUuid id = admin->id;
    auto remember = [this, id, then](const QString &password) {
        // The user may have chosen another profile while the password was on its way.
        const auto current = adminProfile();
        if (!isCurrentProfile(id) || !current)
            return;
        // The SSH jump host's secrets too, when the profile goes through one.
        SshJumpPrompts::obtain(
                this, m_secrets, *current,
                [this, id, password, then](const SshSecrets &ssh) {
                    if (!isCurrentProfile(id))
                        return;
                    m_serverProfileId = id;
                    m_adminPassword = password;
                    m_adminSshPassword = ssh.password;
                    m_adminSshKeyPassphrase = ssh.keyPassphrase;
                    then(m_adminPassword);
                },
                [this] {
                    m_serverStatus->setText(tr("Not connected: no SSH password was given."));
                    updatePreview();
                });
    };
    if (!m_secrets) {
        remember(QString());
        return;
    }
    m_secrets->read(id, SecretKind::Password, this,
                    [this, remember, name = admin->name](const SecretResult &result) {
                        if (result.ok()) {
                            remember(result.secret);
                            return;
                        }
                        auto *ask = new QInputDialog(this);
                        ask->setAttribute(Qt::WA_DeleteOnClose);
                        ask->setObjectName(QStringLiteral("adminPassword"));
                        ask->setWindowTitle(tr("Admin password"));
                        ask->setLabelText(tr("Password of the profile \"%1\":").arg(name));
                        ask->setTextEchoMode(QLineEdit::Password);
                        connect(ask, &QInputDialog::textValueSelected, this, remember);
                        connect(ask, &QInputDialog::rejected, this, [this] {
                            m_serverStatus->setText(tr("Not connected: no password was given."));
                            updatePreview();
                        });
                        ask->open();
                    });
}

void AccountRequirementsDialog::connectToServer()
{
    const auto admin = adminProfile();
    if (!admin)
        return;
    m_serverStatus->setText(tr("Connecting to %1...").arg(admin->addressText()));
    m_connect->setEnabled(false);
    withAdminPassword([this, profile = *admin](const QString &password) {
        m_runner->inspect({profile, password, {}, m_adminSshPassword, m_adminSshKeyPassphrase});
    });
}

void AccountRequirementsDialog::inspected(const ServerInspection &inspection)
{
    if (!isCurrentProfile(inspection.profileId) || inspection.profileId != m_serverProfileId) {
        // A server the user has since left: its facts describe another server.
        updatePreview();
        Q_EMIT serverInspected(false);
        return;
    }
    if (!inspection.ok()) {
        forgetServer();
        m_serverStatus->setText(tr("Not connected: %1").arg(inspection.error));
        updatePreview();
        Q_EMIT serverInspected(false);
        return;
    }
    m_facts = inspection.facts;
    if (m_facts->dialect) {
        const int index = m_dialect->findData(m_facts->dialect->key());
        const QSignalBlocker block(m_dialect);
        m_dialect->setCurrentIndex(index);
    }
    QString status
            = tr("Connected: %1 over %2, sql_mode %3.")
                      .arg(m_facts->version,
                           m_facts->tlsVersion.isEmpty() ? tr("no TLS") : m_facts->tlsVersion,
                           m_facts->sqlMode.isEmpty() ? QStringLiteral("''") : m_facts->sqlMode);
    if (!m_facts->dialect)
        status += QLatin1Char(' ') + tr("sslcm does not know this server type.");
    if (m_facts->requireSecureTransport)
        status += QLatin1Char(' ') + tr("require_secure_transport is ON on this server.");
    m_serverStatus->setText(status);
    const QString typed = m_user->currentText();
    m_user->clear();
    for (const AccountName &a : inspection.accounts)
        m_user->addItem(QStringLiteral("%1@%2").arg(a.user, a.host), QStringList {a.user, a.host});
    m_user->setCurrentIndex(-1);
    m_user->setEditText(typed);
    updateRequirementFields();
    updatePreview();
    Q_EMIT serverInspected(true);
}

void AccountRequirementsDialog::fillFromCertificate()
{
    auto *pick = new QFileDialog(this, tr("Client certificate"), QString(),
                                 tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    pick->setObjectName(QStringLiteral("chooseClientCertificate"));
    pick->setAttribute(Qt::WA_DeleteOnClose);
    pick->setFileMode(QFileDialog::ExistingFile);
    pick->setAcceptMode(QFileDialog::AcceptOpen);
    connect(pick, &QFileDialog::fileSelected, this, &AccountRequirementsDialog::fillFromFile);
    pick->open();
}

void AccountRequirementsDialog::fillFromFile(const QString &path)
{
    if (path.isEmpty())
        return;
    ClientCertificateSubject names = ClientCertificateSubject::fromFile(path);
    if (!names.ok) {
        m_certVerdict->setText(names.error);
        return;
    }
    m_issuer->setText(names.issuer);
    m_subject->setText(names.subject);
    QString verdict;
    if (const auto admin = adminProfile(); admin && !admin->caFile.isEmpty()) {
        names.checkAgainstCa(admin->caFile);
        verdict = names.caVerdict;
    } else {
        verdict = tr("Choose an admin profile with a CA file to check that the server's CA "
                     "accepts this certificate.");
    }
    m_certVerdict->setText(verdict);
    m_proveCert->setText(path);
}

void AccountRequirementsDialog::copyStatements()
{
    QApplication::clipboard()->setText(script().text());
}

void AccountRequirementsDialog::saveStatements()
{
    auto *pick = new QFileDialog(this, tr("Save statements"),
                                 m_user->currentText() + QStringLiteral(".sql"),
                                 tr("SQL files (*.sql)"));
    pick->setObjectName(QStringLiteral("saveStatements"));
    pick->setAttribute(Qt::WA_DeleteOnClose);
    pick->setAcceptMode(QFileDialog::AcceptSave);
    pick->setFileMode(QFileDialog::AnyFile);
    pick->setDefaultSuffix(QStringLiteral("sql"));
    connect(pick, &QFileDialog::fileSelected, this, &AccountRequirementsDialog::saveTo);
    pick->open();
}

void AccountRequirementsDialog::saveTo(const QString &path)
{
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(m_preview->toPlainText().toUtf8()) >= 0
        && file.commit())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save statements"),
                                tr("%1 could not be written: %2. Choose another folder or name.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AccountRequirementsDialog::confirmAndRun()
{
    const auto admin = adminProfile();
    const AccountScript s = script();
    if (!admin || !s.ok())
        return;
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Run on server"),
            tr("Run these statements on %1 as %2?").arg(admin->addressText(), admin->user),
            QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRun"));
    box->setInformativeText(s.text());
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            startRun(false);
    });
    box->open();
}

void AccountRequirementsDialog::startRun(bool verifyOnly)
{
    const auto admin = adminProfile();
    if (!admin)
        return;
    const bool plaintext = m_prove->isChecked() && m_proveWithoutTls->isChecked();
    if (!plaintext || AccountRequirementRunner::isLoopbackHost(admin->host)) {
        launchRun(verifyOnly, false);
        return;
    }
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Log in without TLS"),
            tr("Log in to %1 as %2 without TLS?").arg(admin->addressText(), change().user),
            QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmPlaintextProof"));
    box->setInformativeText(
            tr("%1 is not on this computer. A login without TLS crosses the network "
               "unencrypted: it shows the account's name and the challenge response made from "
               "its password to whoever can see the traffic, who can then try to guess the "
               "password offline. A server that requires TLS refuses the login only after "
               "receiving it.\n\nCancel to run nothing, then turn off \"Also log in without "
               "TLS\"; the proof with TLS does not need it.")
                    .arg(admin->host));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, verifyOnly, id = admin->id](int result) {
        if (result != QMessageBox::Yes) {
            m_results->setPlainText(tr("Nothing was run: the login without TLS was not "
                                       "confirmed."));
            return;
        }
        if (isCurrentProfile(id))
            launchRun(verifyOnly, true);
    });
    box->open();
}

void AccountRequirementsDialog::launchRun(bool verifyOnly, bool plaintextConfirmed)
{
    const auto admin = adminProfile();
    if (!admin)
        return;
    const QString confirmed = script().text();
    m_results->setPlainText(verifyOnly ? tr("Verifying...") : tr("Running..."));
    withAdminPassword([this, verifyOnly, plaintextConfirmed, confirmed,
                       profile = *admin](const QString &password) {
        AccountRequirementRunner::Request r;
        r.admin = {profile, password, {}, m_adminSshPassword, m_adminSshKeyPassphrase};
        r.change = change();
        r.confirmedText = confirmed;
        r.verifyOnly = verifyOnly;
        r.proveByLogin = m_prove->isChecked();
        r.proveWithoutTls = m_prove->isChecked() && m_proveWithoutTls->isChecked();
        r.plaintextProofConfirmed = plaintextConfirmed;
        r.accountPassword
                = m_provePassword->text().isEmpty() ? m_password->text() : m_provePassword->text();
        r.clientCertificate = m_proveCert->text();
        r.clientKey = m_proveKey->text();
        m_runner->start(r);
        updatePreview();
    });
}

void AccountRequirementsDialog::statementFinished(const StatementResult &result)
{
    QString line;
    switch (result.status) {
    case StatementResult::Status::Done:
        line = tr("done: %1").arg(result.displaySql);
        break;
    case StatementResult::Status::Failed:
        line = tr("FAILED: %1\n  %2 %3")
                       .arg(result.displaySql)
                       .arg(result.errorCode)
                       .arg(result.error);
        break;
    case StatementResult::Status::Skipped:
        line = tr("skipped: %1").arg(result.displaySql);
        break;
    }
    m_results->appendPlainText(line);
}

void AccountRequirementsDialog::finished(const AccountRunReport &report)
{
    m_results->setPlainText(report.toText());
    if (!isCurrentProfile(report.adminProfileId) || report.adminProfileId != m_serverProfileId) {
        // Ran through a profile the user has since left: keep nothing from it.
        updatePreview();
        Q_EMIT runFinished(report.ok());
        return;
    }
    if (report.facts)
        m_facts = report.facts;
    else if (!report.error.isEmpty())
        forgetServer(); // the login failed: the cached password is wrong
    updatePreview();
    Q_EMIT runFinished(report.ok());
}
