// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowGeometry.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace {
QString splitterKey(const QString &key, const QSplitter *splitter)
{
    return key + QStringLiteral("/splitter-") + splitter->objectName();
}

QList<QSplitter *> namedSplitters(QWidget *window)
{
    QList<QSplitter *> named;
    const auto splitters = window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            named << splitter;
    }
    return named;
}

// Saves the window's geometry when it is hidden: dialogs are hidden by accept() and reject()
// without a close event.
class Keeper : public QObject
{
public:
    Keeper(QWidget *window, const QString &key)
        : QObject(window)
        , m_window(window)
        , m_key(key)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Hide && m_window->isWindow()) {
            QSettings settings;
            settings.setValue(m_key + QStringLiteral("/geometry"), m_window->saveGeometry());
            const auto splitters = namedSplitters(m_window);
            for (QSplitter *splitter : splitters)
                settings.setValue(splitterKey(m_key, splitter), splitter->saveState());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QString m_key;
};
} // namespace

bool WindowGeometry::remember(QWidget *window, const QString &key, const QSize &defaultSize)
{
    QSettings settings;
    const bool restored = window->restoreGeometry(
            settings.value(key + QStringLiteral("/geometry")).toByteArray());
    if (!restored)
        window->resize(defaultSize);
    const auto splitters = namedSplitters(window);
    for (QSplitter *splitter : splitters)
        splitter->restoreState(settings.value(splitterKey(key, splitter)).toByteArray());
    new Keeper(window, key);
    return restored;
}
