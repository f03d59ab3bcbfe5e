// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Search-as-you-type over a ProfileListModel: a row matches when every word of the filter text
// occurs in its name, host, user or notes (case-insensitively). Sorting is case-insensitive.
class ProfileFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProfileFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};
