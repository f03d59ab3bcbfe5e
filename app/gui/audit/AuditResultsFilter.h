// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"

#include <QSortFilterProxyModel>

// Sorts the Fleet Health rows by each column's sort key (dates as dates, counts as numbers) and
// keeps those that match the search text (name, server, findings) and the chosen severities.
class AuditResultsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Which targets the severity filter keeps.
    enum class SeverityFilter { All, Problems, Failures, Warnings, Notices, Ok };

    explicit AuditResultsFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setSeverityFilter(SeverityFilter filter);
    SeverityFilter severityFilter() const { return m_severity; }

    static QString displayName(SeverityFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    SeverityFilter m_severity = SeverityFilter::All;
};
