// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {

QIcon iconFor(MessageBar::Kind kind, const QStyle *style)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return QIcon::fromTheme(QStringLiteral("dialog-information"),
                                style->standardIcon(QStyle::SP_MessageBoxInformation));
    case MessageBar::Kind::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    case MessageBar::Kind::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                style->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    return {};
}

QString accessibleKind(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return MessageBar::tr("Information");
    case MessageBar::Kind::Warning:
        return MessageBar::tr("Warning");
    case MessageBar::Kind::Error:
        return MessageBar::tr("Error");
    }
    return {};
}

} // namespace

MessageBar::MessageBar(Kind kind, const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_text(new QLabel(text, this))
    , m_closeButton(new QToolButton(this))
{
    // Colours come from the palette so that light and dark themes both work.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(accessibleKind(kind));
    setAccessibleDescription(text);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(iconFor(kind, style()).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                            style()->standardIcon(QStyle::SP_DialogCloseButton)));
    //: Button that closes an information or warning bar in the main window
    m_closeButton->setToolTip(tr("Dismiss this message"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
        deleteLater();
    });

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
}

QString MessageBar::text() const
{
    return m_text->text();
}

QPushButton *MessageBar::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(row->indexOf(m_closeButton), button, 0, Qt::AlignTop);
    connect(button, &QPushButton::clicked, m_closeButton, &QToolButton::click);
    return button;
}
