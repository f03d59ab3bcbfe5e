// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditResultsFilter.h"

#include "audit/AuditResultsModel.h"

AuditResultsFilter::AuditResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditResultsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AuditResultsFilter::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void AuditResultsFilter::setSeverityFilter(SeverityFilter filter)
{
    if (filter == m_severity)
        return;
    m_severity = filter;
    invalidateFilter();
}

QString AuditResultsFilter::displayName(SeverityFilter filter)
{
    switch (filter) {
    case SeverityFilter::All:
        //: Severity filter of the Fleet Health view
        return tr("All results");
    case SeverityFilter::Problems:
        return tr("Warnings and failures");
    case SeverityFilter::Failures:
        return tr("Failures");
    case SeverityFilter::Warnings:
        return tr("Warnings");
    case SeverityFilter::Notices:
        return tr("Notices");
    case SeverityFilter::Ok:
        //: Severity filter: only targets without any problem
        return tr("OK");
    }
    return {};
}

bool AuditResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto severity = AuditSeverity(index.data(AuditResultsModel::RowSeverityRole).toInt());
    switch (m_severity) {
    case SeverityFilter::All:
        break;
    case SeverityFilter::Problems:
        if (severity < AuditSeverity::Warning)
            return false;
        break;
    case SeverityFilter::Failures:
        if (severity != AuditSeverity::Failure)
            return false;
        break;
    case SeverityFilter::Warnings:
        if (severity != AuditSeverity::Warning)
            return false;
        break;
    case SeverityFilter::Notices:
        if (severity != AuditSeverity::Notice)
            return false;
        break;
    case SeverityFilter::Ok:
        if (severity != AuditSeverity::Ok)
            return false;
        break;
    }
    const QString text = m_text.trimmed();
    return text.isEmpty()
            || index.data(AuditResultsModel::SearchTextRole)
                       .toString()
                       .contains(text, Qt::CaseInsensitive);
}
