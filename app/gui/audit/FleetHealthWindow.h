// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditHistory.h"
#include "audit/AuditResult.h"
#include "mysql/ProfileConnection.h"

#include <QDateTime>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>
#include <QWidget>

class AuditResultsFilter;
class AuditResultsModel;
class ExpiryTimeline;
class FleetAudit;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTableView;
class QTreeView;
class SecretStore;
struct AuditTarget;

// "Fleet Health": audits the TLS of every saved connection at once (FleetAudit), one row per
// connection with a column per check, sortable and filterable, a summary line, the findings of
// the selected row with what to do, and the expiry timeline of every certificate sslcm knows.
// Results stream in as each connection finishes; Cancel stops the run at once. The last audit
// (AuditHistory) is shown with its age when the window opens and kept after each run.
class FleetHealthWindow : public QWidget
{
    Q_OBJECT
public:
    FleetHealthWindow(ProfileStore &store, SecretStore *secrets, QWidget *parent = nullptr);
    ~FleetHealthWindow() override;

    void auditAll();
    void auditSelected();
    void cancel();
    bool isRunning() const;

    // The clock for ages and expiry; the current time unless set (tests, screenshots).
    void setNow(const QDateTime &nowUtc);
    // Where the last audit is kept (tests); the default location otherwise.
    void setHistory(const AuditHistory &history);

    AuditResultsModel *model() const { return m_model; }
    AuditResultsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ExpiryTimeline *timeline() const { return m_timeline; }
    QStandardItemModel *findingsModel() const { return m_findingsModel; }
    QString summaryText() const;
    QString lastAuditText() const;
    // "just now", "3 hours ago", "2 days ago"
    static QString ageText(const QDateTime &then, const QDateTime &nowUtc);

Q_SIGNALS:
    void auditStarted(int total);
    void auditFinished(bool cancelled);
    // After a run was kept: the results the expiry notifications go by.
    void lastAuditChanged(const QList<AuditResult> &results);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadLastAudit();
    void start(const QList<Profile> &profiles);
    void run(const QList<AuditTarget> &targets, const QHash<QUuid, ConnectionSecrets> &secrets,
             const QHash<QUuid, QString> &problems);
    void finish(bool cancelled);
    void refreshSoon();
    void refreshProgress();
    void saved(const QString &error, const QList<AuditResult> &kept, const QDateTime &started,
               bool cancelled);
    void updateSummary();
    void updateDetails();
    void updateTimeline();
    void updateState();
    void openAccountRequirements();
    const AuditResult *selectedResult() const;
    QDateTime now() const;

    ProfileStore &m_store;
    QPointer<SecretStore> m_secrets;
    AuditHistory m_history;
    QDateTime m_now;
    QDateTime m_lastAuditAt; // UTC; invalid: never
    QString m_lastAuditError;
    QDateTime m_runStartedAt;
    QList<AuditResult> m_previousResults; // what was shown when the run started
    QList<AuditResult> m_runResults;      // what the run found so far
    bool m_readingSecrets = false;
    int m_timelineGeneration = 0;
    FleetAudit *m_audit = nullptr;

    AuditResultsModel *m_model;
    AuditResultsFilter *m_filter;
    QStandardItemModel *m_findingsModel;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_findings = nullptr;
    ExpiryTimeline *m_timeline = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_severityLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lastAudit = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QPushButton *m_auditAll = nullptr;
    QPushButton *m_auditSelected = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_accounts = nullptr;
    QCheckBox *m_login = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QLabel *m_warnDaysLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_currentHost = nullptr;
    QLabel *m_timelineHint = nullptr;
    QTimer *m_resizeColumns = nullptr;
    QTimer *m_refresh = nullptr; // coalesces progress and summary updates while rows stream in
    QList<AuditResult> m_pendingResults; // finished, not yet in the model
    int m_progressDone = 0;
    int m_progressTotal = 0;
    bool m_saving = false; // the last audit is being written
    QThreadPool m_saver;   // writes it off the GUI thread; waits for the write when destroyed
};
