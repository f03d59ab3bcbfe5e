// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewProfileDialog.h"

#include "SslModeIcon.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

NewProfileDialog::NewProfileDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(QUuid::createUuid())
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_consequenceIcon(new QLabel(this))
    , m_consequence(new QLabel(this))
    , m_problemBox(new QFrame(this))
    , m_problems(new QLabel(m_problemBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Connection"));
    setObjectName(QStringLiteral("NewProfileDialog"));

    m_name->setObjectName(QStringLiteral("name"));
    //: Example for the name of a saved connection
    m_name->setPlaceholderText(tr("e.g. Production orders database"));
    m_name->setAccessibleName(tr("Connection name"));
    m_name->setAccessibleDescription(tr("A name you choose to find this connection again."));

    m_host->setObjectName(QStringLiteral("host"));
    //: Example host name; keep it a neutral example domain
    m_host->setPlaceholderText(tr("db.example.com"));
    m_host->setAccessibleName(tr("Server host"));
    m_host->setAccessibleDescription(tr("Host name or IP address of the MySQL or MariaDB server."));

    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(Profile::defaultPort);
    // Port numbers are not quantities: no group separators ("3.306" in German).
    m_port->setGroupSeparatorShown(false);
    m_port->setAccessibleName(tr("Server port"));

    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setAccessibleDescription(tr("The database account to log in with."));

    m_database->setObjectName(QStringLiteral("database"));
    //: Placeholder of the "Default database" field
    m_database->setPlaceholderText(tr("optional"));
    m_database->setAccessibleName(tr("Default database"));

    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->setAccessibleName(tr("SSL mode"));
    for (SslMode mode : SslModes::all()) {
        m_sslMode->addItem(SslModes::displayName(mode), int(mode));
        m_sslMode->setItemData(m_sslMode->count() - 1, SslModes::consequence(mode),
                               Qt::ToolTipRole);
    }
    m_sslMode->setCurrentIndex(m_sslMode->findData(int(Profile().sslMode)));
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &NewProfileDialog::updateConsequence);

    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    m_consequenceIcon->setAlignment(Qt::AlignTop);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Problems are shown in a framed box with the palette's alternate background, which stays
    // readable in light and dark themes alike.
    m_problemBox->setObjectName(QStringLiteral("problemBox"));
    m_problemBox->setFrameShape(QFrame::StyledPanel);
    m_problemBox->setBackgroundRole(QPalette::AlternateBase);
    m_problemBox->setAutoFillBackground(true);
    auto *problemIcon = new QLabel(m_problemBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    problemIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                            style()->standardIcon(QStyle::SP_MessageBoxWarning))
                                   .pixmap(iconSize, iconSize));
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    problemLayout->addWidget(problemIcon, 0, Qt::AlignTop);
    problemLayout->addWidget(m_problems, 1);
    m_problemBox->hide();

    auto *consequenceRow = new QHBoxLayout;
    consequenceRow->addWidget(m_consequenceIcon, 0, Qt::AlignTop);
    consequenceRow->addWidget(m_consequence, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Default &database:"), m_database);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(QString(), consequenceRow);

    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    //: Button that saves the new connection
    create->setText(tr("&Create"));
    create->setAccessibleName(tr("Create connection"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProfileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    updateConsequence();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_name->setFocus();
}

NewProfileDialog::~NewProfileDialog() = default;

Profile NewProfileDialog::profile() const
{
    Profile p = Profile::create();
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = quint16(m_port->value());
    p.user = m_user->text();
    p.database = m_database->text().trimmed();
    p.sslMode = SslMode(m_sslMode->currentData().toInt());
    return p;
}

void NewProfileDialog::accept()
{
    const Profile p = profile();
    QStringList problems = p.validate();
    const bool nameTaken = !p.name.isEmpty() && !m_store.find(p.name).isEmpty();
    if (nameTaken)
        problems.prepend(tr("There is already a connection named “%1”.").arg(p.name));

    if (!problems.isEmpty()) {
        const bool hostBad
                = p.host.isEmpty() || p.host.contains(QRegularExpression(QStringLiteral("\\s")));
        QWidget *focus = m_name;
        if (!p.name.isEmpty() && !nameTaken && hostBad)
            focus = m_host;
        showProblems(problems, focus);
        return;
    }
    if (!m_store.isWritable()) {
        showProblems({tr("The connection list is read-only, so nothing can be added.")}, m_name);
        return;
    }

    const StoreSaveResult saved = m_store.add(p);
    if (!saved) {
        showProblems({tr("The connection could not be saved: %1").arg(saved.error)}, m_name);
        return;
    }
    Q_EMIT profileCreated(p.id);
    QDialog::accept();
}

void NewProfileDialog::updateConsequence()
{
    const auto mode = SslMode(m_sslMode->currentData().toInt());
    m_consequence->setText(SslModes::consequence(mode));
    m_sslMode->setAccessibleDescription(SslModes::consequence(mode));
    const QIcon icon = SslModeIcon::forMode(mode, style());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_consequenceIcon->setPixmap(icon.pixmap(size, size));
    growToFit();
}

void NewProfileDialog::showProblems(const QStringList &problems, QWidget *focus)
{
    QStringList lines;
    for (const QString &problem : problems)
        lines << QStringLiteral("• ") + problem;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problemBox->show();
    growToFit();
    focus->setFocus();
    QAccessibleEvent alert(m_problems, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void NewProfileDialog::growToFit()
{
    // Windows do not follow their wrapped labels' height-for-width on their own.
    if (!isVisible() || !layout() || !layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}
