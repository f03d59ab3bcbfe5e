// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>

class QStyle;

// The Fleet Health view's rows: one per audited target (profile), a column per check with an
// icon and words, tooltips with the finding's summary and what to do. Results stream in
// (addResult) as targets finish; a target audited again replaces its row.
class AuditResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProfileColumn,
        HostColumn,
        SeverityColumn,
        VerifiedColumn,
        ProtocolColumn,
        OldTlsColumn,
        NextExpiryColumn,
        AccountsColumn,
        SessionsColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by (numbers, dates, lower case)
        SeverityRole,    // the cell's severity as int(AuditSeverity) (the row's in every column)
        RowSeverityRole, // the target's severity as int(AuditSeverity)
        TargetKeyRole,   // AuditTarget::key()
        SearchTextRole,  // name, host and every finding's words, for the filter
    };

    explicit AuditResultsModel(QObject *parent = nullptr);
    ~AuditResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setResults(const QList<AuditResult> &results);
    // Replaces the row of the same target, or appends one.
    void addResult(const AuditResult &result);
    void clear();
    // After a language change: every header and cell says it again.
    void retranslate();
    const QList<AuditResult> &results() const { return m_results; }
    const AuditResult *result(int row) const;
    int rowOf(const QString &targetKey) const;

    // "Expiring soon" is within this many days.
    void setWarnDays(int days);
    int warnDays() const { return m_warnDays; }
    // The clock for "in N days"; the current time unless set (tests, screenshots).
    void setNow(const QDateTime &nowUtc);
    QDateTime now() const;

    static QIcon severityIcon(AuditSeverity severity, const QStyle *style);
    // "in 29 days", "today", "expired 3 days ago"
    static QString daysText(const QDateTime &when, const QDateTime &nowUtc);

private:
    struct Cell
    {
        QString text;
        AuditSeverity severity = AuditSeverity::Ok;
        bool hasSeverity = false; // a status cell: it gets an icon
        QString tooltip;
        QVariant sortKey;
    };
    Cell cell(const AuditResult &result, int column) const;

    QList<AuditResult> m_results;
    QHash<QString, int> m_rows; // by AuditTarget::key()
    int m_warnDays = 30;
    QDateTime m_now;
};
