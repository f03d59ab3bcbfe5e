// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingLabel.h"

#include <QClipboard>
#include <QGuiApplication>

namespace {
constexpr QChar breakHere(0x200B); // ZERO WIDTH SPACE: a line may break here
constexpr qsizetype longWord = 32;
constexpr qsizetype chunk = 12;

bool isSeparator(QChar c)
{
    return QStringView(u"/\\:.,@-_=+;|").contains(c);
}
} // namespace

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setText(text);
}

void WrappingLabel::setText(const QString &text)
{
    m_text = text;
    QLabel::setText(breakable(text));
}

QString WrappingLabel::breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView word = QStringView(text).mid(start, end - start);
        if (word.size() <= longWord) {
            out += word;
        } else {
            qsizetype run = 0; // characters since the last break opportunity
            for (qsizetype i = 0; i < word.size(); ++i) {
                const QChar c = word.at(i);
                out += c;
                ++run;
                const bool last = i + 1 == word.size();
                if (!last && (isSeparator(c) || run >= chunk)) {
                    out += breakHere;
                    run = 0;
                }
            }
        }
        // The spaces up to the next word as they are.
        while (end < text.size() && text.at(end).isSpace())
            out += text.at(end++);
        start = end;
    }
    return out;
}

void WrappingLabel::cleanClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        QString copied = clipboard->text(mode);
        if (!copied.contains(breakHere))
            continue;
        copied.remove(breakHere);
        // Only what was copied from this label.
        if (m_text.contains(copied))
            clipboard->setText(copied, mode);
    }
}

void WrappingLabel::keyPressEvent(QKeyEvent *event)
{
    QLabel::keyPressEvent(event);
    cleanClipboard();
}

void WrappingLabel::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    cleanClipboard();
}

void WrappingLabel::mouseDoubleClickEvent(QMouseEvent *event)
{
    QLabel::mouseDoubleClickEvent(event);
    cleanClipboard();
}

void WrappingLabel::contextMenuEvent(QContextMenuEvent *event)
{
    QLabel::contextMenuEvent(event);
    cleanClipboard();
}
