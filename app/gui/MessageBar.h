// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A dismissable message shown inside a window, above its content, without blocking anything.
// It deletes itself when dismissed.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    MessageBar(Kind kind, const QString &text, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;
    // Adds a button before the close button, e.g. "Undo"; clicking it also dismisses the bar.
    QPushButton *addButton(const QString &text, const QString &accessibleName);

Q_SIGNALS:
    void dismissed();

private:
    Kind m_kind;
    QLabel *m_text;
    QToolButton *m_closeButton;
};
