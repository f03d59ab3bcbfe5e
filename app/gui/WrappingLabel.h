// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A selectable, word-wrapped label whose long words (a path, a key's fingerprint) may also
// break: a QLabel breaks lines between words only, so one long word made a narrow pane as wide
// as the word (a horizontal scroll bar, text cut off at the pane's edge). Words of more than
// 32 characters get invisible break opportunities (U+200B) after separators such as '/', and
// every 12 characters where there are none; what is copied (Ctrl+C, the context menu, the X11
// selection) is the text without them. Set the text with the label's own setText() (a
// WrappingLabel*, not a QLabel*); text() returns it as shown, fullText() as given.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString fullText() const { return m_text; }

    // `text` with break opportunities in its long words.
    static QString breakable(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void cleanClipboard();

    QString m_text;
};
